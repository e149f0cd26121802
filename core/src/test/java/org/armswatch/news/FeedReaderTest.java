package org.armswatch.news;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FeedReaderTest {
    private static final String SOURCE = "https://news.example.org/feeds/world.xml";

    private static Feed read(String xml) throws FeedException {
        return FeedReader.read(xml.getBytes(StandardCharsets.UTF_8), SOURCE);
    }

    private static FeedItem only(String xml) throws FeedException {
        List<FeedItem> items = read(xml).items();
        assertThat(items).hasSize(1);
        return items.get(0);
    }

    private static String rssItem(String itemXml) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
                     xmlns:dc="http://purl.org/dc/elements/1.1/">
                  <channel>
                    <title>Embargo Watch</title>
                    <item>%s</item>
                  </channel>
                </rss>
                """.formatted(itemXml);
    }

    private static String atomEntry(String entryXml) {
        return """
                <feed xmlns="http://www.w3.org/2005/Atom">
                  <title>Embargo Watch</title>
                  <entry>%s</entry>
                </feed>
                """.formatted(entryXml);
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static String messageOf(String xml) {
        try {
            read(xml);
        } catch (FeedException e) {
            return e.getMessage();
        }
        throw new AssertionError("no FeedException for " + xml);
    }

    @Test
    void readsAnRss2FeedWithItsItemsInDocumentOrder() throws FeedException {
        Feed feed = read("""
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0">
                  <channel>
                    <title>  Embargo   Watch  </title>
                    <link>https://news.example.org/</link>
                    <description>Shipments, sanctions and seizures</description>
                    <item>
                      <title>Customs officers seize rifle parts bound for a blockaded port</title>
                      <link>https://news.example.org/2025/06/rifle-parts</link>
                      <guid isPermaLink="false">news-example-4711</guid>
                      <pubDate>Tue, 03 Jun 2025 09:39:21 GMT</pubDate>
                      <description>Inspectors found the parts in crates labelled as farm machinery.</description>
                    </item>
                    <item>
                      <title>Council extends the arms embargo by a year</title>
                      <link>https://news.example.org/2025/06/embargo-extended</link>
                      <guid>https://news.example.org/?p=4712</guid>
                      <pubDate>Wed, 04 Jun 2025 18:00:00 +0200</pubDate>
                    </item>
                  </channel>
                </rss>
                """);

        assertThat(feed.title()).isEqualTo("Embargo Watch");
        assertThat(feed.format()).isEqualTo("rss");
        assertThat(feed.items())
                .containsExactly(
                        new FeedItem(
                                "news-example-4711",
                                URI.create("https://news.example.org/2025/06/rifle-parts"),
                                "Customs officers seize rifle parts bound for a blockaded port",
                                Instant.parse("2025-06-03T09:39:21Z"),
                                "Inspectors found the parts in crates labelled as farm machinery."),
                        new FeedItem(
                                "https://news.example.org/?p=4712",
                                URI.create("https://news.example.org/2025/06/embargo-extended"),
                                "Council extends the arms embargo by a year",
                                Instant.parse("2025-06-04T16:00:00Z"),
                                ""));
    }

    @Test
    void readsRss091AsRss() throws FeedException {
        Feed feed = read("""
                <rss version="0.91"><channel><title>Old wire</title>
                  <item><title>Freighter turned back at the strait</title>
                  <link>https://wire.example.net/a/1</link></item>
                </channel></rss>
                """);

        assertThat(feed.format()).isEqualTo("rss");
        assertThat(feed.items()).extracting(FeedItem::id).containsExactly("https://wire.example.net/a/1");
    }

    @Test
    void cdataDescriptionWithHtmlBecomesPlainText() throws FeedException {
        FeedItem item = only(rssItem("""
                <title>Drone deliveries continue despite the ban</title>
                <guid>d-1</guid>
                <description><![CDATA[<p>Satellite images show <b>three</b> cargo flights &amp; a convoy.</p>
                  <p>Officials declined&nbsp;to comment.</p><script>track()</script>]]></description>
                """));

        assertThat(item.summary())
                .isEqualTo("Satellite images show three cargo flights & a convoy. Officials declined to comment.");
    }

    @Test
    void escapedHtmlInADescriptionBecomesPlainText() throws FeedException {
        FeedItem item = only(rssItem("""
                <guid>d-2</guid>
                <description>&lt;p&gt;Brokers used &lt;a href="https://x.example"&gt;shell firms&lt;/a&gt;
                  to move &amp;quot;spare parts&amp;quot;.&lt;/p&gt;</description>
                """));

        assertThat(item.summary()).isEqualTo("Brokers used shell firms to move \"spare parts\".");
    }

    @Test
    void tagsLeftUnescapedInADescriptionStillSeparateItsParagraphs() throws FeedException {
        FeedItem item = only(rssItem("""
                <guid>d-3</guid>
                <description><p>Crates were <b>opened</b> at the border.</p><p>Nothing was declared.</p></description>
                """));

        assertThat(item.summary()).isEqualTo("Crates were opened at the border. Nothing was declared.");
    }

    @Test
    void anUnparseablePubDateFallsBackToDcDate() throws FeedException {
        FeedItem item =
                only(rssItem("<guid>d-4</guid><pubDate>last Tuesday</pubDate><dc:date>2025-06-03T12:00:00Z</dc:date>"));

        assertThat(item.published()).isEqualTo(Instant.parse("2025-06-03T12:00:00Z"));
    }

    @Test
    void contentEncodedIsTheSummaryWhenThereIsNoDescriptionWhateverItsPrefix() throws FeedException {
        FeedItem item = only("""
                <rss version="2.0" xmlns:body="http://purl.org/rss/1.0/modules/content/">
                  <channel><item>
                    <guid>c-1</guid>
                    <encoded>An element in no namespace is not content:encoded.</encoded>
                    <body:encoded><![CDATA[<div>The tribunal heard that <em>artillery shells</em> were
                      relabelled twice.</div>]]></body:encoded>
                  </item></channel>
                </rss>
                """);

        assertThat(item.summary()).isEqualTo("The tribunal heard that artillery shells were relabelled twice.");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Sanctions &amp; shipments                                | Sanctions & shipments
            Sanctions &amp;amp; shipments                            | Sanctions & shipments
            The minister&amp;#8217;s denial                          | The minister’s denial
            The minister&#8217;s denial                              | The minister’s denial
            &lt;b&gt;Breaking:&lt;/b&gt; embargo breached            | Breaking: embargo breached
            <![CDATA[Tanks <i>and</i> trucks]]>                      | Tanks and trucks
            <![CDATA[Exports fell 5% as 3 < 4 rules tightened]]>     | Exports fell 5% as 3 < 4 rules tightened
            '  Line one\\n\\t  line two  '                             | Line one line two
            """)
    void titlesArePlainTextWithEntitiesDecoded(String titleXml, String expected) throws FeedException {
        FeedItem item = only(
                rssItem("<guid>t</guid><title>" + titleXml.replace("\\n", "\n").replace("\\t", "\t") + "</title>"));

        assertThat(item.title()).isEqualTo(expected);
    }

    @Test
    void withoutAGuidTheLinkIsTheId() throws FeedException {
        FeedItem item = only(rssItem("""
                <title>Port authority reports a second suspicious cargo</title>
                <link>https://news.example.org/2025/06/second-cargo</link>
                """));

        assertThat(item.id()).isEqualTo("https://news.example.org/2025/06/second-cargo");
    }

    @Test
    void aPermalinkGuidIsTheLinkWhenThereIsNoLink() throws FeedException {
        FeedItem permalink = only(rssItem("<guid>https://news.example.org/p/77</guid>"));
        FeedItem notPermalink = only(rssItem("<guid isPermaLink=\"false\">https://news.example.org/p/78</guid>"));

        assertThat(permalink.link()).isEqualTo(URI.create("https://news.example.org/p/77"));
        assertThat(notPermalink.link()).isNull();
        assertThat(notPermalink.id()).isEqualTo("https://news.example.org/p/78");
    }

    @Test
    void withoutGuidAndLinkTheIdIsAHashOfTitleAndDateThatIsStableAcrossRuns() throws Exception {
        String xml = rssItem("""
                <title>Envoys trade accusations over intercepted missiles</title>
                <pubDate>Fri, 06 Jun 2025 07:15:00 GMT</pubDate>
                <description>No link was given for this story.</description>
                """);

        FeedItem item = only(xml);

        assertThat(item.link()).isNull();
        assertThat(item.id())
                .isEqualTo(sha256("Envoys trade accusations over intercepted missiles\nFri, 06 Jun 2025 07:15:00 GMT"))
                .isEqualTo(only(xml).id());
    }

    @Test
    void itemsWithNoIdentityButTheirTextStillGetDistinctIds() throws FeedException {
        Feed feed = read("""
                <rss version="2.0"><channel>
                  <item><description>First untitled note about export licences.</description></item>
                  <item><description>Second untitled note about export licences.</description></item>
                </channel></rss>
                """);

        assertThat(feed.items()).extracting(FeedItem::id).doesNotContain("").doesNotHaveDuplicates();
    }

    @Test
    void relativeLinksAreResolvedAgainstTheFeedUrl() throws FeedException {
        FeedItem item = only(rssItem("<title>Relative</title><link>../2025/06/relative-story?ref=rss</link>"));

        assertThat(item.link()).isEqualTo(URI.create("https://news.example.org/2025/06/relative-story?ref=rss"));
        assertThat(item.id()).isEqualTo("https://news.example.org/2025/06/relative-story?ref=rss");
    }

    @Test
    void aRelativeLinkInAFeedReadFromAFileIsDropped() throws FeedException {
        Feed feed = FeedReader.read(
                rssItem("<title>Relative</title><link>/2025/06/story</link>").getBytes(StandardCharsets.UTF_8),
                "feeds/world.xml");

        assertThat(feed.items().get(0).link()).isNull();
    }

    @Test
    void linksWithSpacesOrNonAsciiLettersAreEscaped() throws FeedException {
        FeedItem item = only(rssItem("<guid>x</guid><link> https://news.example.org/tags/défense aérienne </link>"));

        assertThat(item.link()).isEqualTo(URI.create("https://news.example.org/tags/d%C3%A9fense%20a%C3%A9rienne"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "javascript:alert(document.cookie)",
                "JavaScript:void(0)",
                "mailto:desk@news.example.org",
                "ftp://files.example.org/report.pdf",
                "data:text/html,hello",
                "http://",
                "https://news.example.org/a#b#c"
            })
    void onlyWebLinksAreKept(String href) throws Exception {
        FeedItem item = only(rssItem("<title>Unsafe link</title><link>" + href + "</link>"));

        assertThat(item.link()).isNull();
        assertThat(item.id()).isEqualTo(sha256("Unsafe link\n"));
    }

    @Test
    void readsAnRss1Feed() throws FeedException {
        Feed feed = read("""
                <?xml version="1.0"?>
                <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
                         xmlns="http://purl.org/rss/1.0/"
                         xmlns:dc="http://purl.org/dc/elements/1.1/">
                  <channel rdf:about="https://monitor.example.com/">
                    <title>Arms Transfer Monitor</title>
                    <items><rdf:Seq><rdf:li rdf:resource="https://monitor.example.com/r/1"/></rdf:Seq></items>
                  </channel>
                  <item rdf:about="https://monitor.example.com/r/1">
                    <title>Helicopter spares traced to a front company</title>
                    <link>https://monitor.example.com/r/1</link>
                    <description>Invoices list the buyer as a fishing cooperative.</description>
                    <dc:date>2025-05-30T14:20:00+03:00</dc:date>
                  </item>
                  <item>
                    <title>Second report without about</title>
                    <link>/r/2</link>
                    <dc:date>2025-05-31</dc:date>
                  </item>
                </rdf:RDF>
                """);

        assertThat(feed.title()).isEqualTo("Arms Transfer Monitor");
        assertThat(feed.format()).isEqualTo("rdf");
        assertThat(feed.items())
                .containsExactly(
                        new FeedItem(
                                "https://monitor.example.com/r/1",
                                URI.create("https://monitor.example.com/r/1"),
                                "Helicopter spares traced to a front company",
                                Instant.parse("2025-05-30T11:20:00Z"),
                                "Invoices list the buyer as a fishing cooperative."),
                        new FeedItem(
                                "https://news.example.org/r/2",
                                URI.create("https://news.example.org/r/2"),
                                "Second report without about",
                                Instant.parse("2025-05-31T00:00:00Z"),
                                ""));
    }

    @Test
    void readsAnAtomFeedResolvingLinksAgainstXmlBase() throws FeedException {
        Feed feed = read("""
                <?xml version="1.0" encoding="utf-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://atom.example.com/news/">
                  <title type="text">Sanctions Desk</title>
                  <id>urn:uuid:5b0f3c1e-0000-4000-8000-000000000001</id>
                  <updated>2025-06-05T10:00:00Z</updated>
                  <entry>
                    <title type="html">Broker &lt;em&gt;charged&lt;/em&gt; over night-vision exports</title>
                    <id>tag:atom.example.com,2025:entry-1</id>
                    <link rel="self" type="application/atom+xml" href="/api/entries/1"/>
                    <link rel="alternate" type="application/pdf" href="files/indictment.pdf"/>
                    <link rel="alternate" type="text/html" href="2025/broker-charged"/>
                    <published>2025-06-05T08:30:00-04:00</published>
                    <updated>2025-06-05T09:00:00-04:00</updated>
                    <summary type="html">&lt;p&gt;Prosecutors say the goggles went via &lt;b&gt;two&lt;/b&gt; countries.&lt;/p&gt;</summary>
                    <content type="html">&lt;p&gt;Longer text.&lt;/p&gt;</content>
                  </entry>
                  <entry xml:base="/archive/">
                    <title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">Ships <b>go dark</b> near the &lt;zone&gt;</div></title>
                    <id>tag:atom.example.com,2025:entry-2</id>
                    <link href="ships-go-dark"/>
                    <updated>2025-06-04T22:00:00Z</updated>
                    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Transponders were off</p><p>for six days.</p></div></content>
                  </entry>
                </feed>
                """);

        assertThat(feed.title()).isEqualTo("Sanctions Desk");
        assertThat(feed.format()).isEqualTo("atom");
        assertThat(feed.items())
                .containsExactly(
                        new FeedItem(
                                "tag:atom.example.com,2025:entry-1",
                                URI.create("https://atom.example.com/news/2025/broker-charged"),
                                "Broker charged over night-vision exports",
                                Instant.parse("2025-06-05T12:30:00Z"),
                                "Prosecutors say the goggles went via two countries."),
                        new FeedItem(
                                "tag:atom.example.com,2025:entry-2",
                                URI.create("https://atom.example.com/archive/ships-go-dark"),
                                "Ships go dark near the <zone>",
                                Instant.parse("2025-06-04T22:00:00Z"),
                                "Transponders were off for six days."));
    }

    @Test
    void atomTextTitlesAreLiteral() throws FeedException {
        FeedItem item = only(atomEntry("""
                <id>e</id><title>Why 3 &lt; 4 &amp;amp; more <!-- not shown --> rules</title>
                """));

        assertThat(item.title()).isEqualTo("Why 3 < 4 &amp; more rules");
    }

    @Test
    void anAtomLinkWithoutRelIsTheAlternateAndTextHtmlIsPreferred() throws FeedException {
        FeedItem untyped = only(atomEntry("""
                <id>e</id>
                <link rel="enclosure" href="https://cdn.example.com/clip.mp4"/>
                <link href="https://atom.example.com/untyped"/>
                <link rel="alternate" type="application/json" href="https://atom.example.com/json"/>
                """));
        FeedItem html = only(atomEntry("""
                <id>e</id>
                <link href="https://atom.example.com/untyped"/>
                <link rel="alternate" type="text/html; charset=utf-8" href="https://atom.example.com/html"/>
                """));
        FeedItem iana = only(atomEntry("""
                <id>e</id>
                <link rel="http://www.iana.org/assignments/relation/alternate" href="https://atom.example.com/iana"/>
                """));

        assertThat(untyped.link()).isEqualTo(URI.create("https://atom.example.com/untyped"));
        assertThat(html.link()).isEqualTo(URI.create("https://atom.example.com/html"));
        assertThat(iana.link()).isEqualTo(URI.create("https://atom.example.com/iana"));
    }

    @Test
    void anAtomEntryWithoutIdTakesItsLinkAndAJavascriptLinkIsDropped() throws FeedException {
        FeedItem linked = only(atomEntry("<title>Linked</title><link href=\"/news/linked\"/>"));
        FeedItem scripted = only(atomEntry("<title>Scripted</title><link href=\"javascript:steal()\"/>"));

        assertThat(linked.id()).isEqualTo("https://news.example.org/news/linked");
        assertThat(scripted.link()).isNull();
        assertThat(scripted.id()).hasSize(64).matches("[0-9a-f]+");
    }

    @Test
    void atomContentIsTheSummaryWhenThereIsNoneUnlessItIsOutOfLineOrBinary() throws FeedException {
        FeedItem inline = only(atomEntry("<id>e</id><content>Plain text content.</content>"));
        FeedItem outOfLine = only(atomEntry("<id>e</id><content src=\"https://atom.example.com/body\"/>"));
        FeedItem binary = only(atomEntry("<id>e</id><content type=\"image/png\">iVBORw0KGgo=</content>"));

        assertThat(inline.summary()).isEqualTo("Plain text content.");
        assertThat(outOfLine.summary()).isEmpty();
        assertThat(binary.summary()).isEmpty();
    }

    @Test
    void atomPublishedIsPreferredToUpdatedWhichIsTheFallback() throws FeedException {
        FeedItem both = only(atomEntry(
                "<id>e</id><published>2025-01-02T03:04:05Z</published><updated>2025-02-01T00:00:00Z</updated>"));
        FeedItem badPublished =
                only(atomEntry("<id>e</id><published>someday</published><updated>2025-02-01T00:00:00Z</updated>"));

        assertThat(both.published()).isEqualTo(Instant.parse("2025-01-02T03:04:05Z"));
        assertThat(badPublished.published()).isEqualTo(Instant.parse("2025-02-01T00:00:00Z"));
    }

    @Test
    void elementsAreMatchedByNamespaceNotByPrefix() throws FeedException {
        Feed feed = read("""
                <a:feed xmlns:a="http://www.w3.org/2005/Atom" xmlns="http://example.com/other">
                  <a:title>Prefixed</a:title>
                  <title>Not the Atom title</title>
                  <a:entry><a:id>p-1</a:id><a:title>Prefixed entry</a:title></a:entry>
                  <entry><id>not-an-atom-entry</id></entry>
                </a:feed>
                """);

        assertThat(feed.title()).isEqualTo("Prefixed");
        assertThat(feed.items()).extracting(FeedItem::id).containsExactly("p-1");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Tue, 03 Jun 2025 09:39:21 GMT          | 2025-06-03T09:39:21Z
            Tue, 3 Jun 2025 09:39:21 GMT           | 2025-06-03T09:39:21Z
            03 Jun 2025 09:39:21 +0000             | 2025-06-03T09:39:21Z
            Tue, 03 Jun 2025 11:39:21 +0200        | 2025-06-03T09:39:21Z
            Tue, 03 Jun 2025 11:39:21 +02:00       | 2025-06-03T09:39:21Z
            Tue, 03 Jun 2025 05:39:21 -0400        | 2025-06-03T09:39:21Z
            Tue, 03 Jun 2025 09:39:21 UT           | 2025-06-03T09:39:21Z
            Tue, 03 Jun 2025 09:39:21 UTC          | 2025-06-03T09:39:21Z
            Tue, 03 Jun 2025 09:39:21 Z            | 2025-06-03T09:39:21Z
            Tue, 03 Jun 2025 04:39:21 EST          | 2025-06-03T09:39:21Z
            Tue, 03 Jun 2025 05:39:21 EDT          | 2025-06-03T09:39:21Z
            Tue, 03 Jun 2025 03:39:21 CST          | 2025-06-03T09:39:21Z
            Tue, 03 Jun 2025 01:39:21 PST          | 2025-06-03T09:39:21Z
            Tue, 03 Jun 2025 02:39:21 PDT          | 2025-06-03T09:39:21Z
            Tue, 03 Jun 2025 11:39:21 CEST         | 2025-06-03T09:39:21Z
            Tue, 03 Jun 2025 09:39:21 +0000 (UTC)  | 2025-06-03T09:39:21Z
            tue, 03 jun 2025 09:39:21 gmt          | 2025-06-03T09:39:21Z
            Tuesday, 03 June 2025 09:39:21 GMT     | 2025-06-03T09:39:21Z
            Tue, 03 Jun 2025 09:39 GMT             | 2025-06-03T09:39:00Z
            Tue, 03 Jun 2025 9:39:21 GMT           | 2025-06-03T09:39:21Z
            Tue, 03 Jun 2025 09:39:21              | 2025-06-03T09:39:21Z
            Tue, 03 Jun 25 09:39:21 GMT            | 2025-06-03T09:39:21Z
            Thu, 03 Jun 99 09:39:21 GMT            | 1999-06-03T09:39:21Z
            Sun, 14 Sept 2025 10:00:00 GMT         | 2025-09-14T10:00:00Z
            03 Jun 2025                            | 2025-06-03T00:00:00Z
            2025-06-03T09:39:21Z                   | 2025-06-03T09:39:21Z
            2025-06-03t09:39:21z                   | 2025-06-03T09:39:21Z
            2025-06-03T11:39:21+02:00              | 2025-06-03T09:39:21Z
            2025-06-03T11:39:21+0200               | 2025-06-03T09:39:21Z
            2025-06-03T11:39:21+02                 | 2025-06-03T09:39:21Z
            2025-06-03T05:09:21-04:30              | 2025-06-03T09:39:21Z
            2025-06-03T09:39:21.250Z               | 2025-06-03T09:39:21.250Z
            2025-06-03T09:39:21.123456789123Z      | 2025-06-03T09:39:21.123456789Z
            2025-06-03T09:39:21                    | 2025-06-03T09:39:21Z
            2025-06-03 09:39:21                    | 2025-06-03T09:39:21Z
            2025-06-03T09:39Z                      | 2025-06-03T09:39:00Z
            2025-06-03                             | 2025-06-03T00:00:00Z
            """)
    void datesInTheirRealWorldVariantsAreRead(String written, String expected) throws FeedException {
        FeedItem rss = only(rssItem("<guid>d</guid><pubDate>  " + written + "  </pubDate>"));
        FeedItem dc = only(rssItem("<guid>d</guid><dc:date>" + written + "</dc:date>"));

        assertThat(rss.published()).isEqualTo(Instant.parse(expected));
        assertThat(dc.published()).isEqualTo(Instant.parse(expected));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "yesterday",
                "03/06/2025",
                "2025-13-03T00:00:00Z",
                "2025-06-03T25:00:00Z",
                "2025-06",
                "Tue, 31 Feb 2025 10:00:00 GMT",
                "Tue, 03 Juni 2025 10:00:00 GMT",
                "Tue, 03 Jun 2025 10:00:00 XYZ",
                "Tue, 03 Jun 2025 10:00:00 +2500",
                "Tue, 03 Jun 2025 10:00:00 GMT trailing words"
            })
    void unparseableDatesAreNullNotErrors(String written) throws FeedException {
        FeedItem rss = only(rssItem("<guid>d</guid><pubDate>" + written + "</pubDate>"));
        FeedItem atom = only(atomEntry("<id>d</id><published>" + written + "</published>"));

        assertThat(rss.published()).isNull();
        assertThat(atom.published()).isNull();
    }

    @Test
    void aDoctypeWithAnEntityIsRefusedAndTheEntityNeverExpanded() {
        String xml = """
                <?xml version="1.0"?>
                <!DOCTYPE rss [
                  <!ENTITY secret "EXPANDED-ENTITY-TEXT">
                ]>
                <rss version="2.0"><channel><title>&secret;</title></channel></rss>
                """;

        assertThat(messageOf(xml))
                .isEqualTo(SOURCE + ": a DOCTYPE is not accepted in a feed (line 2)")
                .doesNotContain("EXPANDED");
    }

    @Test
    void externalEntitiesAndEntityExpansionBombsAreRefused() {
        String external = """
                <?xml version="1.0"?>
                <!DOCTYPE rss [<!ENTITY file SYSTEM "file:///etc/passwd">]>
                <rss version="2.0"><channel><title>&file;</title></channel></rss>
                """;
        StringBuilder bomb = new StringBuilder("<!DOCTYPE feed [\n<!ENTITY l0 \"ha\">\n");
        for (int i = 1; i <= 10; i++) {
            bomb.append("<!ENTITY l%d \"%s\">\n".formatted(i, ("&l" + (i - 1) + ";").repeat(10)));
        }
        bomb.append("]>\n<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>&l10;</title></feed>");

        assertThat(messageOf(external)).isEqualTo(SOURCE + ": a DOCTYPE is not accepted in a feed (line 2)");
        assertThat(messageOf(bomb.toString())).isEqualTo(SOURCE + ": a DOCTYPE is not accepted in a feed (line 1)");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            '<rss version="2.0">\\n<channel>\\n  <title>Open</channel>\\n</rss>'   | line 3, column 16: | must be terminated
            '<rss version="2.0"><channel><title>A &nbsp; B</title></channel></rss>' | line 1, column 44: | nbsp
            '<rss version="2.0"><channel><title>cut off'                          | line 1, column 43: | must start and end within the same entity
            '<rss version="2.0"></rss>\\n<rss/>'                                   | line 2, column 2:  | following the root element
            '<rss version="2.0" version="1"></rss>'                               | line 1, column 32: | attribute not unique (rss, version)
            """)
    void malformedXmlIsAnErrorWithLineAndColumn(String xml, String position, String detail) {
        String message = messageOf(xml.replace("\\n", "\n"));

        assertThat(message).startsWith(SOURCE + ": " + position + " ").contains(detail);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            '<!DOCTYPE html>\\n<html lang="en"><head><meta charset="utf-8"><title>Home</title></head></html>' | html
            '<!doctype html><html><body><p>Not a feed<br></body></html>'                                    | html
            '<!-- served by a CMS -->\\n<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01//EN"><html></html>'    | html
            '<html><head><meta charset="utf-8"><title>Home</title></head><body><p>Text</body></html>'       | html
            '<html xmlns="http://www.w3.org/1999/xhtml"><body/></html>'                                      | html xmlns="http://www.w3.org/1999/xhtml"
            '<feed><title>Atom without its namespace</title></feed>'                                        | feed
            '<rdf:RDF xmlns:rdf="urn:not-rdf"/>'                                                            | rdf:RDF xmlns:rdf="urn:not-rdf"
            '<channel><title>No rss root</title></channel>'                                                 | channel
            """)
    void aDocumentThatIsNotAFeedIsRefusedNamingItsRoot(String xml, String root) {
        assertThat(messageOf(xml.replace("\\n", "\n")))
                .isEqualTo(SOURCE + ": not an RSS or Atom feed (root element <" + root + ">)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\n\t\r\n ", "\uFEFF", "\uFEFF  \n"})
    void emptyOrBlankInputIsAnError(String text) {
        assertThatThrownBy(() -> FeedReader.read(text.getBytes(StandardCharsets.UTF_8), SOURCE))
                .isInstanceOf(FeedException.class)
                .hasMessage(SOURCE + ": empty");
    }

    @Test
    void theDeclaredEncodingIsHonoured() throws FeedException {
        byte[] latin1 = """
                <?xml version="1.0" encoding="ISO-8859-1"?>
                <rss version="2.0"><channel><title>Zürich Défense</title>
                  <item><guid>l-1</guid><title>Prix à l'export : £5m d'amendes</title></item>
                </channel></rss>
                """.getBytes(StandardCharsets.ISO_8859_1);

        Feed feed = FeedReader.read(latin1, SOURCE);

        assertThat(feed.title()).isEqualTo("Zürich Défense");
        assertThat(feed.items().get(0).title()).isEqualTo("Prix à l'export : £5m d'amendes");
    }

    @Test
    void aByteOrderMarkIsHonoured() throws FeedException {
        String xml = "\uFEFF<rss version=\"2.0\"><channel><title>Überwachung</title></channel></rss>";

        assertThat(FeedReader.read(xml.getBytes(StandardCharsets.UTF_8), SOURCE).title())
                .isEqualTo("Überwachung");
        assertThat(FeedReader.read(xml.getBytes(StandardCharsets.UTF_16BE), SOURCE)
                        .title())
                .isEqualTo("Überwachung");
        assertThat(FeedReader.read(xml.getBytes(StandardCharsets.UTF_16LE), SOURCE)
                        .title())
                .isEqualTo("Überwachung");
    }

    @Test
    void latin1BytesWithoutADeclarationAreAnErrorAtTheirPosition() {
        byte[] raw = "<rss version=\"2.0\">\n<channel><title>Zürich</title></channel></rss>"
                .getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> FeedReader.read(raw, SOURCE))
                .isInstanceOf(FeedException.class)
                .hasMessage(SOURCE + ": line 2, column 18: bytes that are not valid UTF-8");
    }

    @Test
    void anUnknownDeclaredEncodingIsAnError() {
        byte[] raw = "<?xml version=\"1.0\" encoding=\"x-no-such-charset\"?><rss/>".getBytes(StandardCharsets.US_ASCII);

        assertThatThrownBy(() -> FeedReader.read(raw, SOURCE))
                .isInstanceOf(FeedException.class)
                .hasMessage(SOURCE + ": line 1, column 31: unknown encoding 'x-no-such-charset'");
    }

    @Test
    void aFeedWithoutTitleOrItemsIsEmptyNotAnError() throws FeedException {
        assertThat(read("<rss version=\"2.0\"><channel/></rss>")).isEqualTo(new Feed("", "rss", List.of()));
        assertThat(read("<rss version=\"2.0\"/>")).isEqualTo(new Feed("", "rss", List.of()));
        assertThat(read("<feed xmlns=\"http://www.w3.org/2005/Atom\"/>")).isEqualTo(new Feed("", "atom", List.of()));
    }

    @Test
    void deeplyNestedElementsAreRefused() {
        String xml = "<rss>" + "<x>".repeat(FeedXml.MAX_DEPTH) + "</x>".repeat(FeedXml.MAX_DEPTH) + "</rss>";

        assertThat(messageOf(xml)).startsWith(SOURCE + ": line 1, column ").endsWith("nested more than 64 deep");
    }

    @Test
    void anItemIdIsNeverEmpty() {
        assertThatThrownBy(() -> new FeedItem("", null, "", null, "")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theItemsListCannotBeModified() throws FeedException {
        Feed feed = read(rssItem("<guid>u</guid>"));

        assertThatThrownBy(() -> feed.items().clear()).isInstanceOf(UnsupportedOperationException.class);
    }
}
