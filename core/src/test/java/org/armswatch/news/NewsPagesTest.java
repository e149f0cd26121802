package org.armswatch.news;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.armswatch.lists.TestData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The real reports in {@code ../shared/seeds}, laid out in every template of {@link NewsPages} and read back by
 * {@link ArticleExtractor}: the text keeps the story's sentences and little chrome, and the metadata is read.
 */
class NewsPagesTest {
    private static final long[] SEEDS = {1L, 42L, 20_230_912L};
    private static final double MIN_KEPT = 0.98;
    private static final double MAX_CHROME = 0.02;
    // Lines of saved pages that are the page's furniture, not the story.
    private static final List<String> FURNITURE =
            List.of("Skip to main content", "Share This article", "Advertisement");
    // A sentence ends at . ? or ! (maybe followed by a closing quote or bracket) before a space and a capital,
    // digit or opening quote.
    private static final Pattern SENTENCE_END =
            Pattern.compile("(?<=[.?!][\"'\\u201D\\u2019)]?)\\s+(?=[\"'\\u201C\\u2018\\p{Lu}\\d])");
    private static final List<String> AUTHORS = List.of("Marta Kellvik", "Joss Adebayo-Lind", "Irena Sołtys");
    private static final List<String> OUTLETS =
            List.of("The Meridian Courier", "Daily Harbinger", "Valley Gazette & Star", "Northline Wire");

    private static List<Path> seedFiles;

    @BeforeAll
    static void listSeeds() throws IOException {
        try (Stream<Path> files = Files.list(TestData.shared("seeds"))) {
            seedFiles =
                    files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        }
        assertThat(seedFiles).isNotEmpty();
    }

    /** A seed report as a story: the first line is the title, the other lines not furniture the paragraphs. */
    static NewsPages.Story story(Path file, int index) throws IOException {
        List<String> lines = Files.readAllLines(file).stream()
                .map(NewsPagesTest::normalise)
                .filter(l -> !l.isEmpty() && !FURNITURE.contains(l))
                .toList();
        return new NewsPages.Story(
                lines.getFirst(),
                AUTHORS.get(index % AUTHORS.size()),
                LocalDate.of(2023, 1 + (index * 5) % 12, 3 + index * 6),
                OUTLETS.get(index % OUTLETS.size()),
                "https://news.example/" + index + "/story.html",
                lines.subList(1, lines.size()));
    }

    static String normalise(String s) {
        return s.replace('\u00A0', ' ').replaceAll("\\s+", " ").strip();
    }

    static List<String> sentences(String paragraph) {
        return List.of(SENTENCE_END.split(paragraph));
    }

    static Stream<Integer> templates() {
        return IntStream.range(0, NewsPages.templates()).boxed();
    }

    private record Figures(int sentences, int kept, long chromeChars, long textChars, int pages, int metadataOk) {
        Figures plus(Figures o) {
            return new Figures(
                    sentences + o.sentences,
                    kept + o.kept,
                    chromeChars + o.chromeChars,
                    textChars + o.textChars,
                    pages + o.pages,
                    metadataOk + o.metadataOk);
        }

        double keep() {
            return (double) kept / sentences;
        }

        double chrome() {
            return (double) chromeChars / textChars;
        }
    }

    private static final Map<String, Figures> FIGURES = new LinkedHashMap<>();

