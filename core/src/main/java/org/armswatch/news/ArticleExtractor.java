package org.armswatch.news;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;

/**
 * Reads the title, byline, date, outlet, language and clean main text of a news article from the bytes of an
 * HTML page, a plain-text file or a Markdown file.
 *
 * <p>For HTML, metadata comes from Open Graph, JSON-LD ({@code NewsArticle}, {@code Article},
 * {@code ReportageNewsArticle}, also inside arrays and {@code @graph}), schema.org microdata, {@code <meta>} tags,
 * the {@code <h1>} that starts the {@code <title>}, bylines, {@code <time>} and dates written out in English in
 * date lines; the main text is the paragraphs, headings, list items and quotes of the article element, or of
 * the block with the most paragraph text, once navigation, banners, share bars, related links and link lists,
 * comments, labelled ads, sign-up and appeal boxes, captions, author bios, footers and hidden elements are
 * removed, and pull quotes that repeat the text dropped. Plain text takes its first line as the title; Markdown its first
 * level-1 heading.
 */
public final class ArticleExtractor {
    private enum Kind {
        HTML,
        TEXT,
        MARKDOWN
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Set<String> ARTICLE_TYPES = Set.of("NewsArticle", "Article", "ReportageNewsArticle");
    private static final Pattern CONTENT_TYPE_CHARSET =
            Pattern.compile("charset\\s*=\\s*[\"']?([^\"';\\s]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern META_CHARSET =
            Pattern.compile("<meta[^>]+charset\\s*=\\s*[\"']?([^\"'>;\\s/]+)", Pattern.CASE_INSENSITIVE);
    // Tokens of class, id, role and aria-label that mark page chrome rather than article text.
    private static final Pattern CHROME_TOKEN = Pattern.compile("nav|navigation|navbar|menu|breadcrumbs?|share|sharing"
            + "|social|related|recommend\\w*|promo\\w*|ad|ads|advert\\w*|sponsor\\w*|cookies?|consent|banner"
            + "|newsletter|subscribe|subscription|comments?|footer|header|sidebar|widget|popup|modal|teaser"
            + "|trending|mostread|outbrain|taboola|complementary|contentinfo|search|dialog|signup|bio|caption"
            + "|player|support|donate|donation|contribut\\w*|paywall|cta|byline|dateline|discussion");
    private static final Pattern DISCUSSION_TOKEN =
            Pattern.compile("comments?|discussion|related|recommend\\w*|teaser|sidebar|footer|trending|promo\\w*");
    private static final Pattern HIDDEN_STYLE =
            Pattern.compile("display\\s*:\\s*none|visibility\\s*:\\s*hidden", Pattern.CASE_INSENSITIVE);
    private static final String DROPPED_TAGS =
            "script, style, noscript, template, nav, header, footer, aside, iframe, svg, button, select, figure,"
                    + " figcaption";
    private static final String PARAGRAPHS = "p, h2, h3, h4, li, blockquote, pre";
    // Elements that show the publication date as text on pages without a machine-readable one.
    private static final Pattern DATE_TOKEN =
            Pattern.compile("date|dateline|published|pubdate|timestamp|posted|meta|byline");
    private static final String MONTH = "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?";
    private static final Pattern TEXT_DATE = Pattern.compile("(?i)\\b(?:(?<d1>\\d{1,2})(?:st|nd|rd|th)?\\s+(?<m1>"
            + MONTH + ")\\s+(?<y1>\\d{4})|(?<m2>" + MONTH + ")\\s+(?<d2>\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?<y2>\\d{4})"
            + "|(?<iso>\\d{4}-\\d{2}-\\d{2}))\\b");
    // Labels that mark the block holding them as an advertisement.
    private static final Pattern AD_LABEL = Pattern.compile("(?i)advertisement|sponsored|anzeige|publicit\u00E9|ad");
    private static final String[] DATE_META = {
        "meta[property=article:published_time]",
        "meta[name=date]",
        "meta[name=pubdate]",
        "meta[name=publish-date]",
        "meta[name=dc.date]",
        "meta[itemprop=datePublished]"
    };

    private ArticleExtractor() {}

    /**
     * Extracts the article in {@code raw}.
     *
     * <p>The kind of input comes from {@code contentType}, else from the file extension of {@code source}, else
     * from the bytes. The charset comes from a byte-order mark, then {@code contentType}, then for HTML a
     * {@code <meta>} declaration, then strict UTF-8, then windows-1252.
     *
     * @param raw the bytes as read or downloaded
     * @param contentType the HTTP content type such as {@code text/html; charset=windows-1251}, or {@code null}
     * @param source the file path or URL, used in error messages and, for a URL, as the outlet of last resort
     * @throws ArticleException if the input is empty or blank, binary, undecodable, in an unknown charset, or
     *     holds no article text
     */
    public static ExtractedArticle extract(byte[] raw, String contentType, String source) throws ArticleException {
        if (raw.length == 0) {
            throw new ArticleException(source, "empty");
        }
        Kind declared = kindOf(contentType, source);
        String text = decode(raw, contentType, declared, source);
        if (binary(text)) {
            throw new ArticleException(source, "binary, not text");
        }
        if (text.isBlank()) {
            throw new ArticleException(source, "empty");
        }
        Kind kind = declared != null ? declared : sniff(text);
        ExtractedArticle article =
                switch (kind) {
                    case HTML -> fromHtml(text, source);
                    case TEXT -> fromLines(text, source, false);
                    case MARKDOWN -> fromLines(text, source, true);
                };
        if (article.text().isEmpty()) {
            throw new ArticleException(source, "no article text found");
        }
        return article;
    }

    private static Kind kindOf(String contentType, String source) {
        if (contentType != null) {
            String mime = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
            switch (mime) {
                case "text/html", "application/xhtml+xml" -> {
                    return Kind.HTML;
                }
                case "text/plain" -> {
                    return Kind.TEXT;
                }
                case "text/markdown", "text/x-markdown" -> {
                    return Kind.MARKDOWN;
                }
                default -> {}
            }
        }
        String path = source == null ? "" : source.replaceFirst("[?#].*$", "").toLowerCase(Locale.ROOT);
        if (path.endsWith(".html") || path.endsWith(".htm") || path.endsWith(".xhtml")) {
            return Kind.HTML;
        }
        if (path.endsWith(".txt")) {
            return Kind.TEXT;
        }
        if (path.endsWith(".md") || path.endsWith(".markdown")) {
            return Kind.MARKDOWN;
        }
        return null;
    }

    private static Kind sniff(String text) {
        String head = text.stripLeading();
        return head.startsWith("<") || head.toLowerCase(Locale.ROOT).contains("<html") ? Kind.HTML : Kind.TEXT;
    }

    // Charset order: byte-order mark, content type, HTML meta, strict UTF-8, windows-1252.
    private static String decode(byte[] raw, String contentType, Kind kind, String source) throws ArticleException {
        if (startsWith(raw, 0xEF, 0xBB, 0xBF)) {
            return strict(raw, 3, StandardCharsets.UTF_8, source);
        }
        if (startsWith(raw, 0xFE, 0xFF)) {
            return strict(raw, 2, StandardCharsets.UTF_16BE, source);
        }
        if (startsWith(raw, 0xFF, 0xFE)) {
            return strict(raw, 2, StandardCharsets.UTF_16LE, source);
        }
        if (binaryBytes(raw)) {
            throw new ArticleException(source, "binary, not text");
        }
        String declared = null;
        if (contentType != null) {
            Matcher m = CONTENT_TYPE_CHARSET.matcher(contentType);
            if (m.find()) {
                declared = m.group(1);
            }
        }
        if (declared == null && (kind == null || kind == Kind.HTML)) {
            String head = new String(raw, 0, Math.min(raw.length, 4096), StandardCharsets.ISO_8859_1);
            Matcher m = META_CHARSET.matcher(head);
            if (m.find()) {
                declared = m.group(1);
            }
        }
        if (declared != null) {
            return strict(raw, 0, charset(declared, source), source);
        }
        try {
            return decodeStrict(raw, 0, StandardCharsets.UTF_8);
        } catch (CharacterCodingException notUtf8) {
            try {
                return decodeStrict(raw, 0, WINDOWS_1252);
            } catch (CharacterCodingException e) {
                throw new ArticleException(source, "undecodable: neither UTF-8 nor windows-1252 text");
            }
        }
    }

    private static Charset charset(String name, String source) throws ArticleException {
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new ArticleException(source, "unknown charset '" + name + "'");
        }
    }

