package org.armswatch.news;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Guesses the language of a text from its script and from common short words. */
public final class Languages {
    /** Returned when the language cannot be told. */
    public static final String UNDETERMINED = "und";

    private static final int MIN_HITS = 3;
    private static final Map<String, Set<String>> STOPWORDS = load();

    private Languages() {}

    /**
     * The language of {@code text} as an ISO 639-1 code, or {@code "und"}.
     *
     * <p>Korean, Japanese and Chinese are told by script alone; Cyrillic and Arabic script by letters only one
     * language of the pair uses, else by common words; Latin script by common words only. Fewer than three
     * common-word hits give {@code "und"}.
     */
    public static String detect(String text) {
        // Count letters per script; the script with the most letters decides which languages compete.
        int latin = 0, cyrillic = 0, arabic = 0, han = 0, kana = 0, hangul = 0;
        boolean ukrainianLetter = false, russianLetter = false, persianLetter = false;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (!Character.isLetter(c)) {
                continue;
            }
            switch (Character.UnicodeScript.of(c)) {
                case LATIN -> latin++;
                case CYRILLIC -> {
                    cyrillic++;
                    int lower = Character.toLowerCase(c);
                    ukrainianLetter |= lower == 'і' || lower == 'ї' || lower == 'є' || lower == 'ґ';
                    russianLetter |= lower == 'ы' || lower == 'э' || lower == 'ъ' || lower == 'ё';
                }
                case ARABIC -> {
                    arabic++;
                    // پ چ ژ گ and the Persian forms of kaf and yeh.
                    persianLetter |= c == '\u067E'
                            || c == '\u0686'
                            || c == '\u0698'
                            || c == '\u06AF'
                            || c == '\u06A9'
                            || c == '\u06CC';
                }
                case HAN -> han++;
                case HIRAGANA, KATAKANA -> kana++;
                case HANGUL -> hangul++;
                default -> {}
            }
        }
        if (hangul > 0 && hangul >= latin + cyrillic + arabic) {
            return "ko";
        }
        if (kana > 0 && kana + han >= latin + cyrillic + arabic) {
            return "ja";
        }
        if (han > 0 && han >= latin + cyrillic + arabic) {
            return "zh";
        }
        if (cyrillic > latin && cyrillic >= arabic) {
            if (ukrainianLetter != russianLetter) {
                return ukrainianLetter ? "uk" : "ru";
            }
            return byStopwords(text, "ru", "uk");
        }
        if (arabic > latin) {
            return persianLetter ? "fa" : byStopwords(text, "ar", "fa");
        }
        return byStopwords(text, "en", "fr", "de", "es", "it", "pt");
    }

    // The candidate with the most word hits wins, the earlier one on ties; too few hits give "und".
    private static String byStopwords(String text, String... candidates) {
        Map<String, Integer> hits = new LinkedHashMap<>();
        for (String c : candidates) {
            hits.put(c, 0);
        }
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{M}]+")) {
            if (word.isEmpty()) {
                continue;
            }
            for (String c : candidates) {
                if (STOPWORDS.getOrDefault(c, Set.of()).contains(word)) {
                    hits.merge(c, 1, Integer::sum);
                }
            }
        }
        String best = UNDETERMINED;
        int bestHits = MIN_HITS - 1;
        for (Map.Entry<String, Integer> e : hits.entrySet()) {
            if (e.getValue() > bestHits) {
                best = e.getKey();
                bestHits = e.getValue();
            }
        }
        return best;
    }

    private static Map<String, Set<String>> load() {
        Map<String, Set<String>> lexicons = new HashMap<>();
        try (InputStream in = Languages.class.getResourceAsStream("stopwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("resource stopwords.txt missing");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                int tab = line.indexOf('\t');
                if (line.isBlank() || line.startsWith("#") || tab < 0) {
                    continue;
                }
                lexicons.put(
                        line.substring(0, tab),
                        Set.of(line.substring(tab + 1).trim().split("\\s+")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(lexicons);
    }
}