    @ParameterizedTest(name = "{0}")
    @MethodSource("templates")
    void keepsTheStoryDropsTheChromeAndReadsTheMetadata(int template) throws Exception {
        Figures total = new Figures(0, 0, 0, 0, 0, 0);
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < seedFiles.size(); i++) {
            NewsPages.Story story = story(seedFiles.get(i), i);
            for (long seed : SEEDS) {
                NewsPages.Page page = NewsPages.render(template, story, seed);
                byte[] raw = page.html().getBytes(NewsPages.charset(template));
                ExtractedArticle a = ArticleExtractor.extract(raw, null, NewsPages.name(template) + ".html");
                Figures f = measure(story, page, a);
                total = total.plus(f);
                if (f.metadataOk == 0) {
                    failures.add(seedFiles.get(i).getFileName() + " seed " + seed + ": " + a.title() + " / "
                            + a.author() + " / " + a.published() + " / " + a.outlet());
                }
            }
        }
        FIGURES.put(NewsPages.name(template), total);
        System.out.printf(
                Locale.ROOT,
                "%-14s keep %6.2f %% (%d/%d sentences)  chrome %5.2f %% (%d/%d chars)  metadata %d/%d%n",
                NewsPages.name(template),
                100 * total.keep(),
                total.kept,
                total.sentences,
                100 * total.chrome(),
                total.chromeChars,
                total.textChars,
                total.metadataOk,
                total.pages);
        assertThat(failures).as("pages with wrong metadata").isEmpty();
        assertThat(total.keep()).as("sentences kept").isGreaterThanOrEqualTo(MIN_KEPT);
        assertThat(total.chrome()).as("chrome in the text").isLessThanOrEqualTo(MAX_CHROME);
    }

    @Test
    void overallFiguresMeetTheThresholds() throws Exception {
        for (int t = 0; t < NewsPages.templates(); t++) {
            if (!FIGURES.containsKey(NewsPages.name(t))) {
                keepsTheStoryDropsTheChromeAndReadsTheMetadata(t);
            }
        }
        Figures all = FIGURES.values().stream().reduce(new Figures(0, 0, 0, 0, 0, 0), Figures::plus);
        System.out.printf(
                Locale.ROOT,
                "%-14s keep %6.2f %%  chrome %5.2f %%  metadata %d/%d%n",
                "all",
                100 * all.keep(),
                100 * all.chrome(),
                all.metadataOk,
                all.pages);
        assertThat(all.keep()).isGreaterThanOrEqualTo(MIN_KEPT);
        assertThat(all.chrome()).isLessThanOrEqualTo(MAX_CHROME);
        assertThat(all.metadataOk).isEqualTo(all.pages);
    }

    // A sentence is kept when it appears in the text, whitespace normalised. Chrome is counted by the
    // characters of the chrome strings found in the text beyond as often as they occur in the story itself
    // (a menu item "World" may be a word of the story); overlapping chrome strings are all counted.
    private static Figures measure(NewsPages.Story story, NewsPages.Page page, ExtractedArticle a) {
        String text = normalise(a.text());
        int sentences = 0;
        int kept = 0;
        for (String p : story.paragraphs()) {
            for (String s : sentences(normalise(p))) {
                sentences++;
                if (text.contains(s)) {
                    kept++;
                }
            }
        }
        String storyText =
                normalise(story.title() + "\n" + story.author() + "\n" + String.join("\n", story.paragraphs()));
        long chrome = 0;
        for (String c : page.chrome()) {
            int extra = occurrences(text, c) - occurrences(storyText, c);
            if (extra > 0) {
                chrome += (long) extra * c.length();
            }
        }
        chrome = Math.min(chrome, text.length());
        boolean metadata = a.title().equals(story.title())
                && a.author().contains(story.author())
                && story.published().equals(a.published())
                && story.outlet().equals(a.outlet());
        return new Figures(sentences, kept, chrome, text.length(), 1, metadata ? 1 : 0);
    }

    // Occurrences as whole words: not inside a longer word.
    private static int occurrences(String text, String piece) {
        Matcher m = Pattern.compile("(?<![\\p{L}\\d])" + Pattern.quote(piece) + "(?![\\p{L}\\d])")
                .matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("templates")
    void renderingIsDeterministicForASeedAndVariesWithIt(int template) throws Exception {
        NewsPages.Story story = story(seedFiles.getFirst(), 0);
        NewsPages.Page a = NewsPages.render(template, story, 7L);
        assertThat(NewsPages.render(template, story, 7L)).isEqualTo(a);
        assertThat(NewsPages.render(template, story, 8L).html()).isNotEqualTo(a.html());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("templates")
    void chromeIsSubstantialAndTheStoryIsNotChrome(int template) throws Exception {
        NewsPages.Story story = story(seedFiles.getFirst(), 0);
        NewsPages.Page page = NewsPages.render(template, story, 3L);
        assertThat(page.chrome()).hasSizeGreaterThan(25);
        assertThat(page.chrome().stream().mapToInt(String::length).sum()).isGreaterThan(800);
        assertThat(page.chrome()).doesNotContain(story.title()).doesNotContainAnyElementsOf(story.paragraphs());
    }

    @Test
    void templatesAreNamedAndEscapeTheStory() {
        assertThat(NewsPages.templates()).isGreaterThanOrEqualTo(6);
        assertThat(IntStream.range(0, NewsPages.templates()).mapToObj(NewsPages::name))
                .doesNotHaveDuplicates()
                .contains("wire-service", "tabloid", "broadsheet", "blog", "think-tank", "regional");
        NewsPages.Story tricky = new NewsPages.Story(
                "Fuses <b>&</b> \"pumps\"",
                "A. Writer",
                LocalDate.of(2024, 5, 1),
                "Test & Post",
                "https://t.example/1",
                List.of("First <script>alert(1)</script> paragraph \u2014 with a dash.", "Second paragraph."));
        for (int t = 0; t < NewsPages.templates(); t++) {
            NewsPages.Page page = NewsPages.render(t, tricky, 1L);
            assertThat(page.html()).doesNotContain("<script>alert", "<b>&</b>");
            assertThat(NewsPages.charset(t).newEncoder().canEncode(page.html()))
                    .as(NewsPages.name(t))
                    .isTrue();
        }
    }
}
