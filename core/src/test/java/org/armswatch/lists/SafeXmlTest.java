package org.armswatch.lists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.xml.stream.XMLStreamConstants;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SafeXmlTest {
    private static final Path FILE = Path.of("/lists/sample.xml");

    @TempDir
    Path dir;

    private static SafeXml open(String xml) throws ListRefusedException {
        return SafeXml.open(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), FILE);
    }

    /** Reads every event to the end of the document. */
    private static List<String> drain(SafeXml xml) throws ListRefusedException {
        List<String> starts = new ArrayList<>();
        while (xml.hasNext()) {
            if (xml.next() == XMLStreamConstants.START_ELEMENT) {
                starts.add(xml.name());
            }
        }
        return starts;
    }

    /** Moves to the next start element with this local name. */
    private static void to(SafeXml xml, String name) throws ListRefusedException {
        while (xml.hasNext()) {
            if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.name().equals(name)) {
                return;
            }
        }
        throw new AssertionError("no element " + name);
    }

    @Test
    void readsAPlainDocument() throws ListRefusedException {
        assertThat(drain(open("<?xml version=\"1.0\"?>\n<list><entry/><entry><name>x</name></entry></list>")))
                .containsExactly("list", "entry", "entry", "name");
    }

    @Test
    void bytesThatAreNotUtf8AreRefusedWithoutTheParserPrintingAnything() {
        byte[] bad = "<list><name>ab\u00ffcd</name></list>".getBytes(StandardCharsets.ISO_8859_1);
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            assertThatThrownBy(() -> drain(SafeXml.open(new ByteArrayInputStream(bad), FILE)))
                    .isInstanceOf(ListRefusedException.class)
                    .hasMessageStartingWith(FILE + ": holds bytes that are not valid text in its encoding");
        } finally {
            System.setErr(original);
        }
        assertThat(captured.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void theDeclaredEncodingIsHonoured() throws ListRefusedException {
        byte[] latin1 = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><list><name>J\u00e9r\u00f4me</name></list>"
                .getBytes(StandardCharsets.ISO_8859_1);
        SafeXml xml = SafeXml.open(new ByteArrayInputStream(latin1), FILE);
        to(xml, "name");
        assertThat(xml.text()).isEqualTo("J\u00e9r\u00f4me");
    }

    @Test
    void aByteOrderMarkIsSkipped() throws ListRefusedException {
        byte[] withBom = ("\ufeff<list><entry/></list>").getBytes(StandardCharsets.UTF_8);
        assertThat(drain(SafeXml.open(new ByteArrayInputStream(withBom), FILE))).containsExactly("list", "entry");
    }

    @Test
    void anUnknownDeclaredEncodingIsRefused() {
        byte[] xml = "<?xml version=\"1.0\" encoding=\"klingon-8\"?><list/>".getBytes(StandardCharsets.US_ASCII);
        assertThatThrownBy(() -> SafeXml.open(new ByteArrayInputStream(xml), FILE))
                .isInstanceOf(ListRefusedException.class)
                .hasMessageContaining("unknown encoding 'klingon-8'");
    }

    @Test
    void aDoctypeIsRefusedNamingTheFile() {
        String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE list>\n<list><entry/></list>";
        assertThatThrownBy(() -> drain(open(xml)))
                .isInstanceOf(ListRefusedException.class)
                .hasMessageStartingWith(FILE.toString())
                .hasMessageContaining("DOCTYPE");
    }

    @Test
    void entityExpansionDefinitionsAreRefused() {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n <!ENTITY lol \"lol\">\n");
        for (int i = 1; i <= 9; i++) {
            xml.append(" <!ENTITY lol")
                    .append(i)
                    .append(" \"")
                    .append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10))
                    .append("\">\n");
        }
        xml.append("]>\n<lolz>&lol9;</lolz>");
        assertThatThrownBy(() -> drain(open(xml.toString())))
                .isInstanceOf(ListRefusedException.class)
                .hasMessageStartingWith(FILE.toString())
                .hasMessageContaining("DOCTYPE");
    }

    @Test
    void anExternalEntityIsRefusedAndNeverRead() {
        String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE foo [ <!ENTITY xxe SYSTEM \"file:///etc/passwd\"> ]>\n"
                + "<foo><name>&xxe;</name></foo>";
        assertThatThrownBy(() -> {
                    SafeXml x = open(xml);
                    to(x, "name");
                    x.text();
                })
                .isInstanceOf(ListRefusedException.class)
                .hasMessageStartingWith(FILE.toString())
                .hasMessageContaining("DOCTYPE")
                .hasMessageNotContaining("root:");
    }

    @Test
    void anExternalEntityOnTheNetworkIsNeverFetched() throws IOException {
        AtomicInteger requests = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            byte[] body = "SECRET".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/x.dtd";
            String[] documents = {
                "<!DOCTYPE foo [ <!ENTITY xxe SYSTEM \"" + url + "\"> ]><foo>&xxe;</foo>",
                "<!DOCTYPE foo SYSTEM \"" + url + "\"><foo/>",
                "<!DOCTYPE foo [ <!ENTITY % p SYSTEM \"" + url + "\"> %p; ]><foo/>"
            };
            for (String xml : documents) {
                assertThatThrownBy(() -> drain(open(xml)))
                        .isInstanceOf(ListRefusedException.class)
                        .hasMessageNotContaining("SECRET");
            }
            assertThat(requests).hasValue(0);
        } finally {
            server.stop(0);
        }
    }

    @Test
    void anUndeclaredEntityIsRefused() {
        assertThatThrownBy(() -> drain(open("<list><name>&nbsp;</name></list>")))
                .isInstanceOf(ListRefusedException.class)
                .hasMessageStartingWith(FILE + " line 1 column ")
                .hasMessageContaining("\"nbsp\"");
    }

    @Test
    void aTruncatedDocumentIsRefusedWithItsLine() {
        String xml = "<list>\n  <entry>\n    <name>Ardent Rook</name>\n  </entry>\n  <entry>\n    <name>Bas";
        assertThatThrownBy(() -> drain(open(xml)))
                .isInstanceOf(ListRefusedException.class)
                .hasMessageStartingWith(FILE + " line 6 column ")
                .hasMessageContaining("not well-formed or truncated XML");
    }

    @Test
    void mismatchedTagsAreRefusedWithTheirLine() {
        String xml = "<list>\n<entry>\n<name>x</nam>\n</entry>\n</list>";
        assertThatThrownBy(() -> drain(open(xml)))
                .isInstanceOf(ListRefusedException.class)
                .hasMessageStartingWith(FILE + " line 3 column ");
    }

    @Test
    void textConcatenatesNestedTextAndEndsOnTheEndElement() throws ListRefusedException {
        SafeXml xml = open("<r><note>Seen <b>in</b> <i>Port <u>Vell</u></i> &amp; elsewhere<!-- no -->"
                + "<![CDATA[ <raw> ]]></note><after/></r>");
        to(xml, "note");
        assertThat(xml.text()).isEqualTo("Seen in Port Vell & elsewhere <raw> ");
        assertThat(xml.reader().getEventType()).isEqualTo(XMLStreamConstants.END_ELEMENT);
        assertThat(xml.name()).isEqualTo("note");
        assertThat(xml.next()).isEqualTo(XMLStreamConstants.START_ELEMENT);
        assertThat(xml.name()).isEqualTo("after");
    }

    @Test
    void textOfAnEmptyElementIsEmpty() throws ListRefusedException {
        SafeXml xml = open("<r><a/><b></b></r>");
        to(xml, "a");
        assertThat(xml.text()).isEmpty();
        to(xml, "b");
        assertThat(xml.text()).isEmpty();
    }

    @Test
    void textOfATruncatedElementIsRefused() {
        assertThatThrownBy(() -> {
                    SafeXml xml = open("<r>\n<a>one <b>two</b>");
                    to(xml, "a");
                    xml.text();
                })
                .isInstanceOf(ListRefusedException.class)
                .hasMessageStartingWith(FILE + " line 2");
    }

    @Test
    void skipPassesOverAWholeSubtree() throws ListRefusedException {
        SafeXml xml = open("<r><skipme><a><skipme>deep</skipme></a><b/></skipme><keep>k</keep></r>");
        to(xml, "skipme");
        xml.skip();
        assertThat(xml.reader().getEventType()).isEqualTo(XMLStreamConstants.END_ELEMENT);
        assertThat(xml.name()).isEqualTo("skipme");
        assertThat(drain(xml)).containsExactly("keep");
    }

    @Test
    void attributesAreFoundByLocalName() throws ListRefusedException {
        SafeXml xml =
                open("<r xmlns:x=\"urn:example:x\"><e id=\"17\" x:kind=\"vessel\" xml:lang=\"en\" empty=\"\"/></r>");
        to(xml, "e");
        assertThat(xml.attr("id")).isEqualTo("17");
        assertThat(xml.attr("kind")).isEqualTo("vessel");
        assertThat(xml.attr("lang")).isEqualTo("en");
        assertThat(xml.attr("empty")).isEmpty();
        assertThat(xml.attr("missing")).isNull();
        assertThat(xml.attr("x:kind")).isNull();
    }

    @Test
    void elementNamesAreLocalNames() throws ListRefusedException {
        assertThat(drain(open("<p:list xmlns:p=\"urn:example:p\"><p:entry/><entry xmlns=\"urn:d\"/></p:list>")))
                .containsExactly("list", "entry", "entry");
    }

    @Test
    void refuseNamesFileAndLine() throws ListRefusedException {
        SafeXml xml = open("<r>\n\n<bad/></r>");
        to(xml, "bad");
        assertThat(xml.line()).isEqualTo(3);
        assertThat(xml.refuse("has a bad element"))
                .hasMessageStartingWith(FILE + " line 3 column ")
                .hasMessageEndingWith(": has a bad element");
    }

    @Test
    void streamsTheRealUnListWithoutRefusal() throws IOException, ListRefusedException {
        Path un = TestData.shared("data/un/un_consolidated_2025-11-20.xml");
        int individuals = 0;
        int entities = 0;
        List<String> references = new ArrayList<>();
        try (InputStream in = Files.newInputStream(un)) {
            SafeXml xml = SafeXml.open(in, un);
            while (xml.hasNext()) {
                if (xml.next() != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                switch (xml.name()) {
                    case "INDIVIDUAL" -> individuals++;
                    case "ENTITY" -> entities++;
                    case "REFERENCE_NUMBER" -> references.add(xml.text().trim());
                    default -> {}
                }
            }
            xml.close();
        }
        assertThat(individuals).isEqualTo(727);
        assertThat(entities).isEqualTo(273);
        assertThat(references).hasSize(1000).doesNotHaveDuplicates().allMatch(r -> r.matches("[A-Z]{2}[ie]\\.\\d{3}"));
    }

    @Test
    void aTruncatedCopyOfTheRealUnListIsRefused() throws IOException {
        Path un = TestData.shared("data/un/un_consolidated_2025-11-20.xml");
        byte[] bytes = Files.readAllBytes(un);
        Path cut = dir.resolve("un_cut.xml");
        Files.write(cut, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        assertThatThrownBy(() -> {
                    try (InputStream in = Files.newInputStream(cut)) {
                        drain(SafeXml.open(in, cut));
                    }
                })
                .isInstanceOf(ListRefusedException.class)
                .hasMessageStartingWith(cut + " line ")
                .hasMessageContaining("truncated");
    }
}
