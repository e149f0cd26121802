package org.armswatch.news;

import java.io.StringReader;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Feed documents parsed, hardened, into a tree of {@link FeedNode}s: DTDs and external entities are never
 * processed, and a document that has a DOCTYPE at all is refused (a feed has no need of one, and DTDs carry XXE
 * and entity-expansion attacks). Errors name the source and, for bad XML, the line and column.
 */
final class FeedXml {
    /**
     * Deeper nesting than this is refused: no feed needs it, and the tree is walked recursively. It is below the
     * limit of 100 that the JDK's parser sets by default since JDK 24, so the error is the same on every JDK.
     */
    static final int MAX_DEPTH = 64;

    private static final XMLInputFactory FACTORY = factory();
    private static final int PROLOG = 1024;
    private static final Pattern DOCTYPE =
            Pattern.compile("\\s*(?:<\\?.*?\\?>\\s*|<!--.*?-->\\s*)*<!DOCTYPE", Pattern.DOTALL);
    private static final Pattern NAMESPACE_ERROR =
            Pattern.compile("http://www\\.w3\\.org/TR/1999/REC-xml-names-19990114#(\\w+)\\?(.*)");
    private static final Pattern DECLARED_ENCODING =
            Pattern.compile("<\\?xml[^>]*?encoding\\s*=\\s*[\"']([^\"']*)[\"']");

    private FeedXml() {}

    /**
     * The text of {@code raw}, without any byte-order mark.
     *
     * @throws FeedException if the declared encoding is unknown or the bytes are not valid in the encoding
     */
    static String decode(byte[] raw, String source) throws FeedException {
        // The bytes are decoded here rather than by the parser: the JDK's parser reports a bad byte at line 1,
        // column 1 and prints its own "[Fatal Error]" line to stderr. The charset is the byte-order mark's, else
        // UTF-16 recognised from "<?" in two bytes, else the XML declaration's, else UTF-8; decoding is strict,
        // and the position of the first bad byte is counted in the text decoded before it.
        int skip = 0;
        Charset charset = StandardCharsets.UTF_8;
        if (startsWith(raw, 0xEF, 0xBB, 0xBF)) {
            skip = 3;
        } else if (startsWith(raw, 0xFE, 0xFF)) {
            skip = 2;
            charset = StandardCharsets.UTF_16BE;
        } else if (startsWith(raw, 0xFF, 0xFE)) {
            skip = 2;
            charset = StandardCharsets.UTF_16LE;
        } else if (startsWith(raw, 0x00, '<', 0x00, '?')) {
            charset = StandardCharsets.UTF_16BE;
        } else if (startsWith(raw, '<', 0x00, '?', 0x00)) {
            charset = StandardCharsets.UTF_16LE;
        } else {
            String head = new String(raw, 0, Math.min(raw.length, PROLOG), StandardCharsets.ISO_8859_1);
            Matcher declared = DECLARED_ENCODING.matcher(head);
            if (declared.lookingAt()) {
                charset = charset(declared.group(1), source, head.substring(0, declared.start(1)));
            }
        }
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(raw, skip, raw.length - skip);
        CharBuffer out = CharBuffer.allocate((int) Math.ceil(in.remaining() * (double) decoder.maxCharsPerByte()) + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        out.flip();
        if (result.isError()) {
            throw new FeedException(
                    source + ": " + position(out.toString()) + ": bytes that are not valid " + charset.name(), null);
        }
        return out.toString();
    }

    private static Charset charset(String name, String source, String before) throws FeedException {
        try {
            return Charset.forName(name.strip());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new FeedException(source + ": " + position(before) + ": unknown encoding '" + name + "'", e);
        }
    }

    /**
     * Parses {@code text} into the tree of its root element.
     *
     * @param base the base URI of the document, or {@code null}
     * @param feedRoot whether the root element, tested as soon as it starts, is that of a feed
     * @throws FeedException for a DOCTYPE, a root that is not a feed's, malformed XML or nesting deeper than
     *     {@link #MAX_DEPTH}
     */
    static FeedNode parse(String text, String source, URI base, Predicate<FeedNode> feedRoot) throws FeedException {
        XMLStreamReader reader = null;
        try {
            reader = FACTORY.createXMLStreamReader(new StringReader(text));
            Deque<FeedNode> open = new ArrayDeque<>();
            FeedNode root = null;
            while (reader.hasNext()) {
                switch (reader.next()) {
                    case XMLStreamConstants.DTD -> throw doctype(text, reader, source);
                    case XMLStreamConstants.START_ELEMENT -> {
                        if (open.size() == MAX_DEPTH) {
                            throw new FeedException(
                                    source + ": " + where(reader.getLocation()) + ": elements nested more than "
                                            + MAX_DEPTH + " deep",
                                    null);
                        }
                        FeedNode parent = open.peek();
                        FeedNode node = node(reader, parent == null ? base : parent.base());
                        if (parent == null) {
                            if (!feedRoot.test(node)) {
                                throw notAFeed(source, node);
                            }
                            root = node;
                        } else {
                            parent.addChild(node);
                        }
                        open.push(node);
                    }
                    case XMLStreamConstants.END_ELEMENT -> open.pop();
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                        if (!open.isEmpty()) {
                            open.peek().addText(reader.getText());
                        }
                    }
                    default -> {}
                }
            }
            return root;
        } catch (XMLStreamException e) {
            throw new FeedException(source + ": " + where(e.getLocation()) + ": " + problem(e.getMessage()), e);
        } finally {
            close(reader);
        }
    }

