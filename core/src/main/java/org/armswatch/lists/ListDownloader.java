package org.armswatch.lists;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;

/**
 * Downloads a list from its publisher: connect and read timeouts, a size limit, retries with
 * back-off on network errors and server errors, and conditional requests (ETag, Last-Modified)
 * so that an unchanged list is not fetched again.
 */
public final class ListDownloader {
    private final HttpClient client;
    private final Settings settings;

    /**
     * Download limits.
     *
     * @param connectTimeout time to open a connection
     * @param readTimeout time to wait for the response headers, and for more bytes while reading the body
     * @param maxBytes largest accepted body
     * @param attempts tries per download, at least 1
     * @param userAgent the User-Agent header
     */
    public record Settings(
            Duration connectTimeout, Duration readTimeout, long maxBytes, int attempts, String userAgent) {
        public static Settings defaults(String version) {
            return new Settings(
                    Duration.ofSeconds(15),
                    Duration.ofMinutes(5),
                    2L << 30,
                    3,
                    "armswatch/" + version + " (sanctions list monitor; +https://github.com/armswatch)");
        }
    }

    /** A finished download: the file (absent when the publisher answered "not modified"), and its validators. */
    public record Result(
            Optional<Path> file,
            Optional<String> etag,
            Optional<String> lastModifiedRaw,
            Optional<Instant> lastModified) {
        public boolean notModified() {
            return file.isEmpty();
        }
    }

    /** A download that failed after its retries; the message names the URL and the cause. */
    public static final class DownloadException extends Exception {
        private static final long serialVersionUID = 1L;

        public DownloadException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    public ListDownloader(Settings settings) {
        this.settings = settings;
        this.client = HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    /**
     * Downloads {@code url} into {@code target} (replaced only when the download completes).
     *
     * @param etag the ETag of the previous download, for a conditional request
     * @param lastModified the Last-Modified of the previous download
     * @param progress told the number of bytes received so far
     */
    public Result download(
            URI url, Path target, Optional<String> etag, Optional<String> lastModified, LongConsumer progress)
            throws DownloadException, InterruptedException {
        IOException last = null;
        for (int attempt = 1; attempt <= settings.attempts(); attempt++) {
            try {
                return attempt(url, target, etag, lastModified, progress);
            } catch (RetryableException e) {
                last = e.cause;
            }
            if (attempt < settings.attempts()) {
                Thread.sleep(1000L << (attempt - 1));
            }
        }
        throw new DownloadException(
                "cannot download " + url + ": " + describe(last) + " (after " + settings.attempts() + " attempts)",
                last);
    }

    private Result attempt(
            URI url, Path target, Optional<String> etag, Optional<String> lastModified, LongConsumer progress)
            throws RetryableException, DownloadException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(url)
                .timeout(settings.readTimeout())
                .header("User-Agent", settings.userAgent())
                .GET();
        etag.ifPresent(v -> request.header("If-None-Match", v));
        lastModified.ifPresent(v -> request.header("If-Modified-Since", v));
        HttpResponse<InputStream> response;
        try {
            response = client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            throw new RetryableException(e);
        }
        int status = response.statusCode();
        Optional<String> newEtag = response.headers().firstValue("ETag");
        Optional<String> newLastModified = response.headers().firstValue("Last-Modified");
        if (status == 304) {
            closeQuietly(response.body());
            return new Result(Optional.empty(), etag, lastModified, lastModified.flatMap(ListDownloader::httpDate));
        }
        if (status >= 500 || status == 429) {
            closeQuietly(response.body());
            throw new RetryableException(new IOException("HTTP " + status));
        }
        if (status != 200) {
            closeQuietly(response.body());
            throw new DownloadException("cannot download " + url + ": the server answered HTTP " + status, null);
        }
        long declared = response.headers().firstValueAsLong("Content-Length").orElse(-1);
        if (declared > settings.maxBytes()) {
            closeQuietly(response.body());
            throw new DownloadException(
                    "cannot download " + url + ": " + declared + " bytes, more than the limit of "
                            + settings.maxBytes(),
                    null);
        }
        Path part = target.resolveSibling(target.getFileName() + ".part");
        // The request timeout ends when the headers arrive. The body is read on a worker, which is interrupted
        // when no byte has come for readTimeout: a read blocked on a stalled server would otherwise never end.
        AtomicLong lastRead = new AtomicLong(System.nanoTime());
        FutureTask<Void> copy = new FutureTask<>(() -> {
            copy(response.body(), part, url, n -> {
                lastRead.set(System.nanoTime());
                progress.accept(n);
            });
            return null;
        });
        Thread worker = Thread.ofVirtual().name("armswatch-download").start(copy);
        long timeout = settings.readTimeout().toNanos();
        try {
            while (true) {
                long wait = lastRead.get() + timeout - System.nanoTime();
                if (wait <= 0) {
                    stop(copy, worker, response.body());
                    deleteQuietly(part);
                    throw new RetryableException(new HttpTimeoutException(
                            "no data for " + settings.readTimeout() + " while reading the response"));
                }
                try {
                    copy.get(wait, TimeUnit.NANOSECONDS);
                    break;
                } catch (TimeoutException e) {
                    // Check again from the time of the last read.
                }
            }
        } catch (InterruptedException e) {
            stop(copy, worker, response.body());
            deleteQuietly(part);
            throw e;
        } catch (ExecutionException e) {
            deleteQuietly(part);
            if (e.getCause() instanceof DownloadException d) {
                throw d;
            }
            if (e.getCause() instanceof IOException io) {
                throw new RetryableException(io);
            }
            throw new IllegalStateException("download of " + url + " failed", e.getCause());
        }
        try {
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new DownloadException(
                    "cannot save the download of " + url + " to " + target + ": " + e.getMessage(), e);
        }
        return new Result(
                Optional.of(target), newEtag, newLastModified, newLastModified.flatMap(ListDownloader::httpDate));
    }

