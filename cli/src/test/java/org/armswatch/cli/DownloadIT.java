package org.armswatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code lists update} without files: downloads from the configured URL of each list, here a real
 * HTTP server on a loopback port standing in for the publisher.
 */
class DownloadIT {
    private static final Path UN_2025 = Cli.shared("data/un/un_consolidated_2025-11-20.xml");

    @TempDir
    Path home;

    private HttpServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    void downloadsAListAndSkipsItWhenThePublisherSaysItIsUnchanged() throws IOException {
        byte[] body = Files.readAllBytes(UN_2025);
        AtomicInteger conditional = new AtomicInteger();
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/consolidated.xml", exchange -> {
            if ("\"v1\"".equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                conditional.incrementAndGet();
                exchange.sendResponseHeaders(304, -1);
            } else {
                exchange.getResponseHeaders().add("ETag", "\"v1\"");
                exchange.getResponseHeaders().add("Last-Modified", "Thu, 20 Nov 2025 23:05:00 GMT");
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
            exchange.close();
        });
        server.start();
        String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/consolidated.xml";
        Files.writeString(home.resolve("armswatch.properties"), "download-url.un=" + url + "\n");
        Cli cli = new Cli(home);

        Cli.Result first = cli.run("lists", "update", "--sources", "un", "--format", "json");
        assertThat(first.exit()).as(first.err()).isZero();
        assertThat(first.json().get("items").get(0).get("status").asText()).isEqualTo("loaded");
        assertThat(first.json().get("items").get(0).get("version").get("origin").asText())
                .isEqualTo(url);

        Cli.Result second = cli.run("lists", "update", "--sources", "un");
        assertThat(second.exit()).isZero();
        assertThat(second.err()).contains("not modified since the last download");
        assertThat(conditional.get()).isEqualTo(1);
        assertThat(cli.run("lists", "versions", "--format", "json").json()).hasSize(1);
    }

    @Test
    void anUnreachablePublisherIsANetworkErrorNamingTheUrlAndNothingChanges() throws IOException {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = s.getLocalPort();
        }
        String url = "http://127.0.0.1:" + closedPort + "/consolidated.xml";
        Files.writeString(home.resolve("armswatch.properties"), "download-url.un=" + url + "\n");
        Cli cli = new Cli(home);

        Cli.Result r = cli.run("lists", "update", "--sources", "un");

        assertThat(r.exit()).isEqualTo(4);
        assertThat(r.err()).contains("failed: cannot download " + url);
        assertThat(cli.run("lists", "status", "--format", "json").json()).isEmpty();
    }

    @Test
    void anUnknownSourceForDownloadIsAUsageError() {
        Cli.Result r = new Cli(home).run("lists", "update", "--sources", "nowhere");

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("--sources nowhere: not a downloadable list");
    }
}
