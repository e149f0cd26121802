package org.armswatch.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.armswatch.lists.ListSources;
import org.armswatch.store.db.StoreConfig;

/**
 * armswatch's configuration, read once: the home folder ({@code --home}, else {@code
 * ARMSWATCH_HOME}, else {@code $XDG_DATA_HOME/armswatch}, else {@code ~/.local/share/armswatch}),
 * the store ({@code --db}, else {@code db.url} in {@code <home>/armswatch.properties}, else the
 * embedded H2 database in the home), and how old each list may be before it is stale
 * ({@code stale-after.<source>} in that file, as {@code 7d}, {@code 36h} or ISO-8601 {@code P7D}).
 *
 * @param home the home folder
 * @param store where the store lives
 * @param staleAfter per-source overrides of the expected cadence
 */
record Settings(Path home, StoreConfig store, Map<String, Duration> staleAfter) {
    static final String FILE = "armswatch.properties";

    Settings {
        staleAfter = Map.copyOf(staleAfter);
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
        for (String key : props.stringPropertyNames()) {
            if (key.startsWith("stale-after.")) {
                String source = key.substring("stale-after.".length());
                if (!ListSources.isValidName(source)) {
                    throw new CliException(
                            ExitCode.USAGE, file + ": " + key + ": '" + source + "' is not a source name");
                }
                stale.put(source, duration(props.getProperty(key), file + ": " + key));
            } else if (!key.startsWith("db.")) {
                throw new CliException(
                        ExitCode.USAGE,
                        file + ": unknown setting '" + key
                                + "' (known: db.url, db.user, db.password, stale-after.<source>)");
            }
        }
        String url = dbOption.orElse(props.getProperty("db.url"));
        StoreConfig store = url == null
                ? StoreConfig.embedded(home)
                : new StoreConfig(url, props.getProperty("db.user"), props.getProperty("db.password"));
        return new Settings(home, store, stale);
    }

    /** The cadence of a source: the configured one, else the catalogue's. */
    Duration cadence(String source) {
        return staleAfter.getOrDefault(source, ListSources.describe(source).cadence());
    }

    /** Parses {@code 7d}, {@code 36h}, {@code 90m} or an ISO-8601 duration. */
    static Duration duration(String text, String where) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        try {
            if (t.matches("\\d+[dhm]")) {
                long n = Long.parseLong(t.substring(0, t.length() - 1));
                return switch (t.charAt(t.length() - 1)) {
                    case 'd' -> Duration.ofDays(n);
                    case 'h' -> Duration.ofHours(n);
                    default -> Duration.ofMinutes(n);
                };
            }
            return Duration.parse(text.trim().toUpperCase(Locale.ROOT));
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new CliException(
                    ExitCode.USAGE, where + ": '" + text + "' is not a duration (as 7d, 36h, 90m or P7D)");
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