    /** The refusal of a document whose root element is not a feed's, naming the root as written. */
    static FeedException notAFeed(String source, String root) {
        return new FeedException(source + ": not an RSS or Atom feed (root element <" + root + ">)", null);
    }

    private static FeedException notAFeed(String source, FeedNode root) {
        String name = root.qualifiedName();
        if (root.namespace().isEmpty()) {
            return notAFeed(source, name);
        }
        int colon = name.indexOf(':');
        String attribute = colon < 0 ? "xmlns" : "xmlns:" + name.substring(0, colon);
        return notAFeed(source, name + " " + attribute + "=\"" + root.namespace() + "\"");
    }

    // The parser reports a DOCTYPE where it ends; the line named is where it starts, found by skipping what may
    // precede it: white space, processing instructions (the XML declaration among them) and comments.
    private static FeedException doctype(String text, XMLStreamReader reader, String source) {
        Matcher m = DOCTYPE.matcher(text);
        int line = m.lookingAt()
                ? 1
                        + (int) text.substring(0, m.end())
                                .chars()
                                .filter(c -> c == '\n')
                                .count()
                : reader.getLocation().getLineNumber();
        return new FeedException(source + ": a DOCTYPE is not accepted in a feed (line " + line + ")", null);
    }

    private static FeedNode node(XMLStreamReader reader, URI parentBase) {
        Map<String, String> attributes = new HashMap<>();
        for (int i = 0; i < reader.getAttributeCount(); i++) {
            String namespace = reader.getAttributeNamespace(i);
            attributes.put(
                    FeedNode.key(namespace == null ? "" : namespace, reader.getAttributeLocalName(i)),
                    reader.getAttributeValue(i));
        }
        String xmlBase = attributes.get(FeedNode.key(XMLConstants.XML_NS_URI, "base"));
        URI base = xmlBase == null ? parentBase : FeedLinks.resolve(parentBase, xmlBase);
        String namespace = reader.getNamespaceURI();
        String prefix = reader.getPrefix();
        String local = reader.getLocalName();
        return new FeedNode(
                namespace == null ? "" : namespace,
                local,
                prefix == null || prefix.isEmpty() ? local : prefix + ":" + local,
                attributes,
                base);
    }

    private static boolean startsWith(byte[] raw, int... prefix) {
        if (raw.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((raw[i] & 0xff) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** "line L, column C" of the position just after {@code before}, both counted from 1. */
    static String position(String before) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < before.length(); i++) {
            if (before.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return "line " + line + ", column " + (before.length() - lineStart + 1);
    }

    private static String where(Location location) {
        return location == null || location.getLineNumber() < 0
                ? "at an unknown position"
                : "line " + location.getLineNumber() + ", column " + location.getColumnNumber();
    }

    private static String problem(String message) {
        if (message == null) {
            return "not well-formed XML";
        }
        String m = message.replaceFirst("^ParseError at \\[row,col\\]:\\[\\d+,\\d+\\]\\s*Message:\\s*", "");
        int newline = m.indexOf('\n');
        m = (newline < 0 ? m : m.substring(0, newline)).strip();
        // Namespace errors come as the key of a message with its arguments, as in
        // ".../REC-xml-names-19990114#AttributeNotUnique?rss&version": the key is spelt out in words.
        Matcher key = NAMESPACE_ERROR.matcher(m);
        if (key.matches()) {
            String words = key.group(1).replaceAll("(?<=[a-z])(?=[A-Z])", " ").toLowerCase(Locale.ROOT);
            return words + " (" + key.group(2).replace("&", ", ") + ")";
        }
        return m;
    }

    private static void close(XMLStreamReader reader) {
        if (reader == null) {
            return;
        }
        try {
            reader.close();
        } catch (XMLStreamException e) {
            // A reader over a string holds nothing that needs releasing.
        }
    }

    private static XMLInputFactory factory() {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        return f;
    }
}
