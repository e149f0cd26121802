package org.armswatch.news;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.armswatch.news.PageFetcher.Page;
import org.armswatch.news.PageFetcher.Settings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PageFetcherTest {
    private static final AddressPolicy LOOPBACK = AddressPolicy.allowing(List.of("127.0.0.0/8"));
    private static final String ARTICLE = "<html><head><title>Embargo talks</title></head>"
            + "<body><p>Delegates met in Vienna to discuss the arms embargo.</p></body></html>";

    private final Map<String, String> requestHeaders = new ConcurrentSkipListMap<>(String.CASE_INSENSITIVE_ORDER);
    private final AtomicInteger requests = new AtomicInteger();
    private ExecutorService handlers;
    private HttpServer server;
    private String base;
    private PageFetcher fetcher;

    @BeforeEach
    void start() throws IOException {
        handlers = Executors.newCachedThreadPool();
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(handlers);
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
        fetcher = new PageFetcher(settings(Duration.ofSeconds(5), 1000, 5, LOOPBACK));
    }

    @AfterEach
    void stop() {
        fetcher.close();
        server.stop(0);
        handlers.shutdownNow();
    }

    @Test
    void fetchesBodyContentTypeAndValidatorsSendingUserAgentAndAccept() throws Exception {
        serve("/news/embargo.html", exchange -> {
            exchange.getResponseHeaders().add("ETag", "\"a1\"");
            exchange.getResponseHeaders().add("Last-Modified", "Tue, 01 Dec 2026 08:00:00 GMT");
            respond(exchange, 200, "text/html; charset=utf-8", ARTICLE);
        });

        Page page = fetcher.fetch(uri("/news/embargo.html"));

        assertThat(page.url()).isEqualTo(uri("/news/embargo.html"));
        assertThat(page.finalUrl()).isEqualTo(uri("/news/embargo.html"));
        assertThat(page.contentType()).isEqualTo("text/html; charset=utf-8");
        assertThat(new String(page.body(), StandardCharsets.UTF_8)).isEqualTo(ARTICLE);
        assertThat(page.etag()).isEqualTo("\"a1\"");
        assertThat(page.lastModified()).isEqualTo("Tue, 01 Dec 2026 08:00:00 GMT");
        assertThat(requestHeaders.get("User-Agent")).isEqualTo("armswatch-test/1 (news monitor)");
        assertThat(requestHeaders.get("Accept")).startsWith("text/html,").contains("application/xml");
        assertThat(requestHeaders).doesNotContainKeys("If-None-Match", "If-Modified-Since");
    }

    @Test
    void missingValidatorsGiveNullAndEmptyBodyIsAccepted() throws Exception {
        serve("/empty", exchange -> {
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });

        Page page = fetcher.fetch(uri("/empty"));

        assertThat(page.body()).isEmpty();
        assertThat(page.contentType()).isNull();
        assertThat(page.etag()).isNull();
        assertThat(page.lastModified()).isNull();
    }

    @Test
    void notFoundNamesStatusAndReason() {
        serve("/gone", exchange -> respond(exchange, 404, "text/plain", "no such report"));

        assertThatThrownBy(() -> fetcher.fetch(uri("/gone")))
                .isInstanceOf(FetchException.class)
                .hasMessage(base + "/gone: the server answered HTTP 404 (Not Found)");
    }

    @Test
    void serverErrorNamesStatusAndReason() {
        serve("/broken", exchange -> respond(exchange, 500, "text/plain", "database down"));

        assertThatThrownBy(() -> fetcher.fetch(uri("/broken")))
                .isInstanceOf(FetchException.class)
                .hasMessage(base + "/broken: the server answered HTTP 500 (Internal Server Error)");
    }

    @Test
    void slowServerTimesOut() {
        serve("/slow", exchange -> {
            pause(2000);
            respond(exchange, 200, "text/plain", "too late");
        });

        try (PageFetcher impatient = new PageFetcher(settings(Duration.ofMillis(300), 1000, 5, LOOPBACK))) {
            long start = System.nanoTime();
            assertThatThrownBy(() -> impatient.fetch(uri("/slow")))
                    .isInstanceOf(FetchException.class)
                    .hasMessage(base + "/slow: no answer within 300 ms");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(1500));
        }
    }

    @Test
    void tricklingBodyIsCutAtTheDeadline() {
        serve("/trickle", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "text/plain");
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                for (int i = 0; i < 40; i++) {
                    out.write('x');
                    out.flush();
                    pause(100);
                }
            }
        });

        try (PageFetcher impatient = new PageFetcher(settings(Duration.ofMillis(500), 1000, 5, LOOPBACK))) {
            long start = System.nanoTime();
            assertThatThrownBy(() -> impatient.fetch(uri("/trickle")))
                    .isInstanceOf(FetchException.class)
                    .hasMessage(base + "/trickle: no answer within 500 ms");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(2500));
        }
    }

    @Test
    void connectionRefusedIsReported() throws IOException {
        int port;
        try (ServerSocket closed = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = closed.getLocalPort();
        }
        URI url = URI.create("http://127.0.0.1:" + port + "/feed.xml");

        assertThatThrownBy(() -> fetcher.fetch(url))
                .isInstanceOf(FetchException.class)
                .hasMessage(url + ": connection refused");
    }

    @Test
    void followsRelativeRedirect() throws Exception {
        serve("/briefing/old", exchange -> redirect(exchange, 302, "new?page=2"));
        serve("/briefing/new", exchange -> respond(exchange, 200, "text/html", ARTICLE));

        Page page = fetcher.fetch(uri("/briefing/old"));

        assertThat(page.url()).isEqualTo(uri("/briefing/old"));
        assertThat(page.finalUrl()).isEqualTo(uri("/briefing/new?page=2"));
        assertThat(page.body()).asString(StandardCharsets.UTF_8).isEqualTo(ARTICLE);
    }

    @Test
    void resolvesRelativeRedirectAgainstUrlWithoutPath() throws Exception {
        serve("/", exchange -> {
            if (exchange.getRequestURI().getPath().equals("/")) {
                redirect(exchange, 302, "front-page");
            } else {
                respond(exchange, 200, "text/plain", "front page");
            }
        });

        Page page = fetcher.fetch(URI.create(base));

        assertThat(page.finalUrl()).isEqualTo(uri("/front-page"));
    }

    @Test
    void followsAbsoluteRedirectsOfEveryKind() throws Exception {
        serve("/r301", exchange -> redirect(exchange, 301, base + "/r303"));
        serve("/r303", exchange -> redirect(exchange, 303, base + "/r307"));
        serve("/r307", exchange -> redirect(exchange, 307, base + "/r308"));
        serve("/r308", exchange -> redirect(exchange, 308, "/landing#top"));
        serve("/landing", exchange -> respond(exchange, 200, "text/plain", "arrived"));

        Page page = fetcher.fetch(uri("/r301"));

        assertThat(page.finalUrl()).isEqualTo(uri("/landing"));
        assertThat(page.body()).asString(StandardCharsets.UTF_8).isEqualTo("arrived");
    }

    @Test
    void followsAsManyRedirectsAsAllowedButNoMore() throws Exception {
        serve("/chain/", exchange -> {
            int step = Integer.parseInt(exchange.getRequestURI().getPath().substring("/chain/".length()));
            redirect(exchange, 302, "/chain/" + (step + 1));
        });
        serve("/chain/5", exchange -> respond(exchange, 200, "text/plain", "end of chain"));

        assertThat(fetcher.fetch(uri("/chain/0")).finalUrl()).isEqualTo(uri("/chain/5"));
        assertThatThrownBy(() -> fetcher.fetch(uri("/chain/-1")))
                .isInstanceOf(FetchException.class)
                .hasMessage(base + "/chain/-1: more than 5 redirects");
    }

    @Test
    void redirectLoopIsDetected() {
        serve("/ping", exchange -> redirect(exchange, 302, "/pong"));
        serve("/pong", exchange -> redirect(exchange, 301, base + "/ping"));

        assertThatThrownBy(() -> fetcher.fetch(uri("/ping")))
                .isInstanceOf(FetchException.class)
                .hasMessage(base + "/ping: redirect loop at " + base + "/ping");
    }

    @Test
    void redirectWithoutLocationIsAnError() {
        serve("/nowhere", exchange -> respond(exchange, 302, "text/plain", "moved"));

        assertThatThrownBy(() -> fetcher.fetch(uri("/nowhere")))
                .isInstanceOf(FetchException.class)
                .hasMessageStartingWith(base + "/nowhere: the server answered HTTP 302 (")
                .hasMessageEndingWith(") without a Location header");
    }

    @Test
    void redirectToRefusedAddressesIsRefusedBeforeConnecting() {
        int port = server.getAddress().getPort();
        serve("/to-v6-loopback", exchange -> redirect(exchange, 302, "http://[::1]:" + port + "/secret"));
        serve("/to-private", exchange -> redirect(exchange, 302, "http://10.0.0.1/admin"));
        serve("/to-metadata", exchange -> redirect(exchange, 307, "http://169.254.169.254/latest/meta-data/"));

        assertThatThrownBy(() -> fetcher.fetch(uri("/to-v6-loopback")))
                .isInstanceOf(FetchException.class)
                .hasMessage(base + "/to-v6-loopback: refused address 0:0:0:0:0:0:0:1 for host [::1] (loopback);"
                        + " allow it with fetch.allow-addresses (redirected to http://[::1]:" + port + "/secret)");
        assertThatThrownBy(() -> fetcher.fetch(uri("/to-private")))
                .isInstanceOf(FetchException.class)
                .hasMessage(base + "/to-private: refused address 10.0.0.1 for host 10.0.0.1 (private);"
                        + " allow it with fetch.allow-addresses (redirected to http://10.0.0.1/admin)");
        assertThatThrownBy(() -> fetcher.fetch(uri("/to-metadata")))
                .isInstanceOf(FetchException.class)
                .hasMessageContaining("refused address 169.254.169.254 for host 169.254.169.254 (cloud metadata)");
    }

    @Test
    void redirectToAnotherSchemeIsRefused() {
        serve("/to-file", exchange -> redirect(exchange, 302, "file:///etc/passwd"));

        assertThatThrownBy(() -> fetcher.fetch(uri("/to-file")))
                .isInstanceOf(FetchException.class)
                .hasMessage(base + "/to-file: redirect to file:///etc/passwd refused:"
                        + " only http and https URLs can be fetched");
    }

    @Test
    void publicOnlyPolicyRefusesLoopbackLiteralWithoutConnecting() {
        serve("/", exchange -> respond(exchange, 200, "text/plain", "internal"));

        try (PageFetcher strict = new PageFetcher(Settings.defaults("test"))) {
            assertThatThrownBy(() -> strict.fetch(uri("/")))
                    .isInstanceOf(FetchException.class)
                    .hasMessage(base + "/: refused address 127.0.0.1 for host 127.0.0.1 (loopback);"
                            + " allow it with fetch.allow-addresses");
        }
        assertThat(requests).hasValue(0);
    }

    @Test
    void publicOnlyPolicyRefusesNamesThatResolveToLoopback() {
        serve("/", exchange -> respond(exchange, 200, "text/plain", "internal"));
        URI url = URI.create("http://localhost:" + server.getAddress().getPort() + "/");

        try (PageFetcher strict = new PageFetcher(Settings.defaults("test"))) {
            assertThatThrownBy(() -> strict.fetch(url))
                    .isInstanceOf(FetchException.class)
                    .hasMessageStartingWith(url + ": refused address ")
                    .hasMessageEndingWith(" for host localhost (loopback); allow it with fetch.allow-addresses");
        }
        assertThat(requests).hasValue(0);
    }

    @Test
    void declaredLengthOverTheLimitIsRefused() {
        byte[] big = new byte[5000];
        serve("/big", exchange -> {
            exchange.sendResponseHeaders(200, big.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(big);
            }
        });

        assertThatThrownBy(() -> fetcher.fetch(uri("/big")))
                .isInstanceOf(FetchException.class)
                .hasMessage(base + "/big: larger than the limit of 1000 bytes");
    }

    @Test
    void chunkedBodyOverTheLimitIsRefusedAndOneAtTheLimitAccepted() throws Exception {
        serve("/chunked/", exchange -> {
            int size = Integer.parseInt(exchange.getRequestURI().getPath().substring("/chunked/".length()));
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                byte[] chunk = new byte[100];
                Arrays.fill(chunk, (byte) 'a');
                for (int sent = 0; sent < size; sent += chunk.length) {
                    out.write(chunk, 0, Math.min(chunk.length, size - sent));
                }
            }
        });

        assertThat(fetcher.fetch(uri("/chunked/1000")).body()).hasSize(1000);
        assertThatThrownBy(() -> fetcher.fetch(uri("/chunked/1001")))
                .isInstanceOf(FetchException.class)
                .hasMessage(base + "/chunked/1001: larger than the limit of 1000 bytes");
        assertThatThrownBy(() -> fetcher.fetch(uri("/chunked/50000")))
                .isInstanceOf(FetchException.class)
                .hasMessage(base + "/chunked/50000: larger than the limit of 1000 bytes");
    }

    @Test
    void notModifiedWhenValidatorsMatch() throws Exception {
        serve("/feed.xml", exchange -> {
            String tag = exchange.getRequestHeaders().getFirst("If-None-Match");
            if ("\"v7\"".equals(tag)) {
                exchange.sendResponseHeaders(304, -1);
                exchange.close();
            } else {
                exchange.getResponseHeaders().add("ETag", "\"v7\"");
                respond(exchange, 200, "application/rss+xml", "<rss/>");
            }
        });

        Optional<Page> unchanged = fetcher.fetch(uri("/feed.xml"), "\"v7\"", "Mon, 30 Nov 2026 12:00:00 GMT");
        Optional<Page> changed = fetcher.fetch(uri("/feed.xml"), "\"v6\"", null);

        assertThat(unchanged).isEmpty();
        assertThat(requestHeaders.get("If-Modified-Since")).isEqualTo("Mon, 30 Nov 2026 12:00:00 GMT");
        assertThat(changed).hasValueSatisfying(page -> {
            assertThat(page.etag()).isEqualTo("\"v7\"");
            assertThat(page.body()).asString(StandardCharsets.UTF_8).isEqualTo("<rss/>");
        });
    }

    @Test
    void notModifiedWithoutValidatorsIsAnError() {
        serve("/confused", exchange -> {
            exchange.sendResponseHeaders(304, -1);
            exchange.close();
        });

        assertThatThrownBy(() -> fetcher.fetch(uri("/confused")))
                .isInstanceOf(FetchException.class)
                .hasMessageStartingWith(base + "/confused: the server answered HTTP 304 (Not Modified)");
    }

    @Test
    void onlyHttpAndHttpsUrlsAreFetched() {
        for (String url : List.of("ftp://example.org/sanctions.csv", "file:///etc/hosts", "mailto:desk@example.org")) {
            assertThatThrownBy(() -> fetcher.fetch(URI.create(url)))
                    .isInstanceOf(FetchException.class)
                    .hasMessage(url + ": only http and https URLs can be fetched");
        }
    }

    @Test
    void urlsWithUserInformationAreRefused() {
        URI url = URI.create(
                "http://editor:secret@127.0.0.1:" + server.getAddress().getPort() + "/");

        assertThatThrownBy(() -> fetcher.fetch(url))
                .isInstanceOf(FetchException.class)
                .hasMessageStartingWith(url + ": URLs with user information");
        assertThat(requests).hasValue(0);
    }

    @Test
    void concurrentFetchesEachGetTheirOwnPage() throws Exception {
        serve("/item/", exchange -> {
            pause(20);
            respond(
                    exchange,
                    200,
                    "text/plain",
                    "item " + exchange.getRequestURI().getPath());
        });
        ExecutorService callers = Executors.newFixedThreadPool(12);
        try {
            List<Future<Page>> pages = new ArrayList<>();
            for (int i = 0; i < 48; i++) {
                URI url = uri("/item/" + i);
                pages.add(callers.submit(() -> fetcher.fetch(url)));
            }
            for (int i = 0; i < pages.size(); i++) {
                assertThat(pages.get(i).get().body())
                        .asString(StandardCharsets.UTF_8)
                        .isEqualTo("item /item/" + i);
            }
        } finally {
            callers.shutdownNow();
        }
    }

    @Test
    void defaultSettings() {
        Settings defaults = Settings.defaults("0.1.0");

        assertThat(defaults.connectTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(defaults.readTimeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(defaults.maxBytes()).isEqualTo(20_971_520L);
        assertThat(defaults.maxRedirects()).isEqualTo(5);
        assertThat(defaults.userAgent()).isEqualTo("armswatch/0.1.0 (news monitor; +https://github.com/armswatch)");
        assertThat(defaults.policy()).isSameAs(AddressPolicy.publicOnly());
        assertThat(defaults.withPolicy(LOOPBACK).policy()).isSameAs(LOOPBACK);
        assertThat(defaults.withPolicy(LOOPBACK).userAgent()).isEqualTo(defaults.userAgent());
    }

    @Test
    void settingsRejectNonsense() {
        Settings ok = Settings.defaults("x");

        assertThatThrownBy(() -> new Settings(Duration.ZERO, ok.readTimeout(), 1, 0, "a", ok.policy()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Settings(ok.connectTimeout(), ok.readTimeout(), 0, 0, "a", ok.policy()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Settings(ok.connectTimeout(), ok.readTimeout(), 1, -1, "a", ok.policy()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Settings(ok.connectTimeout(), ok.readTimeout(), 1, 0, "a\r\nX: y", ok.policy()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private Settings settings(Duration readTimeout, long maxBytes, int maxRedirects, AddressPolicy policy) {
        return new Settings(
                Duration.ofSeconds(2), readTimeout, maxBytes, maxRedirects, "armswatch-test/1 (news monitor)", policy);
    }

    private URI uri(String path) {
        return URI.create(base + path);
    }

    private void serve(String path, HttpHandler handler) {
        server.createContext(path, exchange -> {
            requests.incrementAndGet();
            exchange.getRequestHeaders().forEach((name, values) -> requestHeaders.put(name, values.get(0)));
            try (exchange) {
                handler.handle(exchange);
            } catch (IOException e) {
                // The fetcher hung up early, as it should for bodies over the limit.
            }
        });
    }

    private static void respond(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", contentType);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static void redirect(HttpExchange exchange, int status, String location) throws IOException {
        exchange.getResponseHeaders().add("Location", location);
        exchange.sendResponseHeaders(status, -1);
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
