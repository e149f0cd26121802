package org.armswatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ingest URL} and {@code ingest --feed} end to end against a real HTTP server on a loopback
 * port, which the home's settings allow ({@code fetch.allow-addresses}); everything else about
 * fetching is as users get it.
 */
class WebIngestIT {
    private static final String OTHER_STORY = """
            Customs officers at a river crossing turned back a lorry whose papers listed farm machinery, \
            after a scan showed what looked like rocket tubes under the tarpaulin.

            The driver told reporters he had been hired by a trading company he had never heard of, and \
            that he was paid in cash at a fuel station the night before.

            The company's registered address turned out to be a shuttered shop, according to records \
            seen by the newspaper, and its sole director could not be reached.

            A regional prosecutor said an inquiry had been opened into attempted smuggling of military \
            goods, an offence that carries a prison term of up to twelve years.""";

    private static final String THIRD_STORY = """
            A shipyard on the eastern coast has begun repainting a freighter that was photographed last \
            month loading containers at a military pier, satellite images show.

            The vessel changed its name and flag twice this year, and its transponder was switched off for \
            most of the voyage, according to a maritime data firm.

            Insurers said they had withdrawn cover for the ship, and two port authorities have told their \
            pilots not to board it until its ownership is clear.""";

    @TempDir
    Path home;

