package org.armswatch.lists;

import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import org.armswatch.model.Text;

/**
 * One publisher record read from a streaming XML cursor into a small tree of elements (local
 * names, direct text, children), so that a reader can look its fields up by name and in any order
 * while the file itself is still streamed record by record.
 *
 * @param name local name of the element
 * @param text the element's own character data (not its children's), uncleaned
 * @param children child elements in document order
 * @param line line of the start tag, or -1
 */
record RecordNode(String name, String text, List<RecordNode> children, int line) {
    /** Nesting allowed below a record's element; deeper content is refused as structurally wrong. */
    static final int MAX_DEPTH = 16;

    RecordNode {
        children = List.copyOf(children);
    }

    /**
     * Reads the element the cursor is on (a start element) with everything inside it, leaving the
     * cursor on its end element.
     *
     * @throws ListRefusedException when the XML is malformed, truncated or nested too deep
     */
    static RecordNode read(SafeXml xml) throws ListRefusedException {
        return read(xml, 0);
    }

    private static RecordNode read(SafeXml xml, int depth) throws ListRefusedException {
        if (depth > MAX_DEPTH) {
            throw xml.refuse("elements nested more than " + MAX_DEPTH + " deep inside a record");
        }
        String name = xml.name();
        int line = xml.line();
        StringBuilder text = new StringBuilder();
        List<RecordNode> children = new ArrayList<>();
        while (true) {
            int event = xml.next();
            switch (event) {
                case XMLStreamConstants.START_ELEMENT -> children.add(read(xml, depth + 1));
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                    text.append(xml.reader().getText());
                case XMLStreamConstants.END_ELEMENT -> {
                    return new RecordNode(name, text.toString(), children, line);
                }
                case XMLStreamConstants.END_DOCUMENT -> throw xml.refuse("ends inside <" + name + "> (truncated)");
                default -> {}
            }
        }
    }

    /** The first child with this local name, or null. */
    RecordNode child(String childName) {
        for (RecordNode c : children) {
            if (c.name.equals(childName)) {
                return c;
            }
        }
        return null;
    }

    /** All children with this local name. */
    List<RecordNode> all(String childName) {
        List<RecordNode> out = new ArrayList<>();
        for (RecordNode c : children) {
            if (c.name.equals(childName)) {
                out.add(c);
            }
        }
        return out;
    }

    /** The cleaned text of the first child with this name; empty when there is none. */
    String text(String childName) {
        RecordNode c = child(childName);
        return c == null ? "" : c.value();
    }

    /** This element's own text, cleaned with {@link Text#clean(String)}. */
    String value() {
        return Text.clean(text);
    }

    /** Whether this element and all its descendants carry no text: an empty placeholder group. */
    boolean isBlank() {
        if (!Text.isBlank(text)) {
            return false;
        }
        for (RecordNode c : children) {
            if (!c.isBlank()) {
                return false;
            }
        }
        return true;
    }
}
