package org.armswatch.lists;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
    private static final int PROLOG = 1024;
    private static final Pattern DECLARED =
            Pattern.compile("<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._-]+)[\"']");

    private final XMLStreamReader reader;
    private final Path file;

    private SafeXml(XMLStreamReader reader, Path file) {
        this.reader = reader;
        this.file = file;
    }

    /** Opens a cursor over the stream; {@code file} names it in errors. */
    public static SafeXml open(InputStream in, Path file) throws ListRefusedException {
        try {
            return new SafeXml(FACTORY.createXMLStreamReader(decoded(in, file)), file);
        } catch (XMLStreamException e) {
            throw failure(file, e);
        }
    }

    // The text is decoded here, strictly, rather than by the parser: the JDK's parser prints its
    // own "[Fatal Error]" line to stderr on a bad byte, and a list with bad bytes is refused
    // anyway. The encoding is the byte-order mark's, else the XML declaration's, else UTF-8.
    private static Reader decoded(InputStream raw, Path file) throws ListRefusedException {
        BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
        try {
            in.mark(PROLOG);
            byte[] head = in.readNBytes(PROLOG);
            in.reset();
            Charset charset = StandardCharsets.UTF_8;
            if (head.length >= 3 && (head[0] & 0xff) == 0xEF && (head[1] & 0xff) == 0xBB && (head[2] & 0xff) == 0xBF) {
                in.skipNBytes(3);
            } else if (head.length >= 2 && (head[0] & 0xff) == 0xFE && (head[1] & 0xff) == 0xFF) {
                in.skipNBytes(2);
                charset = StandardCharsets.UTF_16BE;
            } else if (head.length >= 2 && (head[0] & 0xff) == 0xFF && (head[1] & 0xff) == 0xFE) {
                in.skipNBytes(2);
                charset = StandardCharsets.UTF_16LE;
            } else {
                Matcher m = DECLARED.matcher(new String(head, StandardCharsets.ISO_8859_1));
                if (m.lookingAt()) {
                    try {
                        charset = Charset.forName(m.group(1));
                    } catch (IllegalArgumentException e) {
                        throw new ListRefusedException(file + ": declares the unknown encoding '" + m.group(1) + "'");
                    }
                }
            }
            CharsetDecoder decoder = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            return new InputStreamReader(in, decoder);
        } catch (IOException e) {
            throw new ListRefusedException(file + ": cannot read: " + e.getMessage(), e);
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
            throw failure(file, e);
        }
    }

    /** Whether there are more events. */
    public boolean hasNext() throws ListRefusedException {
        try {
            return reader.hasNext();
        } catch (XMLStreamException e) {
            throw failure(file, e);
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

    private static ListRefusedException failure(Path file, XMLStreamException e) {
        if (causedByBadBytes(e)) {
            // The decoder reads ahead of the parser: the position is where the parser stood.
            return new ListRefusedException(
                    file + ": holds bytes that are not valid text in its encoding (found reading past"
                            + where(e.getLocation()) + ")",
                    e);
        }
        return new ListRefusedException(
                file + where(e.getLocation()) + ": not well-formed or truncated XML: " + firstLine(e.getMessage()), e);
    }

    private static boolean causedByBadBytes(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof CharacterCodingException) {
                return true;
            }
            if (t instanceof XMLStreamException x && x.getNestedException() instanceof CharacterCodingException) {
                return true;
            }
        }
        return false;
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