    private void copy(InputStream body, Path part, URI url, LongConsumer progress)
            throws IOException, DownloadException {
        try (InputStream in = body;
                OutputStream out = Files.newOutputStream(part)) {
            byte[] buf = new byte[1 << 16];
            long total = 0;
            int n;
            while ((n = in.read(buf)) > 0) {
                total += n;
                if (total > settings.maxBytes()) {
                    throw new DownloadException(
                            "cannot download " + url + ": larger than the limit of " + settings.maxBytes() + " bytes",
                            null);
                }
                out.write(buf, 0, n);
                progress.accept(total);
            }
        }
    }

    /** Stops a body copy: interrupts its blocked read and waits briefly for it to close the partial file. */
    private static void stop(FutureTask<Void> copy, Thread worker, InputStream body) throws InterruptedException {
        copy.cancel(true);
        closeQuietly(body);
        worker.join(Duration.ofSeconds(5));
    }

    /** Parses an HTTP date (RFC 1123), empty when it is not one. */
    static Optional<Instant> httpDate(String value) {
        try {
            return Optional.of(ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME)
                    .toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static String describe(IOException e) {
        if (e == null) {
            return "unknown error";
        }
        if (e instanceof UnknownHostException) {
            return "host not found (" + e.getMessage() + "): no network or DNS";
        }
        if (e instanceof HttpConnectTimeoutException) {
            return "connection timed out";
        }
        if (e instanceof HttpTimeoutException) {
            return "no complete answer in time";
        }
        if (e instanceof ConnectException) {
            return "connection refused or network unreachable";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException e) {
            // The response body is being discarded; a failure to close it changes nothing.
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            // A partial download that cannot be removed is overwritten by the next attempt.
        }
    }

    private static final class RetryableException extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient IOException cause;

        RetryableException(IOException cause) {
            super(cause);
            this.cause = cause;
        }
    }
}
