package org.armswatch.news;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.net.ssl.SSLException;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.message.BasicHeader;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.Timeout;

/**
 * Fetches web pages over HTTP and HTTPS for the news monitor, refusing to reach addresses its
 * {@link AddressPolicy} forbids.
 *
 * <p>Every host is resolved once; each resolved address is checked against the policy and the connection goes to
 * exactly those checked addresses, so a name server cannot answer differently between the check and the connect;
 * a host with any refused address is refused. IP literals in URLs are checked before any connection. No proxy is
 * used, since the checks only hold for direct connections. Redirects are followed here, not by the HTTP library, so
 * every hop passes the same checks. TLS still verifies the certificate against the host name of the URL.
 *
 * <p>One instance is meant to be shared: fetches may run concurrently from many threads over one connection pool,
 * which {@link #close()} releases.
 */
public final class PageFetcher implements AutoCloseable {
    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);
    private static final String ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,"
            + "application/rss+xml;q=0.9,application/atom+xml;q=0.9,text/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5";
    private static final String ALLOW_HINT = "allow it with fetch.allow-addresses";
    private static final int MAX_CONNECTIONS = 64;
    private static final int MAX_CONNECTIONS_PER_HOST = 8;

    /**
     * How pages are fetched.
     *
     * @param connectTimeout the longest wait for a connection to be established
     * @param readTimeout the longest wait for the next bytes of an answer, and also the longest time one answer
     *     (status, headers and body of one request) may take in all
     * @param maxBytes the largest body accepted, in bytes, after any content decoding; at most
     *     {@code Integer.MAX_VALUE - 8}
     * @param maxRedirects how many redirects are followed for one fetch
     * @param userAgent the User-Agent header sent with every request
     * @param policy which addresses may be connected to
     */
    public record Settings(
            Duration connectTimeout,
            Duration readTimeout,
            long maxBytes,
            int maxRedirects,
            String userAgent,
            AddressPolicy policy) {
        /**
         * @throws NullPointerException if a value is null
         * @throws IllegalArgumentException if a timeout is not positive, a number is out of range or the user agent is
         *     not one non-blank line
         */
        public Settings {
            Objects.requireNonNull(connectTimeout, "connectTimeout");
            Objects.requireNonNull(readTimeout, "readTimeout");
            Objects.requireNonNull(userAgent, "userAgent");
            Objects.requireNonNull(policy, "policy");
            if (connectTimeout.isNegative() || connectTimeout.isZero()) {
                throw new IllegalArgumentException("connectTimeout must be positive: " + connectTimeout);
            }
            if (readTimeout.isNegative() || readTimeout.isZero()) {
                throw new IllegalArgumentException("readTimeout must be positive: " + readTimeout);
            }
            if (maxBytes < 1 || maxBytes > Integer.MAX_VALUE - 8) {
                throw new IllegalArgumentException(
                        "maxBytes must be between 1 and " + (Integer.MAX_VALUE - 8) + ": " + maxBytes);
            }
            if (maxRedirects < 0) {
                throw new IllegalArgumentException("maxRedirects must not be negative: " + maxRedirects);
            }
            if (userAgent.isBlank() || userAgent.contains("\n") || userAgent.contains("\r")) {
                throw new IllegalArgumentException("userAgent must be one non-blank line");
            }
        }

        /**
         * 10 s connect timeout, 30 s read timeout, 20 MiB body limit, 5 redirects, the User-Agent
         * {@code "armswatch/<version> (news monitor; +https://github.com/armswatch)"} and
         * {@link AddressPolicy#publicOnly()}.
         */
        public static Settings defaults(String version) {
            return new Settings(
                    Duration.ofSeconds(10),
                    Duration.ofSeconds(30),
                    20L * 1024 * 1024,
                    5,
                    "armswatch/" + version + " (news monitor; +https://github.com/armswatch)",
                    AddressPolicy.publicOnly());
        }

        /** These settings with another address policy. */
        public Settings withPolicy(AddressPolicy policy) {
            return new Settings(connectTimeout, readTimeout, maxBytes, maxRedirects, userAgent, policy);
        }

        /** These settings with another read timeout. */
        public Settings withReadTimeout(Duration timeout) {
            return new Settings(connectTimeout, timeout, maxBytes, maxRedirects, userAgent, policy);
        }
    }

    /**
     * A fetched page.
     *
     * @param url the URL asked for
     * @param finalUrl the URL the page came from, after redirects
     * @param contentType the Content-Type header, or null
     * @param body the bytes of the body, decoded if the server compressed them
     * @param etag the ETag header, or null
     * @param lastModified the Last-Modified header, or null
     */
    public record Page(URI url, URI finalUrl, String contentType, byte[] body, String etag, String lastModified) {}

    private final Settings settings;
    private final CloseableHttpClient client;
    private final ScheduledThreadPoolExecutor deadlines;

    /** A fetcher with its own connection pool; close it when done. */
    public PageFetcher(Settings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        ConnectionConfig connection = ConnectionConfig.custom()
                .setConnectTimeout(Timeout.of(settings.connectTimeout()))
                .setSocketTimeout(Timeout.of(settings.readTimeout()))
                .build();
        RequestConfig request = RequestConfig.custom()
                .setRedirectsEnabled(false)
                .setAuthenticationEnabled(false)
                .setResponseTimeout(Timeout.of(settings.readTimeout()))
                .build();
        this.client = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setDnsResolver(new CheckingResolver(settings.policy()))
                        .setDefaultConnectionConfig(connection)
                        .setMaxConnTotal(MAX_CONNECTIONS)
                        .setMaxConnPerRoute(MAX_CONNECTIONS_PER_HOST)
                        .build())
                .setDefaultRequestConfig(request)
                .disableRedirectHandling()
                .disableAutomaticRetries()
                .disableCookieManagement()
                .disableAuthCaching()
                .setUserAgent(settings.userAgent())
                .setDefaultHeaders(List.of(new BasicHeader(HttpHeaders.ACCEPT, ACCEPT)))
                .build();
        this.deadlines = new ScheduledThreadPoolExecutor(1, task -> {
            Thread thread = new Thread(task, "armswatch-fetch-deadlines");
            thread.setDaemon(true);
            return thread;
        });
        this.deadlines.setRemoveOnCancelPolicy(true);
    }

    /**
     * Fetches a page, following redirects, sending If-None-Match and If-Modified-Since when validators are given
     * (with every request of a redirect chain).
     *
     * @param url an absolute http or https URL without user information
     * @param etag the ETag of the copy already held, or null
     * @param lastModified the Last-Modified value of the copy already held, or null
     * @return the page, or empty when the server answered 304 Not Modified
     * @throws FetchException if the URL is not fetchable, an address is refused, the connection fails or times out,
     *     the server answers with an error status, too many redirects or a redirect loop, or the body is too large;
     *     the message starts with {@code url}
     * @throws InterruptedException if the thread was interrupted
     */
    public Optional<Page> fetch(URI url, String etag, String lastModified) throws FetchException, InterruptedException {
        Objects.requireNonNull(url, "url");
        URI current = checked(url, withoutFragment(url));
        Set<URI> seen = new HashSet<>();
        seen.add(current);
        for (int redirects = 0; ; redirects++) {
            Answer answer = exchange(url, current, etag, lastModified);
            switch (answer) {
                case Answer.Fetched fetched -> {
                    return Optional.of(new Page(
                            url,
                            current,
                            fetched.contentType(),
                            fetched.body(),
                            fetched.etag(),
                            fetched.lastModified()));
                }
                case Answer.NotModified notModified -> {
                    return Optional.empty();
                }
                case Answer.Redirect redirect -> {
                    if (redirects >= settings.maxRedirects()) {
                        throw failure(url, "more than " + settings.maxRedirects() + " redirects", null);
                    }
                    URI next = checked(url, redirectTarget(url, current, redirect.location()));
                    if (!seen.add(next)) {
                        throw failure(url, "redirect loop at " + next, null);
                    }
                    current = next;
                }
            }
        }
    }

    /**
     * Fetches a page without validators, following redirects.
     *
     * @throws FetchException as for {@link #fetch(URI, String, String)}, and if the server answers 304 Not Modified
     *     although nothing was asked conditionally
     * @throws InterruptedException if the thread was interrupted
     */
    public Page fetch(URI url) throws FetchException, InterruptedException {
        return fetch(url, null, null)
                .orElseThrow(() ->
                        failure(url, "the server answered HTTP 304 (Not Modified) to an unconditional request", null));
    }

    /** Releases the connection pool; the fetcher cannot be used afterwards. */
    @Override
    public void close() {
        client.close(CloseMode.GRACEFUL);
        deadlines.shutdownNow();
    }

    private sealed interface Answer {
        record Fetched(String contentType, byte[] body, String etag, String lastModified) implements Answer {}

        record NotModified() implements Answer {}

        record Redirect(String location) implements Answer {}
    }

    private Answer exchange(URI url, URI hop, String etag, String lastModified)
            throws FetchException, InterruptedException {
        if (Thread.interrupted()) {
            throw new InterruptedException("interrupted before fetching " + hop);
        }
        HttpGet get = new HttpGet(hop);
        if (etag != null) {
            get.addHeader(HttpHeaders.IF_NONE_MATCH, etag);
        }
        if (lastModified != null) {
            get.addHeader(HttpHeaders.IF_MODIFIED_SINCE, lastModified);
        }
        // The socket timeout bounds each wait for bytes; this deadline bounds the whole answer, so a server that
        // trickles bytes just fast enough cannot hold a fetch for ever. Cancelling the request closes its socket.
        AtomicBoolean expired = new AtomicBoolean();
        ScheduledFuture<?> deadline = deadlines.schedule(
                () -> {
                    expired.set(true);
                    get.cancel();
                },
                settings.readTimeout().toNanos(),
                TimeUnit.NANOSECONDS);
        try (ClassicHttpResponse response = client.executeOpen(null, get, null)) {
            return answer(url, hop, response);
        } catch (IOException e) {
            if (Thread.interrupted()) {
                InterruptedException interrupted = new InterruptedException("interrupted while fetching " + hop);
                interrupted.initCause(e);
                throw interrupted;
            }
            throw failure(
                    url,
                    hop,
                    expired.get() ? "no answer within " + seconds(settings.readTimeout()) : describe(e, hop),
                    e);
        } finally {
            deadline.cancel(false);
        }
    }

    private Answer answer(URI url, URI hop, ClassicHttpResponse response) throws FetchException, IOException {
        int status = response.getCode();
        if (status == 304) {
            return new Answer.NotModified();
        }
        if (REDIRECTS.contains(status)) {
            String location = header(response, HttpHeaders.LOCATION);
            if (location == null) {
                throw failure(url, hop, statusText(response) + " without a Location header", null);
            }
            return new Answer.Redirect(location);
        }
        if (status < 200 || status > 299) {
            throw failure(url, hop, statusText(response), null);
        }
        String length = header(response, HttpHeaders.CONTENT_LENGTH);
        if (length != null && isLongerThan(length, settings.maxBytes())) {
            throw failure(url, hop, tooLarge(), null);
        }
        HttpEntity entity = response.getEntity();
        byte[] body;
        if (entity == null) {
            body = new byte[0];
        } else {
            try (InputStream in = entity.getContent()) {
                body = in.readNBytes((int) settings.maxBytes() + 1);
            }
        }
        if (body.length > settings.maxBytes()) {
            throw failure(url, hop, tooLarge(), null);
        }
        return new Answer.Fetched(
                header(response, HttpHeaders.CONTENT_TYPE),
                body,
                header(response, HttpHeaders.ETAG),
                header(response, HttpHeaders.LAST_MODIFIED));
    }

    // Returns hop if it may be requested: an absolute http or https URL with a host and no user information, whose
    // host, when it is an IP literal, the policy allows. Names are checked later, when they are resolved.
    private URI checked(URI url, URI hop) throws FetchException {
        String scheme = hop.getScheme() == null ? "" : hop.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            boolean redirected = !hop.equals(withoutFragment(url));
            throw failure(
                    url,
                    (redirected ? "redirect to " + hop + " refused: " : "") + "only http and https URLs can be fetched",
                    null);
        }
        if (hop.getRawUserInfo() != null) {
            throw failure(url, hop, "URLs with user information (user@host) are not fetched", null);
        }
        String host = hop.getHost();
        if (host == null || host.isEmpty()) {
            throw failure(url, hop, "the URL has no valid host name", null);
        }
        Optional<InetAddress> literal = AddressPolicy.parseLiteral(host);
        if (literal.isPresent()) {
            Optional<String> refusal = settings.policy().refusal(literal.get());
            if (refusal.isPresent()) {
                throw failure(url, hop, refused(literal.get(), host, refusal.get()), null);
            }
        }
        return hop;
    }

    private static URI redirectTarget(URI url, URI hop, String location) throws FetchException {
        try {
            return withoutFragment(hop.resolve(new URI(location.strip())));
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw failure(url, hop, "the server redirected to an unusable Location: " + location, e);
        }
    }

    private static URI withoutFragment(URI uri) {
        if (uri.getRawFragment() == null) {
            return uri;
        }
        String text = uri.toString();
        return URI.create(text.substring(0, text.indexOf('#')));
    }

    private String describe(IOException e, URI hop) {
        Throwable refused = e;
        while (refused != null && !(refused instanceof RefusedAddressException)) {
            refused = refused.getCause();
        }
        if (refused != null) {
            return refused.getMessage();
        }
        if (e instanceof UnknownHostException) {
            return "host not found: " + hop.getHost();
        }
        if (e instanceof ConnectTimeoutException) {
            return "connection timed out after " + seconds(settings.connectTimeout());
        }
        if (e instanceof SocketTimeoutException) {
            return "no answer within " + seconds(settings.readTimeout());
        }
        if (e instanceof NoRouteToHostException) {
            return "no route to host";
        }
        if (e instanceof ConnectException) {
            String message = String.valueOf(e.getMessage());
            return message.toLowerCase(Locale.ROOT).contains("refused")
                    ? "connection refused"
                    : "could not connect (" + message + ")";
        }
        if (e instanceof SSLException) {
            return "TLS failed (" + e.getMessage() + ")";
        }
        return "the connection failed ("
                + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + ")";
    }

    private String tooLarge() {
        return "larger than the limit of " + settings.maxBytes() + " bytes";
    }

    private static String refused(InetAddress address, String host, String reason) {
        return "refused address " + address.getHostAddress() + " for host " + host + " (" + reason + "); " + ALLOW_HINT;
    }

    private static String statusText(ClassicHttpResponse response) {
        String phrase = response.getReasonPhrase();
        return "the server answered HTTP " + response.getCode()
                + (phrase == null || phrase.isBlank() ? "" : " (" + phrase.strip() + ")");
    }

    private static boolean isLongerThan(String contentLength, long limit) {
        try {
            return Long.parseLong(contentLength.strip()) > limit;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static String header(ClassicHttpResponse response, String name) {
        Header header = response.getFirstHeader(name);
        return header == null ? null : header.getValue();
    }

    private static String seconds(Duration duration) {
        long millis = duration.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
    }

    private static FetchException failure(URI url, String reason, Throwable cause) {
        return new FetchException(url + ": " + reason, cause);
    }

    private static FetchException failure(URI url, URI hop, String reason, Throwable cause) {
        boolean redirected = !hop.equals(withoutFragment(url));
        return failure(url, reason + (redirected ? " (redirected to " + hop + ")" : ""), cause);
    }

    /** Resolves a host name once and refuses it if any of its addresses is refused by the policy. */
    private record CheckingResolver(AddressPolicy policy) implements DnsResolver {
        @Override
        public InetAddress[] resolve(String host) throws UnknownHostException {
            InetAddress[] addresses = InetAddress.getAllByName(host);
            for (InetAddress address : addresses) {
                Optional<String> refusal = policy.refusal(address);
                if (refusal.isPresent()) {
                    throw new RefusedAddressException(refused(address, host, refusal.get()));
                }
            }
            return addresses;
        }

        @Override
        public String resolveCanonicalHostname(String host) throws UnknownHostException {
            return resolve(host)[0].getCanonicalHostName();
        }
    }

    /** A host whose address the policy refuses; an UnknownHostException so the resolver may throw it. */
    private static final class RefusedAddressException extends UnknownHostException {
        private static final long serialVersionUID = 1L;

        RefusedAddressException(String message) {
            super(message);
        }
    }
}