    private final ExecutorService workers = Executors.newCachedThreadPool();
    private HttpServer server;
    private String base;
    private final Map<String, String> pages = new ConcurrentHashMap<>();
    private final AtomicReference<String> feed = new AtomicReference<>("");
    private final AtomicReference<String> nextFeed = new AtomicReference<>();
    private final AtomicInteger feedReads = new AtomicInteger();
    private Cli cli;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        base = "http://127.0.0.1:" + server.getAddress().getPort();
        server.createContext("/", this::serve);
        server.setExecutor(workers);
        server.start();
        Files.writeString(home.resolve(Settings.FILE), "fetch.allow-addresses = 127.0.0.0/8\nfetch.timeout = 2s\n");
        cli = new Cli(home);
        pages.put(
                "/world/shells.html",
                IngestCommandIT.page("Harbour Times", "Shells shipped by night", IngestCommandIT.STORY));
        pages.put(
                "/world/lorry.html",
                IngestCommandIT.page("Harbour Times", "Rocket tubes under a tarpaulin", OTHER_STORY));
        pages.put("/world/freighter.html", IngestCommandIT.page("Harbour Times", "A freighter repainted", THIRD_STORY));
    }

    @AfterEach
    void stop() {
        server.stop(0);
        workers.shutdownNow();
    }

    private void serve(HttpExchange x) throws IOException {
        String path = x.getRequestURI().getPath();
        try (x) {
            switch (path) {
                case "/feed.xml" -> {
                    // The feed as first read, then the next version when one is set.
                    String body =
                            feedReads.getAndIncrement() == 0 || nextFeed.get() == null ? feed.get() : nextFeed.get();
                    send(x, 200, "application/rss+xml", body);
                }
                case "/moved" -> redirect(x, "/world/shells.html");
                case "/loop" -> redirect(x, "/loop");
                case "/broken" -> send(x, 500, "text/plain", "server error");
                case "/slow" -> {
                    sleep(4000);
                    send(x, 200, "text/html", "<p>late</p>");
                }
                default -> {
                    String page = pages.get(path);
                    if (page == null) {
                        send(x, 404, "text/plain", "not found");
                    } else {
                        send(x, 200, "text/html; charset=utf-8", page);
                    }
                }
            }
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void redirect(HttpExchange x, String to) throws IOException {
        x.getResponseHeaders().set("Location", to);
        x.sendResponseHeaders(302, -1);
    }

    private static void send(HttpExchange x, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        x.getResponseHeaders().set("Content-Type", type);
        x.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = x.getResponseBody()) {
            out.write(bytes);
        }
    }

    private String rss(List<String> paths) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel>"
                + "<title>Harbour Times: world</title><link>" + base + "/</link>");
        for (String p : paths) {
            xml.append("<item><title>")
                    .append(p)
                    .append("</title><link>")
                    .append(base)
                    .append(p)
                    .append("</link><guid>")
                    .append(base)
                    .append(p)
                    .append("</guid><pubDate>Tue, 5 Sep 2023 10:00:00 GMT</pubDate></item>");
        }
        return xml.append("</channel></rss>").toString();
    }

    @Test
    void aPageIsFetchedAndStoredUnderItsUrl() {
        Cli.Result r = cli.run("ingest", base + "/moved");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("ingested 1, duplicates 0");

        JsonNode list = cli.run("articles", "--format", "json").json();
        assertThat(list).hasSize(1);
        assertThat(list.get(0).get("source").asText()).isEqualTo(base + "/world/shells.html");
        assertThat(list.get(0).get("outlet").asText()).isEqualTo("Harbour Times");

        assertThat(cli.run("ingest", base + "/world/shells.html").out()).contains("skipped 1 (already stored)");
    }

    @Test
    void eachUnreadablePageFailsAloneWithItsReason() {
        Cli.Result r = cli.run(
                "ingest",
                base + "/missing",
                base + "/broken",
                base + "/loop",
                base + "/slow",
                "http://[::1]:" + server.getAddress().getPort() + "/world/shells.html",
                base + "/world/lorry.html");
        assertThat(r.exit()).isEqualTo(ExitCode.REFUSED);
        assertThat(r.out())
                .contains("ingested 1, duplicates 0, syndicated copies 0, skipped 0 (already stored), failed 5");
        List<String> lines =
                r.err().lines().filter(l -> l.startsWith("failed: ")).toList();
        assertThat(lines).hasSize(5);
        assertThat(lines.get(0)).contains(base + "/missing", "404");
        assertThat(lines.get(1)).contains(base + "/broken", "500");
        assertThat(lines.get(2)).contains(base + "/loop", "redirect");
        assertThat(lines.get(3)).contains(base + "/slow");
        assertThat(lines.get(4)).contains("[::1]", "refused", "loopback");
        assertThat(cli.run("articles", "--format", "json").json()).hasSize(1);
    }

    @Test
    void aFeedIsReadForNewItemsOnly() {
        feed.set(rss(List.of("/world/shells.html", "/world/lorry.html")));
        Cli.Result first = cli.run("ingest", "--feed", base + "/feed.xml");
        assertThat(first.exit()).as(first.err()).isZero();
        assertThat(first.out()).contains("2 new of 2 items").contains("ingested 2");

        Cli.Result second = cli.run("ingest", "--feed", base + "/feed.xml");
        assertThat(second.out()).contains("0 new of 2 items").contains("ingested 0");

        feed.set(rss(List.of("/world/freighter.html", "/world/shells.html", "/world/lorry.html")));
        Cli.Result third = cli.run("ingest", "--feed", base + "/feed.xml");
        assertThat(third.out()).contains("1 new of 3 items").contains("ingested 1");
        assertThat(cli.run("articles", "--format", "json").json()).hasSize(3);
    }

    @Test
    void anItemThatFailedIsTriedAgainNextTime() {
        feed.set(rss(List.of("/world/later.html", "/world/lorry.html")));
        Cli.Result first = cli.run("ingest", "--feed", base + "/feed.xml");
        assertThat(first.exit()).isEqualTo(ExitCode.REFUSED);
        assertThat(first.err()).contains("/world/later.html", "404");

        pages.put("/world/later.html", IngestCommandIT.page("Harbour Times", "A freighter repainted", THIRD_STORY));
        Cli.Result second = cli.run("ingest", "--feed", base + "/feed.xml");
        assertThat(second.exit()).as(second.err()).isZero();
        assertThat(second.out()).contains("1 new of 2 items").contains("ingested 1");
    }

    @Test
    void aFeedWithADoctypeOrBrokenXmlIsRefused() {
        feed.set("<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x \"boom\">]><rss version=\"2.0\"><channel>"
                + "<title>&x;</title></channel></rss>");
        Cli.Result doctype = cli.run("ingest", "--feed", base + "/feed.xml");
        assertThat(doctype.exit()).isEqualTo(ExitCode.REFUSED);
        assertThat(doctype.err()).contains(base + "/feed.xml", "DOCTYPE");

        feed.set("<rss version=\"2.0\"><channel><item><title>cut short");
        Cli.Result broken = cli.run("ingest", "--feed", base + "/feed.xml");
        assertThat(broken.exit()).isEqualTo(ExitCode.REFUSED);
        assertThat(broken.err()).contains(base + "/feed.xml", "line 1");
        assertThat(cli.run("articles", "--format", "json").json()).isEmpty();
    }

    @Test
    void watchReadsTheFeedAgainForNewItems() {
        feed.set(rss(List.of("/world/shells.html")));
        nextFeed.set(rss(List.of("/world/lorry.html", "/world/shells.html")));
        Cli.Result r = cli.run("ingest", "--feed", base + "/feed.xml", "--watch", "--every", "1s", "--rounds", "3");

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out().lines().filter(l -> l.contains("new of")))
                .containsExactly(
                        "feed " + base + "/feed.xml: 1 new of 1 items",
                        "feed " + base + "/feed.xml: 1 new of 2 items",
                        "feed " + base + "/feed.xml: 0 new of 2 items");
        assertThat(feedReads.get()).isEqualTo(3);
        assertThat(cli.run("articles", "--format", "json").json()).hasSize(2);
    }

    @Test
    void watchNeedsAFeed() {
        assertThat(cli.run("ingest", "--watch", base + "/world/shells.html").exit())
                .isEqualTo(ExitCode.USAGE);
        assertThat(cli.run("ingest", "--feed", "ftp://example.org/feed").exit()).isEqualTo(ExitCode.USAGE);
    }
}
