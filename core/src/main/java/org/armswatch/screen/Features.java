package org.armswatch.screen;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Combines the name score with what else the query gave. An identifier shared with the entry
 * raises the score by 0.3; a birth date the entry's dates allow adds 0.05 and one they exclude
 * (years more than one apart) takes off 0.2; a shared country adds 0.03 and disjoint countries
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
        if (!query.birthDates().isEmpty() && !entry.birthDates().isEmpty()) {
            boolean allowed = query.birthDates().stream()
                    .anyMatch(q -> entry.birthDates().stream().anyMatch(e -> datesAgree(q, e)));
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

    // Two FtM dates agree when one is a prefix of the other (1964 and 1964-05-03) or their years
    // are at most one apart (publishers disagree by a year around New Year and approximate dates).
    static boolean datesAgree(String a, String b) {
        if (a.startsWith(b) || b.startsWith(a)) {
            return true;
        }
        if (a.length() < 4 || b.length() < 4) {
            return false;
        }
        try {
            return Math.abs(Integer.parseInt(a.substring(0, 4)) - Integer.parseInt(b.substring(0, 4))) <= 1
                    && (a.length() == 4 || b.length() == 4);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static double round(double d) {
        return Math.round(d * 10000) / 10000.0;
    }
}