    private static String strict(byte[] raw, int offset, Charset charset, String source) throws ArticleException {
        try {
            return decodeStrict(raw, offset, charset);
        } catch (CharacterCodingException e) {
            throw new ArticleException(source, "undecodable: not valid " + charset.name() + " text");
        }
    }

    private static String decodeStrict(byte[] raw, int offset, Charset charset) throws CharacterCodingException {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(raw, offset, raw.length - offset))
                .toString();
    }

    private static boolean startsWith(byte[] raw, int... prefix) {
        if (raw.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((raw[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    // Binary: any NUL byte, or more than a tenth control bytes other than tab, line feed, form feed and return.
    private static boolean binaryBytes(byte[] raw) {
        int control = 0;
        for (byte b : raw) {
            if (b == 0) {
                return true;
            }
            if ((b >= 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\f' && b != '\r') || b == 0x7F) {
                control++;
            }
        }
        return control * 10 > raw.length;
    }

    private static boolean binary(String text) {
        int control = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                return true;
            }
            if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\f' && c != '\r') {
                control++;
            }
        }
        return control * 10 > text.length();
    }

    // ---- HTML ----

    private static ExtractedArticle fromHtml(String html, String source) {
        Document doc = Jsoup.parse(html, isUrl(source) ? source : "");
        List<JsonNode> ld = jsonLdArticles(doc);
        String outlet = first(
                meta(doc, "meta[property=og:site_name]"),
                ldText(ld, "publisher", "name"),
                microdata(doc, "publisher"),
                meta(doc, "meta[name=application-name]"));
        if (outlet == null) {
            outlet = host(source);
        }
        String title = first(
                meta(doc, "meta[property=og:title]"),
                ldText(ld, "headline"),
                meta(doc, "meta[name=title]"),
                microdata(doc, "headline"),
                headingInTitle(doc),
                stripOutlet(clean(doc.title()), outlet));
        String author = first(ldAuthor(ld), meta(doc, "meta[name=author]"), articleAuthorMeta(doc), bylineText(doc));
        LocalDate published = published(doc, ld);

        Element body = doc.body();
        removeChrome(body);
        wrapLooseText(body);
        Element root = contentRoot(body);
        List<String> paragraphs = paragraphs(root);
        if (paragraphs.isEmpty() && !clean(root.text()).isEmpty()) {
            paragraphs = List.of(clean(root.text()));
        }
        if (title == null) {
            Element h1 = doc.selectFirst("h1");
            title = h1 == null ? "" : clean(h1.text());
        }
        String text = String.join("\n\n", paragraphs);
        return new ExtractedArticle(
                title, author == null ? "" : author, published, outlet, Languages.detect(text), text, "text/html");
    }

    private static List<JsonNode> jsonLdArticles(Document doc) {
        List<JsonNode> found = new ArrayList<>();
        for (Element script : doc.select("script[type=application/ld+json]")) {
            try {
                collectArticles(JSON.readTree(script.data()), found);
            } catch (JsonProcessingException e) {
                // A broken JSON-LD block is common on real pages and only costs its metadata.
            }
        }
        return found;
    }

    // Walks arrays and @graph containers, keeping the nodes whose @type names an article.
    private static void collectArticles(JsonNode node, List<JsonNode> found) {
        if (node == null) {
            return;
        }
        if (node.isArray()) {
            node.forEach(n -> collectArticles(n, found));
            return;
        }
        if (!node.isObject()) {
            return;
        }
        JsonNode type = node.get("@type");
        boolean article = false;
        if (type != null && type.isArray()) {
            for (JsonNode t : type) {
                article |= ARTICLE_TYPES.contains(t.asText());
            }
        } else if (type != null) {
            article = ARTICLE_TYPES.contains(type.asText());
        }
        if (article) {
            found.add(node);
        }
        collectArticles(node.get("@graph"), found);
    }

    private static String ldText(List<JsonNode> ld, String... path) {
        for (JsonNode node : ld) {
            JsonNode n = node;
            for (String key : path) {
                n = n == null ? null : n.get(key);
            }
            if (n != null && n.isTextual() && !clean(n.asText()).isEmpty()) {
                return clean(n.asText());
            }
        }
        return null;
    }

    private static String ldAuthor(List<JsonNode> ld) {
        for (JsonNode node : ld) {
            JsonNode author = node.get("author");
            if (author == null) {
                continue;
            }
            Set<String> names = new LinkedHashSet<>();
            for (JsonNode a : author.isArray() ? author : List.of(author)) {
                String name = a.isTextual() ? a.asText() : a.path("name").asText("");
                if (!clean(name).isEmpty()) {
                    names.add(clean(name));
                }
            }
            if (!names.isEmpty()) {
                return String.join(", ", names);
            }
        }
        return null;
    }

    // A <title> often adds the section and the outlet to the headline: the first <h1>, when the title starts
    // with it, is the headline.
    private static String headingInTitle(Document doc) {
        Element h1 = doc.selectFirst("h1");
        String heading = h1 == null ? "" : clean(h1.text());
        return !heading.isEmpty() && clean(doc.title()).startsWith(heading) ? heading : null;
    }

    // Schema.org microdata: the headline, or the name of the publisher, of the article's item.
    private static String microdata(Document doc, String property) {
        Element e = doc.selectFirst("[itemprop=" + property + "]");
        if (e != null && e.hasAttr("itemscope")) {
            e = e.selectFirst("[itemprop=name]");
        }
        if (e == null) {
            return null;
        }
        String value = clean(e.hasAttr("content") ? e.attr("content") : e.text());
        return value.isEmpty() ? null : value;
    }

    // article:author is often a profile URL, which is no name.
    private static String articleAuthorMeta(Document doc) {
        String value = meta(doc, "meta[property=article:author]");
        return value == null || isUrl(value) ? null : value;
    }

    private static String bylineText(Document doc) {
        Elements candidates = doc.select("[rel=author], [itemprop=author], .author, .byline");
        for (Element e : candidates) {
            if (inDiscussion(e)) {
                continue;
            }
            String name = clean(e.text()).replaceFirst("(?i)^by\\s+", "");
            if (!name.isEmpty() && name.length() < 100) {
                return name;
            }
        }
        return null;
    }

    // Bylines of comments, related stories and teasers name other people than the article's author.
    private static boolean inDiscussion(Element e) {
        for (Element a : e.parents()) {
            if (a.nameIs("aside") || a.nameIs("footer")) {
                return true;
            }
            String names = (a.className() + " " + a.id()).toLowerCase(Locale.ROOT);
            for (String token : names.split("[-_\\s]+")) {
                if (DISCUSSION_TOKEN.matcher(token).matches()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static LocalDate published(Document doc, List<JsonNode> ld) {
        LocalDate date = date(ldText(ld, "datePublished"));
        for (int i = 0; date == null && i < DATE_META.length; i++) {
            date = date(meta(doc, DATE_META[i]));
        }
        if (date == null) {
            Element time = doc.selectFirst("article time[datetime], [itemprop=articleBody] time[datetime]");
            date = time == null ? null : date(time.attr("datetime"));
        }
        for (Element e : doc.body().select("*")) {
            if (date != null) {
                break;
            }
            if ((e.nameIs("time") || hasToken(e, DATE_TOKEN)) && !inDiscussion(e)) {
                date = textDate(e.hasAttr("datetime") ? e.attr("datetime") : e.text());
            }
        }
        return date;
    }

    /**
     * The first date written out in English in {@code text}, day first or month first, with the month in full
     * or abbreviated ({@code 12 September 2023}, {@code Sept. 12, 2023}, {@code Sep 12 2023}), or as an ISO date;
     * else {@code null}.
     */
    static LocalDate textDate(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = TEXT_DATE.matcher(text);
        while (m.find()) {
            try {
                if (m.group("iso") != null) {
                    return LocalDate.parse(m.group("iso"));
                }
                boolean dayFirst = m.group("d1") != null;
                int month = month(dayFirst ? m.group("m1") : m.group("m2"));
                int day = Integer.parseInt(dayFirst ? m.group("d1") : m.group("d2"));
                int year = Integer.parseInt(dayFirst ? m.group("y1") : m.group("y2"));
                if (month > 0) {
                    return LocalDate.of(year, month, day);
                }
            } catch (java.time.DateTimeException e) {
                // Not a real date such as 31 February; look further.
            }
        }
        return null;
    }

    // A month name, full or abbreviated to at least three letters ("Sept."), as its number; else 0.
    private static int month(String name) {
        String n = name.toLowerCase(Locale.ROOT).replace(".", "");
        for (java.time.Month month : java.time.Month.values()) {
            String full = month.getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH)
                    .toLowerCase(Locale.ROOT);
            if (full.startsWith(n)) {
                return month.getValue();
            }
        }
        return 0;
    }

    /** An ISO 8601 date or date-time, with or without offset, as the date written in it; else {@code null}. */
    static LocalDate date(String value) {
        if (value == null) {
            return null;
        }
        String v = value.trim();
        try {
            return LocalDate.from(DateTimeFormatter.ISO_DATE_TIME.parse(v));
        } catch (DateTimeParseException notDateTime) {
            try {
                return LocalDate.from(DateTimeFormatter.ISO_DATE.parse(v));
            } catch (DateTimeParseException e) {
                return null;
            }
        }
    }

    private static String meta(Document doc, String selector) {
        Element e = doc.selectFirst(selector);
        if (e == null) {
            return null;
        }
        String value = clean(e.attr("content"));
        return value.isEmpty() ? null : value;
    }

    private static String stripOutlet(String title, String outlet) {
        if (title.isEmpty()) {
            return null;
        }
        if (outlet != null) {
            for (String sep : new String[] {" | ", " - ", " – ", " — "}) {
                int at = title.lastIndexOf(sep);
                if (at > 0 && title.substring(at + sep.length()).trim().equalsIgnoreCase(outlet)) {
                    return title.substring(0, at).trim();
                }
            }
        }
        return title;
    }

    // Removes tags that never hold article text, hidden elements, and elements named like page chrome;
    // an element that contains the article itself is kept whatever its name.
    private static void removeChrome(Element body) {
        body.select(DROPPED_TAGS).remove();
        removeLabelledAds(body);
        removeLinkLists(body);
        for (Element form : body.select("form")) {
            if (paragraphLength(form) < 200) {
                form.remove();
            }
        }
        for (Element e : new ArrayList<>(body.select("*"))) {
            if (e == body || e.parent() == null || e.ownerDocument() == null) {
                continue;
            }
            if (hidden(e) || (chrome(e) && !holdsArticle(e))) {
                e.remove();
            }
        }
    }

    private static boolean hidden(Element e) {
        return e.hasAttr("hidden")
                || "true".equalsIgnoreCase(e.attr("aria-hidden"))
                || HIDDEN_STYLE.matcher(e.attr("style")).find();
    }

    private static boolean chrome(Element e) {
        if (e.nameIs("article") || e.nameIs("main")) {
            return false;
        }
        String names = String.join(" ", e.className(), e.id(), e.attr("role"), e.attr("aria-label"))
                .toLowerCase(Locale.ROOT)
                .replace("most-read", "mostread")
                .replace("most_read", "mostread");
        for (String token : names.split("[-_\\s]+")) {
            if (!token.isEmpty() && CHROME_TOKEN.matcher(token).matches()) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasToken(Element e, Pattern tokens) {
        for (String token : e.className().toLowerCase(Locale.ROOT).split("[-_\\s]+")) {
            if (tokens.matcher(token).matches()) {
                return true;
            }
        }
        return false;
    }

    // A short block that holds an element reading only "Advertisement" (or the like) is an ad, whatever its name.
    private static void removeLabelledAds(Element body) {
        for (Element label : new ArrayList<>(body.select("*"))) {
            if (label.ownerDocument() == null
                    || !AD_LABEL.matcher(clean(label.ownText())).matches()) {
                continue;
            }
            Element block = label;
            while (block.parent() != null && block != body && !block.isBlock()) {
                block = block.parent();
            }
            if (block != body && clean(block.text()).length() < 300 && !holdsArticle(block)) {
                block.remove();
            }
        }
    }

    // A list of links ("More on this story") and the short heading line just before it are related links,
    // not article text.
    private static void removeLinkLists(Element body) {
        for (Element list : body.select("ul, ol")) {
            if (list.ownerDocument() == null || linkDensity(list) <= 0.5 || holdsArticle(list)) {
                continue;
            }
            Element heading = list.previousElementSibling();
            String text = heading == null ? "" : clean(heading.text());
            if (!text.isEmpty() && text.length() < 80 && !text.matches(".*[.!?:;,\"'\u201D\u2019)]$")) {
                heading.remove();
            }
            list.remove();
        }
    }

    private static final Set<String> INLINE = Set.of(
            "a", "b", "i", "em", "strong", "span", "font", "small", "big", "sup", "sub", "abbr", "cite", "q", "u", "s",
            "mark", "time", "code", "kbd", "var", "bdi", "bdo", "wbr");
    private static final int LOOSE_TEXT_MIN = 80;

    // Older and hand-made pages write paragraphs as text separated by <br><br> instead of <p>. Within a
    // block, each run of text and inline elements ended by two line breaks or by a block element becomes
    // a <p> of its own (a single <br> stays a line break inside it), so that such paragraphs are found like
    // any others. Runs shorter than LOOSE_TEXT_MIN characters are left alone: they are labels, not prose.
    private static void wrapLooseText(Element body) {
        for (Element block : new ArrayList<>(body.select("*"))) {
            if (INLINE.contains(block.normalName())
                    || block.nameIs("p")
                    || block.ownText().length() < LOOSE_TEXT_MIN) {
                continue;
            }
            List<Node> run = new ArrayList<>();
            boolean lastWasBreak = false;
            for (Node n : new ArrayList<>(block.childNodes())) {
                boolean inline = n instanceof TextNode || (n instanceof Element e && INLINE.contains(e.normalName()));
                boolean lineBreak = n instanceof Element e && e.nameIs("br");
                if (inline) {
                    if (!(n instanceof TextNode t && t.isBlank())) {
                        lastWasBreak = false;
                    }
                    run.add(n);
                } else if (lineBreak && !lastWasBreak) {
                    lastWasBreak = true;
                    run.add(n);
                } else {
                    wrap(run);
                    run = new ArrayList<>();
                    lastWasBreak = false;
                }
            }
            wrap(run);
        }
    }

    private static void wrap(List<Node> run) {
        StringBuilder text = new StringBuilder();
        for (Node n : run) {
            text.append(n instanceof TextNode t ? t.text() : n instanceof Element e ? e.text() : "");
        }
        if (clean(text.toString()).length() < LOOSE_TEXT_MIN) {
            return;
        }
        Element p = new Element("p");
        run.getFirst().before(p);
        for (Node n : run) {
            p.appendChild(n);
        }
    }

    private static boolean holdsArticle(Element e) {
        return !e.select("article, main, [itemprop=articleBody], [role=main]").isEmpty();
    }

    // The first of articleBody, article and main that holds most of the paragraph text; else the block whose
    // own <p> children carry the most text after a link-density penalty.
    private static Element contentRoot(Element body) {
        int total = paragraphLength(body);
        for (String selector : new String[] {"[itemprop=articleBody]", "article", "main, [role=main]"}) {
            Element best = null;
            int bestLength = 0;
            for (Element candidate : body.select(selector)) {
                int length = paragraphLength(candidate);
                if (length > bestLength) {
                    best = candidate;
                    bestLength = length;
                }
            }
            if (best != null && bestLength * 2 > total) {
                return best;
            }
        }
        Element best = body;
        double bestScore = 0;
        Set<Element> parents = new LinkedHashSet<>();
        for (Element p : body.select("p")) {
            if (p.parent() != null) {
                parents.add(p.parent());
            }
        }
        for (Element block : parents) {
            double density = linkDensity(block);
            if (density > 0.5) {
                continue;
            }
            int length = 0;
            for (Element child : block.children()) {
                if (child.nameIs("p")) {
                    length += clean(child.text()).length();
                }
            }
            double score = length * (1 - density);
            if (score > bestScore) {
                best = block;
                bestScore = score;
            }
        }
        return best;
    }

    private static int paragraphLength(Element root) {
        int length = 0;
        for (Element p : root.select("p")) {
            length += clean(p.text()).length();
        }
        return length;
    }

    private static double linkDensity(Element e) {
        int all = clean(e.text()).length();
        if (all == 0) {
            return 0;
        }
        int linked = 0;
        for (Element a : e.select("a")) {
            linked += clean(a.text()).length();
        }
        return (double) linked / all;
    }

    // A paragraph's text and whether it stands in a quote block.
    private record Block(String text, boolean quoted) {}

    // Innermost paragraph-like elements in document order; mostly-link items of short length are skipped and
    // identical consecutive paragraphs kept once.
    private static List<String> paragraphs(Element root) {
        List<Block> blocks = new ArrayList<>();
        for (Element e : root.select(PARAGRAPHS)) {
            if (e.select(PARAGRAPHS).size() > 1) {
                continue;
            }
            String text = clean(e.text());
            if (text.isEmpty() || (linkDensity(e) > 0.5 && text.length() < 200)) {
                continue;
            }
            if (blocks.isEmpty() || !blocks.getLast().text().equals(text)) {
                blocks.add(new Block(text, e.closest("blockquote") != null));
            }
        }
        return withoutPullQuotes(blocks);
    }

    // A pull quote repeats a sentence or a paragraph of the text in large type. A paragraph of some length is
    // dropped when it is found again inside a longer one, or when it equals another one and is the quoted one
    // of the two, or, both alike, the later one.
    private static List<String> withoutPullQuotes(List<Block> blocks) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            boolean repeated = false;
            for (int j = 0; j < blocks.size() && !repeated && b.text().length() >= 40; j++) {
                Block other = blocks.get(j);
                if (other.text().length() > b.text().length()) {
                    repeated = other.text().contains(b.text());
                } else if (j != i && other.text().equals(b.text())) {
                    repeated = b.quoted() != other.quoted() ? b.quoted() : j < i;
                }
            }
            if (!repeated) {
                out.add(b.text());
            }
        }
        return out;
    }

    // ---- plain text and Markdown ----

    private static final Pattern MD_IMAGE = Pattern.compile("!\\[[^\\]]*\\]\\([^)]*\\)");
    private static final Pattern MD_LINK = Pattern.compile("\\[([^\\]]*)\\]\\([^)]*\\)");
    private static final Pattern MD_EMPHASIS =
            Pattern.compile("(?<![\\w*])(\\*\\*|__|\\*|_)(?=\\S)(.+?)(?<=\\S)\\1(?![\\w*])");
    private static final Pattern MD_HEADING = Pattern.compile("^\\s{0,3}(#{1,6})\\s+(.*?)\\s*#*\\s*$");
    private static final Pattern MD_LIST = Pattern.compile("^\\s*(?:[-*+]|\\d+[.)])\\s+");
    private static final Pattern MD_RULE =
            Pattern.compile("^\\s*(?:\\*\\s*){3,}$|^\\s*(?:-\\s*){3,}$|^\\s*(?:_\\s*){3,}$");

    // A line of a page saved as text that is the page's furniture, not the story.
    private static final Pattern CHROME_LINE = Pattern.compile(
            "(?i)(skip to (the )?(main )?content|share( this)?( article| story| page)?|advertisement|menu"
                    + "|sign in|log in|subscribe( now)?|read more|listen to (this )?article|print( this page)?)[.!:]?");
    // A first line longer than this is a paragraph, not a headline.
    private static final int MAX_TITLE = 200;

    // Plain text: a line alone that is page furniture (Skip to main content, Share this article) is
    // dropped; the first other line is the title when it is short enough to be one; the rest splits
    // into paragraphs at blank lines.
    // Markdown: the first level-1 heading is the title (else the first line); headings, list items and code
    // fences are paragraphs of their own; inline marks, links and images are reduced to their text.
    private static ExtractedArticle fromLines(String text, String source, boolean markdown) {
        String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        List<String> paragraphs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        String title = null;
        boolean fence = false;
        for (String line : lines) {
            if (markdown && line.strip().startsWith("```")) {
                flush(current, paragraphs);
                fence = !fence;
                continue;
            }
            if (fence) {
                current.append(line).append(' ');
                continue;
            }
            if (line.isBlank()) {
                flush(current, paragraphs);
                continue;
            }
            if (!markdown) {
                if (current.isEmpty() && CHROME_LINE.matcher(line.strip()).matches()) {
                    continue;
                }
                if (title == null) {
                    title = line.strip().length() <= MAX_TITLE ? clean(line) : "";
                    if (!title.isEmpty()) {
                        continue;
                    }
                }
                current.append(line).append(' ');
                continue;
            }
            if (MD_RULE.matcher(line).matches()) {
                flush(current, paragraphs);
                continue;
            }
            Matcher heading = MD_HEADING.matcher(line);
            if (heading.matches()) {
                flush(current, paragraphs);
                String h = inline(heading.group(2));
                if (title == null && heading.group(1).length() == 1) {
                    title = h;
                } else {
                    paragraphs.add(h);
                }
                continue;
            }
            String body = line.replaceFirst("^\\s*>\\s?", "");
            Matcher list = MD_LIST.matcher(body);
            if (list.lookingAt()) {
                flush(current, paragraphs);
                body = body.substring(list.end());
            }
            current.append(inline(body)).append(' ');
        }
        flush(current, paragraphs);
        if (title == null) {
            title = paragraphs.isEmpty() ? "" : paragraphs.removeFirst();
        }
        String joined = String.join("\n\n", paragraphs);
        return new ExtractedArticle(
                title,
                "",
                null,
                host(source),
                Languages.detect(joined),
                joined,
                markdown ? "text/markdown" : "text/plain");
    }

    private static void flush(StringBuilder current, List<String> paragraphs) {
        String p = clean(current.toString());
        if (!p.isEmpty()) {
            paragraphs.add(p);
        }
        current.setLength(0);
    }

    private static String inline(String markdown) {
        String s = MD_IMAGE.matcher(markdown).replaceAll("");
        s = MD_LINK.matcher(s).replaceAll("$1");
        String previous;
        do {
            previous = s;
            s = MD_EMPHASIS.matcher(s).replaceAll("$2");
        } while (!s.equals(previous));
        return clean(s);
    }

    // ---- shared ----

    private static String clean(String s) {
        return s == null ? "" : s.replace('\u00A0', ' ').replaceAll("\\s+", " ").strip();
    }

    private static String first(String... values) {
        return Arrays.stream(values)
                .filter(v -> v != null && !v.isEmpty())
                .findFirst()
                .orElse(null);
    }

    private static boolean isUrl(String source) {
        return source != null && (source.startsWith("http://") || source.startsWith("https://"));
    }

    private static String host(String source) {
        if (!isUrl(source)) {
            return null;
        }
        try {
            String host = URI.create(source).getHost();
            return host == null ? null : host.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
