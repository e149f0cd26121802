package org.armswatch.news;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An element of a feed document as parsed by {@link FeedXml}: its namespace and name, attributes, the base URI in
 * force for it ({@code xml:base} resolved against its parent's base and, at the root, the feed's URL) and its
 * content, text and child elements in document order.
 */
final class FeedNode {
    private final String namespace;
    private final String localName;
    private final String qualifiedName;
    private final Map<String, String> attributes;
    private final URI base;
    private final List<Object> content = new ArrayList<>();

    /**
     * @param namespace the namespace URI, empty for none
     * @param attributes values keyed by {@link #key(String, String)}
     * @param base the base URI for relative references inside this element, or {@code null} when there is none
     */
    FeedNode(String namespace, String localName, String qualifiedName, Map<String, String> attributes, URI base) {
        this.namespace = namespace;
        this.localName = localName;
        this.qualifiedName = qualifiedName;
        this.attributes = Map.copyOf(attributes);
        this.base = base;
    }

    /** The key of an attribute in the map given to the constructor; {@code namespace} is empty for none. */
    static String key(String namespace, String localName) {
        return namespace.isEmpty() ? localName : "{" + namespace + "}" + localName;
    }

    void addText(String text) {
        int last = content.size() - 1;
        if (last >= 0 && content.get(last) instanceof String previous) {
            content.set(last, previous + text);
        } else {
            content.add(text);
        }
    }

    void addChild(FeedNode child) {
        content.add(child);
    }

    boolean is(String namespace, String localName) {
        return this.namespace.equals(namespace) && this.localName.equals(localName);
    }

    String namespace() {
        return namespace;
    }

    String localName() {
        return localName;
    }

    /** The name as written, with its prefix if any. */
    String qualifiedName() {
        return qualifiedName;
    }

    URI base() {
        return base;
    }

    /** An attribute's value, or {@code null}; {@code namespace} is empty for an unqualified attribute. */
    String attribute(String namespace, String localName) {
        return attributes.get(key(namespace, localName));
    }

    /** The first child element with this name, or {@code null}. */
    FeedNode child(String namespace, String localName) {
        for (Object c : content) {
            if (c instanceof FeedNode n && n.is(namespace, localName)) {
                return n;
            }
        }
        return null;
    }

    /** The child elements with this name, in document order. */
    List<FeedNode> children(String namespace, String localName) {
        List<FeedNode> out = new ArrayList<>();
        for (Object c : content) {
            if (c instanceof FeedNode n && n.is(namespace, localName)) {
                out.add(n);
            }
        }
        return out;
    }

    /** The text of this element and all its descendants, concatenated. */
    String text() {
        StringBuilder out = new StringBuilder();
        appendText(out);
        return out.toString();
    }

    private void appendText(StringBuilder out) {
        for (Object c : content) {
            if (c instanceof String s) {
                out.append(s);
            } else {
                ((FeedNode) c).appendText(out);
            }
        }
    }

    /**
     * The content as HTML source: child elements become tags of their local names (attributes dropped), text is
     * copied as it is when {@code textIsHtml} (an RSS description whose HTML was partly left unescaped), else
     * escaped (Atom XHTML content, whose text is literal).
     */
    String markup(boolean textIsHtml) {
        StringBuilder out = new StringBuilder();
        appendMarkup(out, textIsHtml);
        return out.toString();
    }

    private void appendMarkup(StringBuilder out, boolean textIsHtml) {
        for (Object c : content) {
            if (c instanceof String s) {
                out.append(textIsHtml ? s : escape(s));
            } else {
                FeedNode n = (FeedNode) c;
                out.append('<').append(n.localName).append('>');
                n.appendMarkup(out, textIsHtml);
                out.append("</").append(n.localName).append('>');
            }
        }
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
