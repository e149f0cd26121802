package org.armswatch.cli;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.armswatch.lists.ListSource;
import org.armswatch.lists.ListSources;
import org.armswatch.news.AddressPolicy;
import org.armswatch.news.PageFetcher;
import org.armswatch.store.db.StoreConfig;

/**
 * armswatch's configuration, read once: the home folder ({@code --home}, else {@code
 * ARMSWATCH_HOME}, else {@code $XDG_DATA_HOME/armswatch}, else {@code ~/.local/share/armswatch}),
 * the store ({@code --db}, else {@code db.url} in {@code <home>/armswatch.properties}, else the
 * embedded H2 database in the home), and how old each list may be before it is stale
 * ({@code stale-after.<source>} in that file, as {@code 7d}, {@code 36h} or ISO-8601 {@code P7D}),
 * and where each list is downloaded from when not from its publisher's official URL
 * ({@code download-url.<source>}, for a mirror), which non-public addresses web pages and feeds
 * may be fetched from ({@code fetch.allow-addresses}, comma-separated ranges such as {@code
 * 10.20.0.0/16}; by default only public addresses are) and how long a page may take to answer
 * ({@code fetch.timeout}).
 *
 * @param home the home folder
 * @param store where the store lives
 * @param staleAfter per-source overrides of the expected cadence
 * @param downloadUrls per-source overrides of the download URL
 * @param fetch how web pages and feeds are fetched
 */
record Settings(
        Path home,
        StoreConfig store,
        Map<String, Duration> staleAfter,
        Map<String, URI> downloadUrls,
        PageFetcher.Settings fetch) {
    static final String FILE = "armswatch.properties";
    private static final String ALLOW_ADDRESSES = "fetch.allow-addresses";
    private static final String FETCH_TIMEOUT = "fetch.timeout";

    Settings {
        staleAfter = Map.copyOf(staleAfter);
        downloadUrls = Map.copyOf(downloadUrls);
    }

    static Settings resolve(Optional<Path> homeOption, Optional<String> dbOption, Map<String, String> env) {
        Path home =
                homeOption.orElseGet(() -> defaultHome(env)).toAbsolutePath().normalize();
        Path file = home.resolve(FILE);
        Properties props = new Properties();
        if (Files.isRegularFile(file)) {
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                props.load(r);
            } catch (IOException | IllegalArgumentException e) {
                throw new CliException(ExitCode.USAGE, file + ": cannot read the settings: " + e.getMessage());
            }
        }
        Map<String, Duration> stale = new HashMap<>();
        Map<String, URI> urls = new HashMap<>();
        PageFetcher.Settings fetch = PageFetcher.Settings.defaults(VersionProvider.version());
        for (String key : props.stringPropertyNames()) {
            String value = props.getProperty(key).trim();
            if (key.startsWith("stale-after.")) {
                stale.put(sourceOf(key, file), duration(value, file + ": " + key));
            } else if (key.startsWith("download-url.")) {
                urls.put(sourceOf(key, file), url(value, file + ": " + key));
            } else if (key.equals(ALLOW_ADDRESSES)) {
                fetch = fetch.withPolicy(policy(value, file));
            } else if (key.equals(FETCH_TIMEOUT)) {
                fetch = fetch.withReadTimeout(duration(value, file + ": " + key));
            } else if (!key.equals("db.url") && !key.equals("db.user") && !key.equals("db.password")) {
                throw new CliException(
                        ExitCode.USAGE,
                        file + ": unknown setting '" + key
                                + "' (known: db.url, db.user, db.password, stale-after.<source>, download-url.<source>, "
                                + ALLOW_ADDRESSES + ", " + FETCH_TIMEOUT + ")");
            }
        }
        String url = dbOption.orElse(props.getProperty("db.url"));
        StoreConfig store = url == null
                ? StoreConfig.embedded(home)
                : new StoreConfig(url, props.getProperty("db.user"), props.getProperty("db.password"));
        return new Settings(home, store, stale, urls, fetch);
    }

    /** The folder of the articles' full-text index. */
    Path searchIndex() {
        return home.resolve("index").resolve("articles");
    }

    /** The lists {@code lists update} downloads, with their configured URLs. */
    List<ListSource> downloadable() {
        return ListSources.downloadable().stream()
                .map(s -> downloadUrls.containsKey(s.name())
                        ? new ListSource(
                                s.name(),
                                s.title(),
                                s.publisher(),
                                Optional.of(downloadUrls.get(s.name())),
                                s.terms(),
                                s.cadence())
                        : s)
                .toList();
    }

    private static AddressPolicy policy(String value, Path file) {
        List<String> ranges = Arrays.stream(value.split(","))
                .map(String::strip)
                .filter(r -> !r.isEmpty())
                .toList();
        try {
            return AddressPolicy.allowing(ranges);
        } catch (IllegalArgumentException e) {
            throw new CliException(ExitCode.USAGE, file + ": " + ALLOW_ADDRESSES + ": " + e.getMessage());
        }
    }

    private static String sourceOf(String key, Path file) {
        String source = key.substring(key.indexOf('.') + 1);
        if (!ListSources.isValidName(source)) {
            throw new CliException(ExitCode.USAGE, file + ": " + key + ": '" + source + "' is not a source name");
        }
        return source;
    }

    private static URI url(String text, String where) {
        try {
            URI uri = new URI(text);
            if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
                throw new URISyntaxException(text, "not an http or https URL");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new CliException(ExitCode.USAGE, where + ": '" + text + "' is not an http(s) URL");
        }
    }

    /** The cadence of a source: the configured one, else the catalogue's. */
    Duration cadence(String source) {
        return staleAfter.getOrDefault(source, ListSources.describe(source).cadence());
    }

    /** Parses {@code 7d}, {@code 36h}, {@code 90m}, {@code 30s} or an ISO-8601 duration. */
    static Duration duration(String text, String where) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        try {
            if (t.matches("\\d+[dhms]")) {
                long n = Long.parseLong(t.substring(0, t.length() - 1));
                return switch (t.charAt(t.length() - 1)) {
                    case 'd' -> Duration.ofDays(n);
                    case 'h' -> Duration.ofHours(n);
                    case 'm' -> Duration.ofMinutes(n);
                    default -> Duration.ofSeconds(n);
                };
            }
            return Duration.parse(text.trim().toUpperCase(Locale.ROOT));
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new CliException(
                    ExitCode.USAGE, where + ": '" + text + "' is not a duration (as 7d, 36h, 90m, 30s or P7D)");
        }
    }

    private static Path defaultHome(Map<String, String> env) {
        String explicit = env.get("ARMSWATCH_HOME");
        if (explicit != null && !explicit.isBlank()) {
            return Path.of(explicit);
        }
        String xdg = env.get("XDG_DATA_HOME");
        if (xdg != null && !xdg.isBlank()) {
            return Path.of(xdg, "armswatch");
        }
        return Path.of(System.getProperty("user.home"), ".local", "share", "armswatch");
    }
}
