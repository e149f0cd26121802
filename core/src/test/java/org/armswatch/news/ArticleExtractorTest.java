package org.armswatch.news;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ArticleExtractorTest {
    // A fictional story, written for these tests.
    static final List<String> STORY = List.of(
            "Customs officers in the port of Dravik held back a freighter on Tuesday after finding crates of"
                    + " artillery fuses listed on its manifest as agricultural pumps.",
            "The vessel, registered in a small island state, had loaded its cargo in Velmora and was bound for"
                    + " Karstan, a country under a regional arms embargo since last spring.",
            "Inspectors counted more than four hundred fuses and two dismantled rocket launchers hidden under"
                    + " sacks of fertiliser in the lower hold.",
            "A spokesperson for the port authority said the crew had been questioned and that the shipping"
                    + " company denied knowing what the crates contained.",
            "Diplomats familiar with the case said the same broker had arranged two earlier voyages along a"
                    + " similar route, both of which reached their destination without inspection.",
            "The embargo monitoring panel is expected to publish its findings before the end of the year, and"
                    + " several governments have asked for the broker's assets to be frozen.");

    static final List<String> CHROME = List.of(
            "Accept all cookies",
            "Share on Facebook",
            "Subscribe to our newsletter",
            "Related stories",
            "Leave a comment",
            "Advertisement",
            "Home World Politics",
            "All rights reserved",
            "Most read today",
            "Sponsored content from our partners");

    static String paragraphs(String tag) {
        return STORY.stream().map(p -> "<" + tag + ">" + p + "</" + tag + ">\n").collect(Collectors.joining());
    }

    static final String CHROME_TOP = """
            <div id="cookie-banner"><p>Accept all cookies</p><button>OK</button></div>
            <header class="site-header"><nav><ul><li><a href="/">Home</a></li><li><a href="/w">World</a></li>
            <li><a href="/p">Politics</a></li></ul></nav></header>
            """;
    static final String CHROME_BOTTOM = """
            <div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Share on X</a></div>
            <section class="related-links"><h3>Related stories</h3><ul>
            <li><a href="/a">Another seizure in a northern port makes headlines again</a></li>
            <li><a href="/b">Broker questioned over shipments</a></li></ul></section>
            <div class="ad-slot"><p>Advertisement</p></div>
            <div id="comments"><h3>Leave a comment</h3><p>I think this is outrageous and someone must act.</p></div>
            <aside><h4>Most read today</h4><p>A story about something else entirely happened here.</p></aside>
            <div class="newsletter-signup"><p>Subscribe to our newsletter</p></div>
            <div class="promo-box"><p>Sponsored content from our partners</p></div>
            <footer><p>All rights reserved</p></footer>
            """;

    /** A page with Open Graph metadata and an {@code <article>}. */
    static final String OG_PAGE = """
            <!DOCTYPE html><html><head><title>Freighter held in Dravik | Harbour Times</title>
            <meta property="og:title" content="Freighter with hidden fuses held in Dravik">
            <meta property="og:site_name" content="Harbour Times">
            <meta name="author" content="Mira Osel">
            <meta property="article:published_time" content="2026-03-10T08:15:00+02:00">
            </head><body>%s<article><h1>Freighter with hidden fuses held in Dravik</h1>
            <p class="byline">By Mira Osel</p>%s</article>%s</body></html>
            """.formatted(CHROME_TOP, paragraphs("p"), CHROME_BOTTOM);

    /** A page with JSON-LD in a {@code @graph}, an author array and no {@code <article>}: found by score. */
    static final String JSONLD_GRAPH_PAGE = """
            <html><head><title>Untitled</title>
            <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
              {"@type":"WebSite","name":"Site"},
              {"@type":["ReportageNewsArticle"],"headline":"Broker linked to embargo breach",
               "datePublished":"2026-03-11","author":[{"@type":"Person","name":"Jon Ferra"},
               {"@type":"Person","name":"Ana Lusk"}],"publisher":{"@type":"Organization","name":"Coastal Wire"}}
            ]}</script></head><body>%s
            <div class="layout"><div class="col-left"><ul class="menu"><li><a href="/x">Home World Politics</a></li></ul></div>
            <div class="col-main"><div class="story-text">%s</div></div></div>%s</body></html>
            """.formatted(CHROME_TOP, paragraphs("p"), CHROME_BOTTOM);

    /** A page with a JSON-LD array, {@code itemprop=articleBody}, a {@code <time>} and a single author object. */
    static final String JSONLD_ARRAY_PAGE = """
            <html><head><script type="application/ld+json">[{"@type":"BreadcrumbList"},
              {"@type":"NewsArticle","headline":"Fuses found under fertiliser",
               "author":{"@type":"Person","name":"Pera Voss"}}]</script>
            <script type="application/ld+json">{ this is broken</script></head><body>%s
            <main><div itemprop="articleBody"><p>Published <time datetime="2026-03-12T23:30:00Z">late</time></p>
            %s</div><div class="recommended"><p>Sponsored content from our partners</p></div></main>%s</body></html>
            """.formatted(CHROME_TOP, paragraphs("p"), CHROME_BOTTOM);

    /** A page with only meta tags and a title with the outlet suffix; text in list items and a quote. */
    static final String META_PAGE = """
            <html><head><title>Panel to report on Karstan embargo - dravik-news.example</title>
            <meta name="dc.date" content="2026-03-13"></head><body>%s
            <div id="content"><a rel="author" href="/staff/lo">Lo Brandt</a>
            <p>%s</p><blockquote><p>%s</p></blockquote><ul><li>%s</li><li>%s</li></ul><p>%s</p><p>%s</p>
            <p style="display:none">Accept all cookies</p><div hidden><p>Leave a comment</p></div>
            </div>%s</body></html>
            """.formatted(
                    CHROME_TOP,
                    STORY.get(0),
                    STORY.get(1),
                    STORY.get(2),
                    STORY.get(3),
                    STORY.get(4),
                    STORY.get(5),
                    CHROME_BOTTOM);

    record Expected(String title, String author, LocalDate published, String outlet) {}

    static Stream<Arguments> pages() {
        return Stream.of(
                Arguments.of(
                        "og",
                        OG_PAGE,
                        "https://www.harbourtimes.example/world/1",
                        new Expected(
                                "Freighter with hidden fuses held in Dravik",
                                "Mira Osel",
                                LocalDate.of(2026, 3, 10),
                                "Harbour Times")),
                Arguments.of(
                        "json-ld @graph",
                        JSONLD_GRAPH_PAGE,
                        "/tmp/saved/page.html",
                        new Expected(
                                "Broker linked to embargo breach",
                                "Jon Ferra, Ana Lusk",
                                LocalDate.of(2026, 3, 11),
                                "Coastal Wire")),
                Arguments.of(
                        "json-ld array",
                        JSONLD_ARRAY_PAGE,
                        "https://news.example.org/a?id=3",
                        new Expected(
                                "Fuses found under fertiliser",
                                "Pera Voss",
                                LocalDate.of(2026, 3, 12),
                                "news.example.org")),
                Arguments.of(
                        "meta",
                        META_PAGE,
                        "https://www.dravik-news.example/story",
                        new Expected(
                                "Panel to report on Karstan embargo",
                                "Lo Brandt",
                                LocalDate.of(2026, 3, 13),
                                "dravik-news.example")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void keepsEveryParagraphDropsChromeAndReadsMetadata(String name, String html, String source, Expected expected)
            throws ArticleException {
        ExtractedArticle a = ArticleExtractor.extract(html.getBytes(StandardCharsets.UTF_8), null, source);
        for (String p : STORY) {
            assertThat(a.text().split("\n\n")).contains(p);
        }
        for (String chrome : CHROME) {
            assertThat(a.text()).doesNotContain(chrome);
        }
        assertThat(a.text()).doesNotContain("outrageous", "something else entirely", "Share on X");
        assertThat(new Expected(a.title(), a.author(), a.published(), a.outlet()))
                .isEqualTo(expected);
        assertThat(a.language()).isEqualTo("en");
    }

    @Test
    void paragraphsAreSeparatedByBlankLinesAndWhitespaceIsCollapsed() throws ArticleException {
        String html = "<html><body><article><p>  One   line\n   broken\there. </p><p>Second&nbsp; one.</p>"
                + "<p>Second&nbsp; one.</p></article></body></html>";
        ExtractedArticle a = ArticleExtractor.extract(html.getBytes(StandardCharsets.UTF_8), "text/html", "x");
        assertThat(a.text()).isEqualTo("One line broken here.\n\nSecond one.");
    }

    @Test
    void randomChromeAroundTheStoryNeverLeaks() throws ArticleException {
        Random random = new Random(20261202L);
        List<String> blocks = List.of(
                "<div class=\"cookie-consent\"><p>Accept all cookies</p></div>",
                "<nav><p>Home World Politics</p></nav>",
                "<div class=\"social_share\"><p>Share on Facebook</p></div>",
                "<div id=\"comment-list\"><p>Leave a comment</p></div>",
                "<div class=\"ads\"><p>Advertisement</p></div>",
                "<section class=\"most-read\"><p>Most read today</p></section>",
                "<div class=\"footer\"><p>All rights reserved</p></div>");
        for (int round = 0; round < 30; round++) {
            StringBuilder body = new StringBuilder("<html><body>");
            IntStream.range(0, 3).forEach(i -> body.append(blocks.get(random.nextInt(blocks.size()))));
            body.append("<div class=\"content\">");
            for (String p : STORY) {
                body.append("<p>").append(p).append("</p>");
                if (random.nextInt(3) == 0) {
                    body.append(blocks.get(random.nextInt(blocks.size())));
                }
            }
            body.append("</div>");
            IntStream.range(0, 3).forEach(i -> body.append(blocks.get(random.nextInt(blocks.size()))));
            body.append("</body></html>");
            ExtractedArticle a =
                    ArticleExtractor.extract(body.toString().getBytes(StandardCharsets.UTF_8), "text/html", "r");
            assertThat(a.text()).isEqualTo(String.join("\n\n", STORY));
        }
    }

    static final String CYRILLIC_TITLE = "Задержано судно с оружием";
    static final String CYRILLIC_TEXT = "Таможенники задержали судно, которое везло детали для ракет. По словам"
            + " представителя порта, экипаж был допрошен, а компания отрицает, что знала о грузе.";

    static String cyrillicPage(String metaCharset) {
        return "<html><head>" + metaCharset + "<title>" + CYRILLIC_TITLE + "</title></head><body><article><p>"
                + CYRILLIC_TEXT + "</p></article></body></html>";
    }

    @Test
    void windows1251DeclaredInMeta() throws ArticleException {
        byte[] raw = cyrillicPage("<meta charset=\"windows-1251\">").getBytes(Charset.forName("windows-1251"));
        ExtractedArticle a = ArticleExtractor.extract(raw, null, "page.html");
        assertThat(a.title()).isEqualTo(CYRILLIC_TITLE);
        assertThat(a.text()).isEqualTo(CYRILLIC_TEXT);
        assertThat(a.language()).isEqualTo("ru");
    }

    @Test
    void windows1251DeclaredInHttpEquiv() throws ArticleException {
        byte[] raw = cyrillicPage("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\">")
                .getBytes(Charset.forName("windows-1251"));
        assertThat(ArticleExtractor.extract(raw, null, "page").text()).isEqualTo(CYRILLIC_TEXT);
    }

    @Test
    void windows1251DeclaredInContentType() throws ArticleException {
        byte[] raw = cyrillicPage("").getBytes(Charset.forName("windows-1251"));
        ExtractedArticle a = ArticleExtractor.extract(raw, "text/html; charset=windows-1251", "https://x.example/");
        assertThat(a.text()).isEqualTo(CYRILLIC_TEXT);
    }

    static final String LATIN1_TEXT = "Le navire, arrêté à Dravik, transportait des fusées d'artillerie cachées"
            + " sous des sacs d'engrais, selon la douane qui a dénombré plus de quatre cents pièces.";

    @Test
    void iso88591DeclaredInMetaAndInContentType() throws ArticleException {
        String page = "<html><head><meta charset=iso-8859-1></head><body><article><p>" + LATIN1_TEXT
                + "</p></article></body></html>";
        byte[] raw = page.getBytes(StandardCharsets.ISO_8859_1);
        ExtractedArticle fromMeta = ArticleExtractor.extract(raw, null, "a.htm");
        assertThat(fromMeta.text()).isEqualTo(LATIN1_TEXT);
        assertThat(fromMeta.language()).isEqualTo("fr");
        byte[] bare = page.replace("<meta charset=iso-8859-1>", "").getBytes(StandardCharsets.ISO_8859_1);
        assertThat(ArticleExtractor.extract(bare, "text/html;charset=ISO-8859-1", "a")
                        .text())
                .isEqualTo(LATIN1_TEXT);
    }

    @Test
    void undeclaredNonUtf8FallsBackToWindows1252() throws ArticleException {
        String page = "<html><body><article><p>" + LATIN1_TEXT + " “Quoted.”</p></article></body></html>";
        byte[] raw = page.getBytes(Charset.forName("windows-1252"));
        assertThat(ArticleExtractor.extract(raw, null, "a.html").text()).isEqualTo(LATIN1_TEXT + " “Quoted.”");
    }

    @Test
    void utf8ByteOrderMarkWinsOverMeta() throws ArticleException {
        byte[] page = ("<html><head><meta charset=\"windows-1251\"></head><body><article><p>" + CYRILLIC_TEXT
                        + "</p></article></body></html>")
                .getBytes(StandardCharsets.UTF_8);
        byte[] raw = new byte[page.length + 3];
        raw[0] = (byte) 0xEF;
        raw[1] = (byte) 0xBB;
        raw[2] = (byte) 0xBF;
        System.arraycopy(page, 0, raw, 3, page.length);
        assertThat(ArticleExtractor.extract(raw, null, "bom.html").text()).isEqualTo(CYRILLIC_TEXT);
    }

    @Test
    void refusesEmptyInput() {
        assertThatThrownBy(() -> ArticleExtractor.extract(new byte[0], null, "empty.html"))
                .isInstanceOf(ArticleException.class)
                .hasMessage("empty.html: empty");
    }

    @Test
    void refusesBlankInputAndPagesWithoutText() {
        assertThatThrownBy(() -> ArticleExtractor.extract(" \n\t\n".getBytes(StandardCharsets.UTF_8), null, "b.txt"))
                .isInstanceOf(ArticleException.class)
                .hasMessage("b.txt: empty");
        byte[] chromeOnly =
                ("<html><body>" + CHROME_TOP + CHROME_BOTTOM + "</body></html>").getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> ArticleExtractor.extract(chromeOnly, "text/html", "c.html"))
                .isInstanceOf(ArticleException.class)
                .hasMessage("c.html: no article text found");
    }

    @Test
    void commentAuthorsAreNotTheByline() throws ArticleException {
        String html = "<html><body><div id=\"comments\"><span class=\"author\">Troll Nine</span><p>Nonsense.</p>"
                + "</div><article><p>Published <time datetime=\"2026-04-01\">today</time> by"
                + " <span class=\"byline\">Ines Tarr</span></p>" + paragraphs("p") + "</article></body></html>";
        ExtractedArticle a = ArticleExtractor.extract(html.getBytes(StandardCharsets.UTF_8), null, "c.html");
        assertThat(a.author()).isEqualTo("Ines Tarr");
        assertThat(a.published()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(a.outlet()).isNull();
        assertThat(a.text()).doesNotContain("Nonsense");
    }

    @Test
    void refusesBinaryInput() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        assertThatThrownBy(() -> ArticleExtractor.extract(png, null, "image.html"))
                .isInstanceOf(ArticleException.class)
                .hasMessage("image.html: binary, not text");
        byte[] controls = new byte[64];
        new Random(7).nextBytes(controls);
        for (int i = 0; i < controls.length; i++) {
            controls[i] = (byte) (1 + Math.floorMod(controls[i], 8));
        }
        assertThatThrownBy(() -> ArticleExtractor.extract(controls, null, "noise"))
                .hasMessage("noise: binary, not text");
    }

    @Test
    void refusesUnknownCharset() {
        byte[] raw = "<html><head><meta charset=\"klingon-8\"></head><body><p>x</p></body></html>"
                .getBytes(StandardCharsets.US_ASCII);
        assertThatThrownBy(() -> ArticleExtractor.extract(raw, null, "k.html"))
                .isInstanceOf(ArticleException.class)
                .hasMessage("k.html: unknown charset 'klingon-8'");
        assertThatThrownBy(() -> ArticleExtractor.extract(raw, "text/html; charset=bogus", "u"))
                .hasMessage("u: unknown charset 'bogus'");
    }

    @Test
    void refusesUndecodableText() {
        byte[] raw = {'a', 'b', (byte) 0xC3, (byte) 0x81, (byte) 0x81, 'c'};
        assertThatThrownBy(() -> ArticleExtractor.extract(raw, null, "bad.txt"))
                .isInstanceOf(ArticleException.class)
                .hasMessage("bad.txt: undecodable: neither UTF-8 nor windows-1252 text");
        byte[] notUtf8 = {'a', (byte) 0xE9, 'b'};
        assertThatThrownBy(() -> ArticleExtractor.extract(notUtf8, "text/plain; charset=utf-8", "d.txt"))
                .hasMessage("d.txt: undecodable: not valid UTF-8 text");
    }

    @Test
    void plainText() throws ArticleException {
        String text = "Freighter held in Dravik\n\n" + STORY.get(0).replace(" on Tuesday ", " on\nTuesday ") + "\n\n\n"
                + STORY.get(1) + "\r\n   \r\n" + STORY.get(2) + "\n";
        ExtractedArticle a = ArticleExtractor.extract(text.getBytes(StandardCharsets.UTF_8), null, "story.txt");
        assertThat(a.title()).isEqualTo("Freighter held in Dravik");
        assertThat(a.text()).isEqualTo(String.join("\n\n", STORY.subList(0, 3)));
        assertThat(a.author()).isEmpty();
        assertThat(a.published()).isNull();
        assertThat(a.outlet()).isNull();
        assertThat(a.language()).isEqualTo("en");
    }

    @Test
    void sniffsHtmlAndTextWithoutTypeOrExtension() throws ArticleException {
        byte[] html = OG_PAGE.getBytes(StandardCharsets.UTF_8);
        assertThat(ArticleExtractor.extract(html, null, "download").text()).doesNotContain("Accept all cookies");
        byte[] text = ("Title\n\n" + STORY.get(0)).getBytes(StandardCharsets.UTF_8);
        assertThat(ArticleExtractor.extract(text, null, "download").text()).isEqualTo(STORY.get(0));
    }

    @Test
    void markdown() throws ArticleException {
        String md = """
                # Freighter *held* in Dravik

                ![crates on the quay](img/crates.jpg)

                Customs officers in the port of **Dravik** held back a freighter on Tuesday
                after finding crates listed as [agricultural pumps](https://example.org/manifest).

                ## What was found

                - four hundred _artillery_ fuses
                - two rocket launchers
                1. first voyage
                2) second voyage

                > The crew was questioned.

                ```
                manifest_id = 42
                ```
                ---
                Its snake_case_name stays.
                """;
        ExtractedArticle a = ArticleExtractor.extract(md.getBytes(StandardCharsets.UTF_8), null, "story.md");
        assertThat(a.title()).isEqualTo("Freighter held in Dravik");
        assertThat(a.text()).isEqualTo("""
                Customs officers in the port of Dravik held back a freighter on Tuesday after finding crates \
                listed as agricultural pumps.

                What was found

                four hundred artillery fuses

                two rocket launchers

                first voyage

                second voyage

                The crew was questioned.

                manifest_id = 42

                Its snake_case_name stays.""");
    }

    @Test
    void readsIsoDatesWithAndWithoutOffset() {
        assertThat(ArticleExtractor.date("2026-03-10")).isEqualTo(LocalDate.of(2026, 3, 10));
        assertThat(ArticleExtractor.date("2026-03-10T23:59:00-05:00")).isEqualTo(LocalDate.of(2026, 3, 10));
        assertThat(ArticleExtractor.date("2026-03-10T08:00Z")).isEqualTo(LocalDate.of(2026, 3, 10));
        assertThat(ArticleExtractor.date("2026-03-10T08:00:00")).isEqualTo(LocalDate.of(2026, 3, 10));
        assertThat(ArticleExtractor.date("10 March 2026")).isNull();
    }

    @Test
    void plainTextDropsPageFurnitureAndTakesNoParagraphForTitle() throws ArticleException {
        String saved = "Skip to main content\n\nConvoy seen at the border\n\nShare this article\n\n"
                + "Trucks loaded with crates crossed the bridge before dawn, witnesses said.\n";
        ExtractedArticle a = ArticleExtractor.extract(saved.getBytes(StandardCharsets.UTF_8), null, "saved.txt");
        assertThat(a.title()).isEqualTo("Convoy seen at the border");
        assertThat(a.text()).isEqualTo("Trucks loaded with crates crossed the bridge before dawn, witnesses said.");

        String noHeadline = "x".repeat(120) + " " + "y".repeat(120) + "\n\nA second paragraph follows here.";
        ExtractedArticle b = ArticleExtractor.extract(noHeadline.getBytes(StandardCharsets.UTF_8), null, "n.txt");
        assertThat(b.title()).isEmpty();
        assertThat(b.text()).startsWith("xxx").endsWith("A second paragraph follows here.");
    }

    @Test
    void readsDatesWrittenOutInEnglish() {
        assertThat(ArticleExtractor.textDate("Published 12 September 2023, 10:04"))
                .isEqualTo(LocalDate.of(2023, 9, 12));
        assertThat(ArticleExtractor.textDate("By Lo Brandt, Staff Writer \u2014 Sept. 12, 2023"))
                .isEqualTo(LocalDate.of(2023, 9, 12));
        assertThat(ArticleExtractor.textDate("Posted on March 3rd 2026")).isEqualTo(LocalDate.of(2026, 3, 3));
        assertThat(ArticleExtractor.textDate("Updated Feb 30, 2024 then 1 Mar 2024"))
                .isEqualTo(LocalDate.of(2024, 3, 1));
        assertThat(ArticleExtractor.textDate("2025-01-31")).isEqualTo(LocalDate.of(2025, 1, 31));
        assertThat(ArticleExtractor.textDate("Mayor 12, 2023 and 3 Marsh 2020")).isNull();
        assertThat(ArticleExtractor.textDate(null)).isNull();
    }

    @Test
    void readsMicrodataAndAVisibleDateDropsLabelledAdsAndPullQuotes() throws ArticleException {
        String html = """
                <html><head><title>Ignored title</title></head><body>
                <article itemscope itemtype="https://schema.org/NewsArticle">
                <h1 itemprop="headline">Freighter held in Dravik</h1>
                <p class="dateline">Lo Brandt, Staff Writer &mdash; Sept. 12, 2023</p>
                <span itemprop="author" itemscope><span itemprop="name">Lo Brandt</span></span>
                <span itemprop="publisher" itemscope><meta itemprop="name" content="Dravik Evening Post"></span>
                <div class="body"><p>%s</p><blockquote class="pull"><p>%s</p></blockquote><p>%s</p>
                <p><font size="1">ADVERTISEMENT</font><br>Fly to the sun this winter with cheap fares</p>
                <p>%s</p><p>%s</p><p>%s</p>
                <div class="author-bio"><p>Lo Brandt has covered ports for a decade.</p></div>
                <div class="wp-caption-text"><p>A ship in the harbour.</p></div></div></article></body></html>
                """.formatted(STORY.get(0), STORY.get(4), STORY.get(1), STORY.get(2), STORY.get(3), STORY.get(4));
        ExtractedArticle a = ArticleExtractor.extract(html.getBytes(StandardCharsets.UTF_8), null, "p.html");
        assertThat(a.text()).isEqualTo(String.join("\n\n", STORY.subList(0, 5)));
        assertThat(a.title()).isEqualTo("Freighter held in Dravik");
        assertThat(a.author()).isEqualTo("Lo Brandt");
        assertThat(a.outlet()).isEqualTo("Dravik Evening Post");
        assertThat(a.published()).isEqualTo(LocalDate.of(2023, 9, 12));
    }

    @Test
    void headlineFromTheTitleOutletFromTheApplicationNameLinkListsAndDiscussionDropped() throws ArticleException {
        String html = """
                <html><head><title>Freighter held in Dravik | World | Dravik Evening Post</title>
                <meta name="application-name" content="Dravik Evening Post"></head><body><main>
                <h1>Freighter held in Dravik</h1><div class="content">%s
                <p><strong>More on this story</strong></p>
                <ul><li><a href="/a">Port strike ends after talks</a></li><li><a href="/b">Broker named</a></li></ul>
                </div><div id="discussion"><h2>Comments (12)</h2><p>Sign in to join the discussion.</p></div>
                </main></body></html>
                """.formatted(paragraphs("p"));
        ExtractedArticle a = ArticleExtractor.extract(html.getBytes(StandardCharsets.UTF_8), null, "p.html");
        assertThat(a.text()).isEqualTo(String.join("\n\n", STORY));
        assertThat(a.title()).isEqualTo("Freighter held in Dravik");
        assertThat(a.outlet()).isEqualTo("Dravik Evening Post");
    }

    @Test
    void paragraphsWrittenAsTextBetweenLineBreaksAreFound() throws ArticleException {
        String html = """
                <html><head><title>Convoy stopped at the border</title></head><body>
                <div class="top"><a href="/">Front page</a> | <a href="/local">Local</a> | <a href="/sport">Sport</a></div>
                <table><tr><td class="side"><a href="/a">Weather</a><br><a href="/b">Letters</a></td>
                <td>Border guards stopped a convoy of six lorries on Tuesday night and found crates of rifle rounds                 under sacks of flour, the regional customs office said.<br><br>
                The drivers told investigators they had been hired through an <b>online notice</b> and did not know                 what they were carrying.<br>
                Two of them were released on Wednesday morning.<br><br>
                Customs officers said the rounds matched a batch reported missing from a depot last spring.<br><br>
                <i>Copyright the Valley Courier</i></td></tr></table></body></html>""";
        ExtractedArticle a = ArticleExtractor.extract(html.getBytes(StandardCharsets.UTF_8), "text/html", "x.html");
        assertThat(a.text().split("\n\n"))
                .containsExactly(
                        "Border guards stopped a convoy of six lorries on Tuesday night and found crates of rifle rounds"
                                + " under sacks of flour, the regional customs office said.",
                        "The drivers told investigators they had been hired through an online notice and did not know"
                                + " what they were carrying. Two of them were released on Wednesday morning.",
                        "Customs officers said the rounds matched a batch reported missing from a depot last spring.");
    }
}
