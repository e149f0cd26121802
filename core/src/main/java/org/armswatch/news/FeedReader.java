package org.armswatch.news;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.armswatch.lists.Digests;
import org.jsoup.Jsoup;
import org.jsoup.parser.Parser;

/**
 * Reads news feeds: RSS 2.0 (and 0.91, 0.92), RSS 1.0 (and the RDF-based RSS 0.90) and Atom 1.0, into a
 * {@link Feed} of {@link FeedItem}s.
 *
 * <p>Elements are matched by namespace: Atom's elements in {@code http://www.w3.org/2005/Atom}, RSS 2.0's in no
 * namespace (or in the namespace of its root, for the rare feed that gives it one), RSS 1.0's in
 * {@code http://purl.org/rss/1.0/}, {@code dc:date} and {@code content:encoded} in the Dublin Core and content
 * module namespaces, whatever the prefixes. Unknown elements are ignored.
 */
public final class FeedReader {
    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    private static final List<String> RSS_1 =
            List.of("http://purl.org/rss/1.0/", "http://my.netscape.com/rdf/simple/0.9/");
    private static final List<String> ALTERNATE =
            List.of("alternate", "http://www.iana.org/assignments/relation/alternate");
    private static final String DC = "http://purl.org/dc/elements/1.1/";
    private static final String CONTENT = "http://purl.org/rss/1.0/modules/content/";
    private static final Pattern HTML_DOCTYPE = Pattern.compile(
            "\\s*(?:<\\?xml[^>]*\\?>\\s*)?(?:<!--.*?-->\\s*)*<!doctype\\s+html[\\s>]",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern TAG = Pattern.compile("</?[a-z][a-z0-9]*(?:\\s[^<>]*)?/?>", Pattern.CASE_INSENSITIVE);

    private FeedReader() {}

    /**
     * Reads a feed.
     *
     * <p>DTDs and external entities are never processed: a document with a DOCTYPE is refused before its root
     * element is read, so no entity it declares is ever expanded. A web page whose DOCTYPE names {@code html}
     * (including HTML5's lower-case {@code <!doctype html>}, which is not XML) is reported as not being a feed.
     *
     * @param raw the bytes; the charset is that of a byte-order mark, else of the XML declaration, else UTF-8
     * @param source the URL or path the bytes came from: it names the feed in errors, and when it is an absolute
     *     URL relative links are resolved against it
     * @throws FeedException with the message {@code "<source>: empty"} when {@code raw} holds nothing but
     *     whitespace; {@code "<source>: line L, column C: <what is wrong>"} for malformed XML, bytes invalid in
     *     the encoding, or an unknown encoding; {@code "<source>: a DOCTYPE is not accepted in a feed (line L)"}
     *     for any DTD; {@code "<source>: not an RSS or Atom feed (root element <name>)"} when the root element is
     *     not {@code rss}, RSS 1.0's {@code rdf:RDF} or Atom's {@code feed} (the root's namespace follows its
     *     name when it has one)
     */
    public static Feed read(byte[] raw, String source) throws FeedException {
        String text = FeedXml.decode(raw, source);
        if (text.isBlank()) {
            throw new FeedException(source + ": empty", null);
        }
        if (HTML_DOCTYPE.matcher(text).lookingAt()) {
            throw FeedXml.notAFeed(source, "html");
        }
        FeedNode root = FeedXml.parse(text, source, FeedLinks.sourceBase(source), FeedReader::isFeedRoot);
        if (root.is(ATOM, "feed")) {
            return atom(root);
        }
        if (root.is(RDF, "RDF")) {
            return rdf(root);
        }
        return rss(root);
    }

    private static boolean isFeedRoot(FeedNode root) {
        return root.localName().equals("rss") || root.is(ATOM, "feed") || root.is(RDF, "RDF");
    }

    private static Feed rss(FeedNode root) {
        String ns = root.namespace();
        FeedNode channel = root.child(ns, "channel");
        if (channel == null) {
            return new Feed("", "rss", List.of());
        }
        List<FeedItem> items = new ArrayList<>();
        for (FeedNode item : channel.children(ns, "item")) {
            FeedNode guidNode = item.child(ns, "guid");
            String guid = guidNode == null ? "" : guidNode.text().strip();
            URI link = link(item.child(ns, "link"));
            if (link == null
                    && guidNode != null
                    && !"false".equalsIgnoreCase(attributeText(guidNode, "", "isPermaLink"))) {
                link = FeedLinks.web(guidNode.base(), guid);
            }
            String pubDate = text(item.child(ns, "pubDate"));
            String dcDate = text(item.child(DC, "date"));
            Instant published = FeedDates.parse(pubDate);
            if (published == null) {
                published = FeedDates.parse(dcDate);
            }
            items.add(item(
                    guid,
                    link,
                    title(item.child(ns, "title")),
                    pubDate.isEmpty() ? dcDate : pubDate,
                    published,
                    rssSummary(item, ns)));
        }
        return new Feed(title(channel.child(ns, "title")), "rss", items);
    }

    private static Feed rdf(FeedNode root) {
        String title = "";
        List<FeedItem> items = new ArrayList<>();
        for (String ns : RSS_1) {
            FeedNode channel = root.child(ns, "channel");
            if (channel != null && title.isEmpty()) {
                title = title(channel.child(ns, "title"));
            }
            for (FeedNode item : root.children(ns, "item")) {
                String about = attributeText(item, RDF, "about");
                String date = text(item.child(DC, "date"));
                items.add(item(
                        about,
                        link(item.child(ns, "link")),
                        title(item.child(ns, "title")),
                        date,
                        FeedDates.parse(date),
                        rssSummary(item, ns)));
            }
        }
        return new Feed(title, "rdf", items);
    }

    private static Feed atom(FeedNode root) {
        List<FeedItem> items = new ArrayList<>();
        for (FeedNode entry : root.children(ATOM, "entry")) {
            String published = text(entry.child(ATOM, "published"));
            String updated = text(entry.child(ATOM, "updated"));
            String date = published.isEmpty() ? updated : published;
            Instant when = FeedDates.parse(published);
            if (when == null) {
                when = FeedDates.parse(updated);
            }
            String summary = atomText(entry.child(ATOM, "summary"));
            if (summary.isEmpty()) {
                summary = atomText(entry.child(ATOM, "content"));
            }
            items.add(item(
                    text(entry.child(ATOM, "id")),
                    atomLink(entry),
                    atomText(entry.child(ATOM, "title")),
                    date,
                    when,
                    summary));
        }
        return new Feed(atomText(root.child(ATOM, "title")), "atom", items);
    }

    private static String rssSummary(FeedNode item, String ns) {
        String description = markup(item.child(ns, "description"));
        return html(description.isBlank() ? markup(item.child(CONTENT, "encoded")) : description);
    }

    private static FeedItem item(String id, URI link, String title, String date, Instant published, String summary) {
        String identity = id;
        if (identity.isEmpty() && link != null) {
            identity = link.toString();
        }
        if (identity.isEmpty()) {
            String key = title + "\n" + date;
            identity = Digests.sha256(title.isEmpty() && date.isEmpty() ? key + "\n" + summary : key);
        }
        return new FeedItem(identity, link, title, published, summary);
    }

    // Of the entry's links whose rel is absent or "alternate" and which resolve to web URLs, the first of type
    // text/html wins, else the first without a type, else the first of any other type.
    private static URI atomLink(FeedNode entry) {
        URI best = null;
        int bestRank = Integer.MAX_VALUE;
        for (FeedNode link : entry.children(ATOM, "link")) {
            String rel = attribute(link, "rel");
            String href = attribute(link, "href");
            if (rel != null && !ALTERNATE.contains(rel.strip().toLowerCase(Locale.ROOT)) || href == null) {
                continue;
            }
            URI uri = FeedLinks.web(link.base(), href);
            String type = attribute(link, "type");
            int rank = type == null ? 1 : type.strip().toLowerCase(Locale.ROOT).startsWith("text/html") ? 0 : 2;
            if (uri != null && rank < bestRank) {
                best = uri;
                bestRank = rank;
            }
        }
        return best;
    }

    /** An Atom text construct as plain text: type text (the default), html or xhtml; other media types are "". */
    private static String atomText(FeedNode node) {
        if (node == null || attribute(node, "src") != null) {
            return "";
        }
        String type = attribute(node, "type");
        type = type == null ? "text" : type.strip().toLowerCase(Locale.ROOT);
        return switch (type) {
            case "html", "text/html" -> html(node.text());
            case "xhtml", "application/xhtml+xml" -> html(node.markup(false));
            default -> type.equals("text") || type.startsWith("text/") ? collapse(node.text()) : "";
        };
    }

    private static URI link(FeedNode node) {
        return node == null ? null : FeedLinks.web(node.base(), node.text());
    }

    /**
     * An RSS title as plain text. Titles should be plain text but are often HTML-escaped once more than needed
     * ({@code &amp;amp;}, {@code &amp;#8217;}), and now and then hold tags: entities are decoded, and when what
     * looks like a tag is present the title is read as HTML.
     */
    private static String title(FeedNode node) {
        String raw = text(node);
        return TAG.matcher(raw).find() ? html(raw) : collapse(Parser.unescapeEntities(raw, false));
    }

    /** The content of an RSS element as HTML: its text, and any tags left unescaped in it. */
    private static String markup(FeedNode node) {
        return node == null ? "" : node.markup(true);
    }

    private static String text(FeedNode node) {
        return node == null ? "" : node.text().strip();
    }

    /** HTML source as its plain text, entities decoded. */
    private static String html(String source) {
        if (source.indexOf('<') < 0 && source.indexOf('&') < 0) {
            return collapse(source);
        }
        return collapse(Jsoup.parse(source).text());
    }

    /** An unqualified attribute's value as written, or {@code null}. */
    private static String attribute(FeedNode node, String localName) {
        return node.attribute("", localName);
    }

    /** An attribute's value stripped, or "" when it is absent. */
    private static String attributeText(FeedNode node, String namespace, String localName) {
        String value = node.attribute(namespace, localName);
        return value == null ? "" : value.strip();
    }

    /** Every run of white space (no-break spaces included) as one space, none at either end. */
    private static String collapse(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = !out.isEmpty();
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }
}
