package org.armswatch.news;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;

/**
 * Lays out a news story in the page templates of invented news sites, with their menus, teasers, ads, comments,
 * banners and footers, to test and benchmark the extraction of articles from HTML.
 *
 * <p>The templates are the resources {@code pages/<name>.html} beside this class; the chrome text comes from
 * {@code pages/chrome.txt}. A template file is made of sections, each opened by a line
 * {@code <!-- @section name -->}: {@code page} is the whole page, {@code paragraph} one body paragraph, and the
 * sections named {@code insert-*} are blocks placed between body paragraphs (ads, newsletter boxes, related
 * links, figures, pull quotes). Placeholders: {@code {{title}}}, {@code {{author}}}, {@code {{outlet}}},
 * {@code {{url}}} escaped for HTML (the first three also with {@code -json}, as in a JSON string), {@code {{iso}}},
 * {@code {{iso-time}}}, {@code {{date-long}}}, {@code {{date-full}}}, {@code {{date-day}}}, {@code {{date-us}}}
 * and {@code {{year}}} for the date, {@code {{body}}} for the paragraphs and inserts, {@code {{quote}}} for a
 * sentence of the story, {@code {{pick pool}}} for a line of a chrome pool, {@code {{href}}} for a link,
 * {@code {{number min max}}} and {@code {{repeat section min max}}} for a run of a section.
 */
public final class NewsPages {
    /**
     * A story to lay out.
     *
     * @param title the headline
     * @param author the byline's name
     * @param published the publication date
     * @param outlet the publishing site's name
     * @param url the story's address
     * @param paragraphs the body paragraphs in order
     */
    public record Story(
            String title, String author, LocalDate published, String outlet, String url, List<String> paragraphs) {
        public Story {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(author, "author");
            Objects.requireNonNull(published, "published");
            Objects.requireNonNull(outlet, "outlet");
            Objects.requireNonNull(url, "url");
            paragraphs = List.copyOf(paragraphs);
        }
    }

    /**
     * A rendered page and the chrome it holds.
     *
     * @param html the whole page
     * @param chrome every piece of text of the page that is not the story (menu items, teasers, ad copy,
     *     comments, footer lines, cookie banner...), and the pull quotes that repeat it; each once, whitespace
     *     collapsed, pieces without a letter or digit (separators) left out
     */
    public record Page(String html, List<String> chrome) {
        public Page {
            Objects.requireNonNull(html, "html");
            chrome = List.copyOf(chrome);
        }
    }

