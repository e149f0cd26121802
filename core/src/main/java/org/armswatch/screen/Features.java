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

    /** A candidate's score with the features applied, as {@link #apply} gives it, without the explanation. */
    static double score(ScreeningQuery query, List<String> identifiers, ListedEntry entry, double nameScore) {
        return round(adjust(query, identifiers, entry, nameScore, null).score());
    }

    /** A candidate's result: its score with the features applied, whether it is a match, and why. */
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
        Adjusted a = adjust(query, identifiers, entry, name.score(), features);
        boolean match = a.score() >= threshold && (!weak || a.corroborated());
        return new ScreeningResult(
                entry, round(a.score()), match, new Explanation(matchedName, weak, name.pairs(), features));
    }

    /** A score in [0,1] after the features, and whether an identifier or a birth date backs it. */
    private record Adjusted(double score, boolean corroborated) {}

    // The name score with each feature the query and the entry both have applied; each feature's
    // contribution put into `features` unless it is null.
    private static Adjusted adjust(
            ScreeningQuery query,
            List<String> identifiers,
            ListedEntry entry,
            double nameScore,
            Map<String, Double> features) {
        double score = nameScore;
        boolean corroborated = false;
        if (!identifiers.isEmpty() && !entry.identifiers().isEmpty()) {
            boolean shared = identifiers.stream().anyMatch(entry.identifiers()::contains);
            if (shared) {
                put(features, "identifier", IDENTIFIER);
                score += IDENTIFIER;
                corroborated = true;
            }
        }
        List<String> queryDates = readable(query.birthDates());
        List<String> entryDates = queryDates.isEmpty() ? List.of() : readable(entry.birthDates());
        if (!queryDates.isEmpty() && !entryDates.isEmpty()) {
            boolean allowed =
                    queryDates.stream().anyMatch(q -> entryDates.stream().anyMatch(e -> BirthDates.agree(q, e)));
            double d = allowed ? BIRTH_DATE_MATCH : BIRTH_DATE_MISMATCH;
            put(features, "birth_date", d);
            score += d;
            corroborated |= allowed;
        }
        if (!query.countries().isEmpty() && !entry.countries().isEmpty()) {
            boolean shared = query.countries().stream().anyMatch(entry.countries()::contains);
            double d = shared ? COUNTRY_MATCH : COUNTRY_MISMATCH;
            put(features, "country", d);
            score += d;
        }
        return new Adjusted(Math.max(0, Math.min(1, score)), corroborated);
    }

    private static void put(Map<String, Double> features, String feature, double contribution) {
        if (features != null) {
            features.put(feature, contribution);
        }
    }

    private static List<String> readable(List<String> dates) {
        if (dates.isEmpty()) {
            return List.of();
        }
        return dates.stream()
                .map(BirthDates::normalise)
                .flatMap(java.util.Optional::stream)
                .toList();
    }

    private static double round(double d) {
        return Math.round(d * 10000) / 10000.0;
    }
}
