package org.armswatch.lists;

import java.io.InputStream;
import java.nio.file.Path;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Streaming XML for publishers' files, hardened: no DTD processing, no external entities, and a
 * file that declares a DOCTYPE at all is refused (a list has no need of one, and DTDs carry XXE
 * and entity-expansion attacks). Errors become {@link ListRefusedException}s naming file, line and column.
 */
public final class SafeXml {
    private static final XMLInputFactory FACTORY = newFactory();

    private final XMLStreamReader reader;
    private final Path file;

    private SafeXml(XMLStreamReader reader, Path file) {
        this.reader = reader;
        this.file = file;
    }

    /** Opens a cursor over the stream; {@code file} names it in errors. */
    public static SafeXml open(InputStream in, Path file) throws ListRefusedException {
        try {
            return new SafeXml(FACTORY.createXMLStreamReader(in), file);
        } catch (XMLStreamException e) {
            throw new ListRefusedException(file + ": not well-formed XML: " + e.getMessage(), e);
        }
    }

    /** The underlying reader, positioned where the last call left it. */
    public XMLStreamReader reader() {
        return reader;
    }

    /**
     * Moves to the next event and returns its type.
     *
     * @throws ListRefusedException on a DOCTYPE, malformed or truncated XML
     */
    public int next() throws ListRefusedException {
        try {
            int event = reader.next();
            if (event == XMLStreamConstants.DTD) {
                throw refuse(
                        "has a DOCTYPE declaration; refused because DTDs can define external or recursively expanding entities");
            }
            if (event == XMLStreamConstants.ENTITY_REFERENCE) {
                throw refuse("uses the undeclared entity &" + reader.getLocalName() + ";");
            }
            return event;
        } catch (XMLStreamException e) {
            throw new ListRefusedException(
                    file + where(e.getLocation()) + ": not well-formed or truncated XML: " + firstLine(e.getMessage()),
                    e);
        }
    }

    /** Whether there are more events. */
    public boolean hasNext() throws ListRefusedException {
        try {
            return reader.hasNext();
        } catch (XMLStreamException e) {
            throw new ListRefusedException(
                    file + where(e.getLocation()) + ": not well-formed XML: " + firstLine(e.getMessage()), e);
        }
    }

    /** Local name of the current element. */
    public String name() {
        return reader.getLocalName();
    }

    /** An attribute of the current start element by local name, or null. */
    public String attr(String localName) {
        for (int i = 0; i < reader.getAttributeCount(); i++) {
            if (reader.getAttributeLocalName(i).equals(localName)) {
                return reader.getAttributeValue(i);
            }
        }
        return null;
    }

    /**
     * Reads the text content of the current start element, including the text of any nested
     * elements, and leaves the cursor on its end element.
     */
    public String text() throws ListRefusedException {
        StringBuilder out = new StringBuilder();
        int depth = 1;
        while (depth > 0) {
            int event = next();
            switch (event) {
                case XMLStreamConstants.START_ELEMENT -> depth++;
                case XMLStreamConstants.END_ELEMENT -> depth--;
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                    out.append(reader.getText());
                case XMLStreamConstants.END_DOCUMENT -> throw refuse("ends inside an element (truncated)");
                default -> {}
            }
        }
        return out.toString();
    }

    /** Skips the current start element with all its content, leaving the cursor on its end element. */
    public void skip() throws ListRefusedException {
        int depth = 1;
        while (depth > 0) {
            int event = next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else if (event == XMLStreamConstants.END_DOCUMENT) {
                throw refuse("ends inside an element (truncated)");
            }
        }
    }

    /** A refusal naming the file and the current line. */
    public ListRefusedException refuse(String what) {
        return new ListRefusedException(file + where(reader.getLocation()) + ": " + what);
    }

    /** The current line number, or -1. */
    public int line() {
        Location l = reader.getLocation();
        return l == null ? -1 : l.getLineNumber();
    }

    public void close() {
        try {
            reader.close();
        } catch (XMLStreamException e) {
            // Closing a reader over a stream the caller owns: nothing to release here.
        }
    }

    private static String where(Location l) {
        return l == null || l.getLineNumber() < 0
                ? ""
                : " line " + l.getLineNumber() + " column " + l.getColumnNumber();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        String m = message.replaceFirst("^ParseError at \\[row,col\\]:\\[\\d+,\\d+\\]\\s*Message:\\s*", "");
        int nl = m.indexOf('\n');
        return (nl < 0 ? m : m.substring(0, nl)).trim();
    }

    private static XMLInputFactory newFactory() {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        return f;
    }
}