    private static final List<String> NAMES =
            List.of("wire-service", "tabloid", "broadsheet", "blog", "think-tank", "regional", "magazine");
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Pattern SECTION = Pattern.compile("^<!-- @section (\\S+) -->\\R", Pattern.MULTILINE);
    private static final Pattern POOL = Pattern.compile("^\\[(\\S+)]$");
    private static final Pattern LETTER_OR_DIGIT = Pattern.compile("[\\p{L}\\d]");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([^}]+)}}");
    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter FULL = DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", Locale.ENGLISH);
    private static final Map<String, List<String>> POOLS = pools();
    private static final List<Map<String, String>> TEMPLATES =
            NAMES.stream().map(NewsPages::template).toList();

    private NewsPages() {}

    /** The number of templates. */
    public static int templates() {
        return NAMES.size();
    }

    /**
     * The template's name, such as {@code wire-service} or {@code tabloid}.
     *
     * @throws IndexOutOfBoundsException unless {@code 0 <= template < templates()}
     */
    public static String name(int template) {
        return NAMES.get(template);
    }

    /**
     * The charset the template's page declares in its {@code <meta>}, in which it is to be encoded; characters
     * the charset lacks are written as character references by {@link #render}.
     */
    public static Charset charset(int template) {
        return name(template).equals("regional") ? WINDOWS_1252 : StandardCharsets.UTF_8;
    }

    /**
     * Lays out the story in a template.
     *
     * @param seed varies the chrome deterministically: which menu items, teasers, ads and comments, how many,
     *     and where the blocks inside the body go; the same template, story and seed give the same page
     * @throws IndexOutOfBoundsException unless {@code 0 <= template < templates()}
     */
    public static Page render(int template, Story story, long seed) {
        Map<String, String> sections = TEMPLATES.get(template);
        Renderer r = new Renderer(sections, story, new Random(seed * 1_000_003L + template), charset(template));
        String html = r.fill(sections.get("page"));
        return new Page(html, chrome(html, r.storyTexts, r.quotes));
    }

    // The chrome is every text node of the body that is not a piece of the story as inserted (title,
    // paragraphs, author, dates), and the pull quotes, which repeat the story; texts are kept once, in page order.
    private static List<String> chrome(String html, Set<String> storyTexts, List<String> quotes) {
        Document doc = Jsoup.parse(html);
        Set<String> chrome = new LinkedHashSet<>();
        quotes.forEach(q -> chrome.add(clean(q)));
        NodeTraversor.traverse(
                (node, depth) -> {
                    if (node instanceof TextNode t && !(t.parent() instanceof Element e && e.nameIs("script"))) {
                        String text = clean(t.getWholeText());
                        if (LETTER_OR_DIGIT.matcher(text).find() && !storyTexts.contains(text)) {
                            chrome.add(text);
                        }
                    }
                },
                doc.body());
        return List.copyOf(chrome);
    }

    private static final class Renderer {
        private final Map<String, String> sections;
        private final Story story;
        private final Random random;
        private final CharsetEncoder encoder;
        private final Set<String> storyTexts = new LinkedHashSet<>();
        private final List<String> quotes = new ArrayList<>();
        private final Map<String, Integer> nextPick = new HashMap<>();

        Renderer(Map<String, String> sections, Story story, Random random, Charset charset) {
            this.sections = sections;
            this.story = story;
            this.random = random;
            this.encoder = charset.newEncoder();
            storyTexts.add(clean(story.title()));
            storyTexts.add(clean(story.author()));
            story.paragraphs().forEach(p -> storyTexts.add(clean(p)));
            for (DateTimeFormatter f : new DateTimeFormatter[] {LONG, FULL, DAY, DateTimeFormatter.ISO_LOCAL_DATE}) {
                storyTexts.add(story.published().format(f));
            }
            storyTexts.add(usDate(story.published()));
        }

        String fill(String text) {
            Matcher m = PLACEHOLDER.matcher(text);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                m.appendReplacement(
                        out, Matcher.quoteReplacement(value(m.group(1).trim().split("\\s+"))));
            }
            m.appendTail(out);
            return out.toString();
        }

        private String value(String[] p) {
            LocalDate d = story.published();
            return switch (p[0]) {
                case "title" -> html(story.title());
                case "author" -> html(story.author());
                case "outlet" -> html(story.outlet());
                case "url" -> html(story.url());
                case "title-json" -> json(story.title());
                case "author-json" -> json(story.author());
                case "outlet-json" -> json(story.outlet());
                case "iso" -> d.toString();
                case "iso-time" ->
                    d + "T" + String.format(Locale.ROOT, "%02d:%02d:00Z", 5 + random.nextInt(14), random.nextInt(60));
                case "date-long" -> d.format(LONG);
                case "date-full" -> d.format(FULL);
                case "date-day" -> d.format(DAY);
                case "date-us" -> usDate(d);
                case "year" -> Integer.toString(d.getYear());
                case "number" ->
                    Integer.toString(Integer.parseInt(p[1])
                            + random.nextInt(Integer.parseInt(p[2]) - Integer.parseInt(p[1]) + 1));
                case "href" -> "/" + slug(pick("sections")) + "/" + (100_000 + random.nextInt(900_000));
                case "pick" -> html(pick(p[1]));
                case "quote" -> html(quote());
                case "body" -> body();
                case "repeat" -> repeat(p[1], Integer.parseInt(p[2]), Integer.parseInt(p[3]));
                default -> throw new IllegalStateException("unknown placeholder {{" + String.join(" ", p) + "}}");
            };
        }

        // Picks walk a pool from a random start so that a page never shows the same line twice in a row.
        private String pick(String pool) {
            List<String> lines = POOLS.get(pool);
            if (lines == null) {
                throw new IllegalStateException("unknown chrome pool " + pool);
            }
            int at = nextPick.computeIfAbsent(pool, k -> random.nextInt(lines.size()));
            nextPick.put(pool, at + 1 + random.nextInt(2));
            return lines.get(at % lines.size());
        }

        private String repeat(String section, int min, int max) {
            StringBuilder out = new StringBuilder();
            int n = min + random.nextInt(max - min + 1);
            for (int i = 0; i < n; i++) {
                out.append(fill(section(section)));
            }
            return out.toString();
        }

        private String section(String name) {
            String s = sections.get(name);
            if (s == null) {
                throw new IllegalStateException("no section " + name);
            }
            return s;
        }

        // Each insert-* block goes once after a random paragraph other than the last (after the only one when
        // there is one); several blocks may follow the same paragraph.
        private String body() {
            List<String> paragraphs = story.paragraphs();
            List<List<String>> after = new ArrayList<>();
            paragraphs.forEach(p -> after.add(new ArrayList<>()));
            for (String insert : sections.keySet()) {
                if (insert.startsWith("insert-") && !paragraphs.isEmpty()) {
                    after.get(random.nextInt(Math.max(1, paragraphs.size() - 1)))
                            .add(insert);
                }
            }
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < paragraphs.size(); i++) {
                out.append(section("paragraph").replace("{{text}}", html(paragraphs.get(i))));
                for (String insert : after.get(i)) {
                    out.append(fill(section(insert)));
                }
            }
            return out.toString();
        }

        // A pull quote repeats a sentence of the story, as magazines do.
        private String quote() {
            List<String> sentences = new ArrayList<>();
            for (String p : story.paragraphs()) {
                for (String s : p.split("(?<=[.!?])\\s+")) {
                    if (s.length() > 40 && s.length() < 200) {
                        sentences.add(s);
                    }
                }
            }
            String quote = sentences.isEmpty() ? pick("quotes") : sentences.get(random.nextInt(sentences.size()));
            quotes.add(quote);
            return quote;
        }

        // A JSON string's content for a script element: no markup characters, and characters the page's charset
        // lacks as escapes.
        private String json(String s) {
            StringBuilder out = new StringBuilder();
            for (char c : s.toCharArray()) {
                switch (c) {
                    case '"' -> out.append("\\\"");
                    case '\\' -> out.append("\\\\");
                    case '/' -> out.append("\\/");
                    default -> {
                        if (c < 0x20 || c == '<' || c == '>' || c == '&' || (c >= 0x80 && !encoder.canEncode(c))) {
                            out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                        } else {
                            out.append(c);
                        }
                    }
                }
            }
            return out.toString();
        }

        // Escapes the markup characters, and writes characters the page's charset lacks as references.
        private String html(String s) {
            StringBuilder out = new StringBuilder(s.length() + 16);
            s.codePoints().forEach(c -> {
                switch (c) {
                    case '&' -> out.append("&amp;");
                    case '<' -> out.append("&lt;");
                    case '>' -> out.append("&gt;");
                    case '"' -> out.append("&quot;");
                    default -> {
                        String ch = Character.toString(c);
                        if (c < 0x80 || encoder.canEncode(ch)) {
                            out.append(ch);
                        } else {
                            out.append("&#").append(c).append(';');
                        }
                    }
                }
            });
            return out.toString();
        }
    }

    // A date in the style of American news agencies: Sept. 12, 2023; March 3, 2023.
    private static String usDate(LocalDate d) {
        String month = d.getMonth().getDisplayName(java.time.format.TextStyle.SHORT, Locale.ENGLISH);
        String abbreviated =
                switch (month) {
                    case "Sep" -> "Sept.";
                    case "Mar" -> "March";
                    case "Apr" -> "April";
                    case "May" -> "May";
                    case "Jun" -> "June";
                    case "Jul" -> "July";
                    default -> month + ".";
                };
        return abbreviated + " " + d.getDayOfMonth() + ", " + d.getYear();
    }

    private static String slug(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    private static String clean(String s) {
        return s.replace('\u00A0', ' ').replaceAll("\\s+", " ").strip();
    }

    private static String resource(String name) {
        try (InputStream in = NewsPages.class.getResourceAsStream("pages/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource pages/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> template(String name) {
        String text = resource(name + ".html");
        Map<String, String> sections = new LinkedHashMap<>();
        Matcher m = SECTION.matcher(text);
        String current = null;
        int start = 0;
        while (m.find()) {
            if (current != null) {
                sections.put(current, text.substring(start, m.start()));
            }
            current = m.group(1);
            start = m.end();
        }
        if (current != null) {
            sections.put(current, text.substring(start));
        }
        if (!sections.containsKey("page") || !sections.containsKey("paragraph")) {
            throw new IllegalStateException("template " + name + " lacks its page or paragraph section");
        }
        return sections;
    }

    // chrome.txt: a line [name] opens a pool; every other non-blank line not starting with # is one entry.
    private static Map<String, List<String>> pools() {
        Map<String, List<String>> pools = new HashMap<>();
        List<String> current = null;
        for (String line : resource("chrome.txt").split("\\R")) {
            Matcher m = POOL.matcher(line.strip());
            if (m.matches()) {
                current = new ArrayList<>();
                pools.put(m.group(1), current);
            } else if (!line.isBlank() && !line.startsWith("#") && current != null) {
                current.add(line.strip());
            }
        }
        return Map.copyOf(pools);
    }
}
