package org.armswatch.screen;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Combines the name score with what else the query gave. An identifier shared with the entry
 * raises the score by 0.3; a birth date the entry's dates allow ({@link BirthDates#agree}) adds
 * 0.05 and one they exclude takes off 0.2 (dates that cannot be read count as not given); a shared country adds 0.03 and disjoint countries
 * take off 0.1. The score stays in [0,1]. A match that rests on a weak alias alone, with no
 * identifier or birth date to back it, is not a match.
 */
final class Features {
    static final double IDENTIFIER = 0.3;
    static final double BIRTH_DATE_MATCH = 0.05;
    static final double BIRTH_DATE_MISMATCH = -0.2;
    static final double COUNTRY_MATCH = 0.03;
    static final double COUNTRY_MISMATCH = -0.1;

    private Features() {}

    static ScreeningResult apply(
            ScreeningQuery query,
            List<String> identifiers,
            ListedEntry entry,
            String matchedName,
            boolean weak,
            NameScorer.Scored name,
            double threshold) {
        Map<String, Double> features = new LinkedHashMap<>();
        features.put("name", round(name.score()));
        double score = name.score();
        boolean corroborated = false;
        if (!identifiers.isEmpty() && !entry.identifiers().isEmpty()) {
            boolean shared = identifiers.stream().anyMatch(entry.identifiers()::contains);
            if (shared) {
                features.put("identifier", IDENTIFIER);
                score += IDENTIFIER;
                corroborated = true;
            }
        }
        List<String> queryDates = readable(query.birthDates());
        List<String> entryDates = readable(entry.birthDates());
        if (!queryDates.isEmpty() && !entryDates.isEmpty()) {
            boolean allowed =
                    queryDates.stream().anyMatch(q -> entryDates.stream().anyMatch(e -> BirthDates.agree(q, e)));
            double d = allowed ? BIRTH_DATE_MATCH : BIRTH_DATE_MISMATCH;
            features.put("birth_date", d);
            score += d;
            corroborated |= allowed;
        }
        if (!query.countries().isEmpty() && !entry.countries().isEmpty()) {
            boolean shared = query.countries().stream().anyMatch(entry.countries()::contains);
            double d = shared ? COUNTRY_MATCH : COUNTRY_MISMATCH;
            features.put("country", d);
            score += d;
        }
        score = Math.max(0, Math.min(1, score));
        boolean match = score >= threshold && (!weak || corroborated);
        return new ScreeningResult(
                entry, round(score), match, new Explanation(matchedName, weak, name.pairs(), features));
    }

    private static List<String> readable(List<String> dates) {
        return dates.stream()
                .map(BirthDates::normalise)
                .flatMap(java.util.Optional::stream)
                .toList();
    }

    private static double round(double d) {
        return Math.round(d * 10000) / 10000.0;
    }
}
