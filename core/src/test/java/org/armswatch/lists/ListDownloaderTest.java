package org.armswatch.lists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.armswatch.lists.ListDownloader.DownloadException;
import org.armswatch.lists.ListDownloader.Result;
import org.armswatch.lists.ListDownloader.Settings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ListDownloaderTest {
    private static final String ETAG = "\"v1-3f2a\"";
    private static final String LAST_MODIFIED = "Thu, 20 Nov 2025 23:00:09 GMT";
    private static final String BODY = "<CONSOLIDATED_LIST dateGenerated=\"2025-11-20T23:00:09.067Z\"/>\n";

    @TempDir
    Path dir;

    private HttpServer server;
    private ExecutorService executor;
    private final CountDownLatch release = new CountDownLatch(1);
    private final AtomicInteger requests = new AtomicInteger();
    private final List<String> ifNoneMatch = new CopyOnWriteArrayList<>();
    private final List<String> ifModifiedSince = new CopyOnWriteArrayList<>();
    private final List<String> userAgents = new CopyOnWriteArrayList<>();

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        executor = Executors.newCachedThreadPool();
        server.setExecutor(executor);
        server.start();
    }

    @AfterEach
    void stopServer() {
        release.countDown();
        server.stop(0);
        executor.shutdownNow();
    }

    private URI handle(String path, HttpHandler handler) {
        server.createContext(path, exchange -> {
            requests.incrementAndGet();
            exchange.getRequestHeaders()
                    .getOrDefault("If-None-Match", List.of())
                    .forEach(ifNoneMatch::add);
            exchange.getRequestHeaders()
                    .getOrDefault("If-Modified-Since", List.of())
                    .forEach(ifModifiedSince::add);
            exchange.getRequestHeaders().getOrDefault("User-Agent", List.of()).forEach(userAgents::add);
            try {
                handler.handle(exchange);
            } finally {
                exchange.close();
            }
        });
        return uri(path);
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
        }
    }

    private static HttpHandler list() {
        return exchange -> {
            if (ETAG.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                exchange.sendResponseHeaders(304, -1);
                return;
            }
            exchange.getResponseHeaders().add("ETag", ETAG);
            exchange.getResponseHeaders().add("Last-Modified", LAST_MODIFIED);
            send(exchange, 200, BODY);
        };
    }

    private static Settings settings(int attempts, long maxBytes) {
        return new Settings(Duration.ofSeconds(2), Duration.ofSeconds(5), maxBytes, attempts, "armswatch-test/1");
    }

    private static ListDownloader downloader(int attempts) {
        return new ListDownloader(settings(attempts, 1 << 20));
    }

    private List<Path> filesInDir() throws IOException {
        try (var s = Files.list(dir)) {
            return s.toList();
        }
    }

    @Test
    void aListIsSavedWithItsValidators() throws Exception {
        URI url = handle("/consolidated.xml", list());
        Path target = dir.resolve("un.xml");
        List<Long> progress = new ArrayList<>();
        Result r = downloader(3).download(url, target, Optional.empty(), Optional.empty(), progress::add);
        assertThat(r.notModified()).isFalse();
        assertThat(r.file()).contains(target);
        assertThat(r.etag()).contains(ETAG);
        assertThat(r.lastModifiedRaw()).contains(LAST_MODIFIED);
        assertThat(r.lastModified()).contains(Instant.parse("2025-11-20T23:00:09Z"));
        assertThat(Files.readString(target)).isEqualTo(BODY);
        assertThat(filesInDir()).containsExactly(target);
        assertThat(progress).isNotEmpty().last().isEqualTo((long) BODY.length());
        assertThat(userAgents).containsExactly("armswatch-test/1");
        assertThat(ifNoneMatch).isEmpty();
        assertThat(ifModifiedSince).isEmpty();
    }

    @Test
    void aCompletedDownloadReplacesTheOldFile() throws Exception {
        URI url = handle("/consolidated.xml", list());
        Path target = Files.writeString(dir.resolve("un.xml"), "old version");
        downloader(1).download(url, target, Optional.empty(), Optional.empty(), n -> {});
        assertThat(Files.readString(target)).isEqualTo(BODY);
        assertThat(filesInDir()).containsExactly(target);
    }

    @Test
    void anUnchangedListIsNotFetchedAgain() throws Exception {
        URI url = handle("/consolidated.xml", list());
        Path target = dir.resolve("un.xml");
        ListDownloader d = downloader(3);
        Result first = d.download(url, target, Optional.empty(), Optional.empty(), n -> {});
        Files.writeString(target, "kept");
        Result second = d.download(url, target, first.etag(), first.lastModifiedRaw(), n -> {});
        assertThat(second.notModified()).isTrue();
        assertThat(second.file()).isEmpty();
        assertThat(second.etag()).contains(ETAG);
        assertThat(second.lastModifiedRaw()).contains(LAST_MODIFIED);
        assertThat(second.lastModified()).contains(Instant.parse("2025-11-20T23:00:09Z"));
        assertThat(ifNoneMatch).containsExactly(ETAG);
        assertThat(ifModifiedSince).containsExactly(LAST_MODIFIED);
        assertThat(Files.readString(target)).isEqualTo("kept");
        assertThat(requests).hasValue(2);
    }

    @Test
    void notFoundFailsAtOnceNamingTheUrlAndStatus() throws Exception {
        URI url = handle("/missing.xml", exchange -> send(exchange, 404, "no such list"));
        Path target = Files.writeString(dir.resolve("un.xml"), "previous");
        assertThatThrownBy(() -> downloader(3).download(url, target, Optional.empty(), Optional.empty(), n -> {}))
                .isInstanceOf(DownloadException.class)
                .hasMessage("cannot download " + url + ": the server answered HTTP 404");
        assertThat(requests).hasValue(1);
        assertThat(Files.readString(target)).isEqualTo("previous");
        assertThat(filesInDir()).containsExactly(target);
    }

    @Test
    void aServerErrorIsRetriedUntilTheListComes() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        HttpHandler ok = list();
        URI url = handle("/flaky.xml", exchange -> {
            if (calls.incrementAndGet() == 1) {
                send(exchange, 500, "try later");
            } else {
                ok.handle(exchange);
            }
        });
        Path target = dir.resolve("un.xml");
        Result r = downloader(3).download(url, target, Optional.empty(), Optional.empty(), n -> {});
        assertThat(r.file()).contains(target);
        assertThat(Files.readString(target)).isEqualTo(BODY);
        assertThat(requests).hasValue(2);
    }

    @Test
    void aDeclaredLengthOverTheLimitIsRefusedBeforeReading() throws Exception {
        URI url = handle("/big.xml", exchange -> send(exchange, 200, "x".repeat(2000)));
        Path target = dir.resolve("big.xml");
        ListDownloader small = new ListDownloader(settings(3, 1000));
        assertThatThrownBy(() -> small.download(url, target, Optional.empty(), Optional.empty(), n -> {}))
                .isInstanceOf(DownloadException.class)
                .hasMessage("cannot download " + url + ": 2000 bytes, more than the limit of 1000");
        assertThat(requests).hasValue(1);
        assertThat(filesInDir()).isEmpty();
    }

    @Test
    void anUndeclaredBodyOverTheLimitIsRefusedAndLeavesNoFile() throws Exception {
        URI url = handle("/chunked.xml", exchange -> {
            exchange.sendResponseHeaders(200, 0);
            OutputStream out = exchange.getResponseBody();
            byte[] chunk = "y".repeat(500).getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < 5; i++) {
                out.write(chunk);
                out.flush();
            }
        });
        Path target = dir.resolve("big.xml");
        ListDownloader small = new ListDownloader(settings(3, 1000));
        assertThatThrownBy(() -> small.download(url, target, Optional.empty(), Optional.empty(), n -> {}))
                .isInstanceOf(DownloadException.class)
                .hasMessage("cannot download " + url + ": larger than the limit of 1000 bytes");
        assertThat(requests).hasValue(1);
        assertThat(filesInDir()).isEmpty();
    }

    @Test
    void aBodyExactlyAtTheLimitIsAccepted() throws Exception {
        URI url = handle("/exact.xml", exchange -> send(exchange, 200, "z".repeat(1000)));
        Path target = dir.resolve("exact.xml");
        new ListDownloader(settings(1, 1000)).download(url, target, Optional.empty(), Optional.empty(), n -> {});
        assertThat(Files.size(target)).isEqualTo(1000);
    }

    @Test
    void aRefusedConnectionNamesTheUrl() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            port = socket.getLocalPort();
        }
        URI url = URI.create("http://127.0.0.1:" + port + "/consolidated.xml");
        assertThatThrownBy(() ->
                        downloader(1).download(url, dir.resolve("un.xml"), Optional.empty(), Optional.empty(), n -> {}))
                .isInstanceOf(DownloadException.class)
                .hasMessage(
                        "cannot download " + url + ": connection refused or network unreachable (after 1 attempts)");
        assertThat(filesInDir()).isEmpty();
    }

    @Test
    void aServerThatNeverAnswersTimesOut() throws Exception {
        URI url = handle("/silent.xml", exchange -> {
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        ListDownloader impatient = new ListDownloader(
                new Settings(Duration.ofSeconds(2), Duration.ofMillis(500), 1 << 20, 1, "armswatch-test/1"));
        long start = System.nanoTime();
        assertThatThrownBy(() ->
                        impatient.download(url, dir.resolve("un.xml"), Optional.empty(), Optional.empty(), n -> {}))
                .isInstanceOf(DownloadException.class)
                .hasMessage("cannot download " + url + ": no complete answer in time (after 1 attempts)");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
        assertThat(filesInDir()).isEmpty();
    }

    @Test
    void aServerThatStallsInTheBodyTimesOut() {
        URI url = handle("/stalled.xml", exchange -> {
            exchange.sendResponseHeaders(200, 1000);
            exchange.getResponseBody().write("<partial".getBytes(StandardCharsets.US_ASCII));
            exchange.getResponseBody().flush();
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        ListDownloader impatient = new ListDownloader(
                new Settings(Duration.ofSeconds(2), Duration.ofMillis(500), 1 << 20, 1, "armswatch-test/1"));
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> assertThatThrownBy(() ->
                        impatient.download(url, dir.resolve("un.xml"), Optional.empty(), Optional.empty(), n -> {}))
                .isInstanceOf(DownloadException.class)
                .hasMessage("cannot download " + url + ": no complete answer in time (after 1 attempts)"));
        assertThat(dir.resolve("un.xml")).doesNotExist();
        assertThat(dir.resolve("un.xml.part")).doesNotExist();
    }

    @Test
    void aSlowButSteadyBodyIsReadPastTheReadTimeout() throws Exception {
        URI url = handle("/slow.xml", exchange -> {
            exchange.sendResponseHeaders(200, 0);
            OutputStream out = exchange.getResponseBody();
            for (int i = 0; i < 6; i++) {
                out.write(("<chunk n=\"" + i + "\"/>\n").getBytes(StandardCharsets.US_ASCII));
                out.flush();
                try {
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        });
        ListDownloader patient = new ListDownloader(
                new Settings(Duration.ofSeconds(2), Duration.ofMillis(500), 1 << 20, 1, "armswatch-test/1"));
        Path target = dir.resolve("slow.xml");
        patient.download(url, target, Optional.empty(), Optional.empty(), n -> {});
        assertThat(Files.readAllLines(target)).hasSize(6).first().isEqualTo("<chunk n=\"0\"/>");
    }

    @Test
    void aRedirectIsFollowed() throws Exception {
        handle("/new/consolidated.xml", list());
        URI old = handle("/old.xml", exchange -> {
            exchange.getResponseHeaders()
                    .add("Location", uri("/new/consolidated.xml").toString());
            exchange.sendResponseHeaders(302, -1);
        });
        Path target = dir.resolve("un.xml");
        Result r = downloader(1).download(old, target, Optional.empty(), Optional.empty(), n -> {});
        assertThat(r.etag()).contains(ETAG);
        assertThat(Files.readString(target)).isEqualTo(BODY);
        assertThat(requests).hasValue(2);
    }

    @Test
    void httpDatesAreParsedAndOtherTextIsNot() {
        assertThat(ListDownloader.httpDate(LAST_MODIFIED)).contains(Instant.parse("2025-11-20T23:00:09Z"));
        assertThat(ListDownloader.httpDate("Fri, 1 Aug 2025 00:00:00 GMT"))
                .contains(Instant.parse("2025-08-01T00:00:00Z"));
        assertThat(ListDownloader.httpDate("2025-11-20")).isEmpty();
        assertThat(ListDownloader.httpDate("yesterday")).isEmpty();
    }

    @Test
    void defaultSettingsAreGenerous() {
        Settings s = Settings.defaults("1.2.3");
        assertThat(s.attempts()).isEqualTo(3);
        assertThat(s.maxBytes()).isEqualTo(2L * 1024 * 1024 * 1024);
        assertThat(s.connectTimeout()).isEqualTo(Duration.ofSeconds(15));
        assertThat(s.readTimeout()).isEqualTo(Duration.ofMinutes(5));
        assertThat(s.userAgent()).startsWith("armswatch/1.2.3 ");
    }
}
