package org.armswatch.model;

import java.text.Normalizer;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * ISO 3166-1 countries, found by alpha-2 code, alpha-3 code, English name, or one of the other
 * names publishers use ("Democratic People's Republic of Korea", "Iran (Islamic Republic of)",
 * "Korea, North", "Russian Federation"). Codes come from the JDK; the extra names from
 * {@code country-names.tsv}. Immutable reference data.
 */
public final class Countries {
    private static final Countries INSTANCE = load();

    /** A country: lower-case alpha-2 code as FtM stores it, upper-case alpha-3 code as armswatch prints it. */
    public record Country(String alpha2, String alpha3, String name) {}

    private final Map<String, Country> byAlpha2;
    private final Map<String, Country> byKey;

    private Countries(Map<String, Country> byAlpha2, Map<String, Country> byKey) {
        this.byAlpha2 = byAlpha2;
        this.byKey = byKey;
    }

    public static Countries get() {
        return INSTANCE;
    }

    /**
     * Finds a country by code or name, ignoring case, accents, punctuation and a leading "the".
     *
     * @return the country, empty when the text names none
     */
    public Optional<Country> find(String text) {
        if (text == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(byKey.get(key(text)));
    }

    /** Like {@link #find(String)} but fails with a message listing the accepted forms. */
    public Country require(String text) {
        return find(text)
                .orElseThrow(() -> new IllegalArgumentException("unknown country '" + text
                        + "': give an ISO 3166 alpha-2 code (KP), alpha-3 code (PRK) or English name (North Korea)"));
    }

    /** The country of an FtM alpha-2 code such as {@code kp}. */
    public Optional<Country> byAlpha2(String alpha2) {
        return alpha2 == null ? Optional.empty() : Optional.ofNullable(byAlpha2.get(alpha2.toLowerCase(Locale.ROOT)));
    }

    /** The alpha-3 code of an FtM alpha-2 code, or the value itself upper-cased when it is not a known code. */
    public String toAlpha3(String alpha2) {
        return byAlpha2(alpha2).map(Country::alpha3).orElse(alpha2 == null ? null : alpha2.toUpperCase(Locale.ROOT));
    }

    public Collection<Country> all() {
        return byAlpha2.values();
    }

    static String key(String text) {
        String s = Normalizer.normalize(Text.clean(text), Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT)
                .replace('\u2019', '\'')
                .replaceAll("[^\\p{L}\\p{N}']+", " ")
                .trim();
        if (s.startsWith("the ")) {
            s = s.substring(4);
        }
        return s;
    }

    private static Countries load() {
        Map<String, Country> byAlpha2 = new TreeMap<>();
        Map<String, Country> byKey = new HashMap<>();
        for (String code : Locale.getISOCountries()) {
            Locale locale = Locale.of("", code);
            Country c = new Country(
                    code.toLowerCase(Locale.ROOT), locale.getISO3Country(), locale.getDisplayCountry(Locale.ENGLISH));
            byAlpha2.put(c.alpha2(), c);
        }
        String resource = "country-names.tsv";
        Map<String, String> extraNames = new HashMap<>();
        for (ResourceLines.Line line : ResourceLines.read(Countries.class, resource)) {
            String[] cols = line.text().split("\t");
            if (cols.length < 2) {
                throw new IllegalStateException(resource + " line " + line.number() + ": expected code<TAB>name");
            }
            String code = cols[0].trim().toLowerCase(Locale.ROOT);
            if (cols[0].contains("=")) {
                // A code the JDK lacks: "su=SUN=Soviet Union".
                String[] parts = cols[0].split("=");
                code = parts[0].toLowerCase(Locale.ROOT);
                byAlpha2.putIfAbsent(code, new Country(code, parts[1], parts[2]));
            }
            if (!byAlpha2.containsKey(code)) {
                throw new IllegalStateException(resource + " line " + line.number() + ": unknown code " + cols[0]);
            }
            for (int i = 1; i < cols.length; i++) {
                extraNames.put(key(cols[i]), code);
            }
        }
        for (Country c : byAlpha2.values()) {
            byKey.put(c.alpha2(), c);
            byKey.put(c.alpha3().toLowerCase(Locale.ROOT), c);
            byKey.put(key(c.name()), c);
        }
        extraNames.forEach((k, code) -> byKey.put(k, byAlpha2.get(code)));
        return new Countries(Map.copyOf(byAlpha2), Map.copyOf(byKey));
    }
}
