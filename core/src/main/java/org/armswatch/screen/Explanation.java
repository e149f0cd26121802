package org.armswatch.screen;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Why an entry scored what it scored.
 *
 * @param matchedName the entry's name that aligned best with the query
 * @param weakAlias whether that name is a weak (low-quality) alias, which alone never makes a match
 * @param tokens how each query token aligned with the listed name's tokens
 * @param features each feature's contribution to the score: {@code name} (the name score), and
 *     where the query gave them {@code birth_date}, {@code country}, {@code identifier}
 */
public record Explanation(
        String matchedName, boolean weakAlias, List<TokenMatch> tokens, Map<String, Double> features) {
    public Explanation {
        tokens = List.copyOf(tokens);
        features = Collections.unmodifiableMap(new LinkedHashMap<>(features));
    }

    /**
     * One aligned pair of tokens, or a token left unmatched.
     *
     * @param query the query token(s), joined by a space when several were joined
     * @param listed the listed token(s), empty when the query token found no partner
     * @param similarity in [0,1]
     * @param weight the pair's weight (rarer tokens weigh more)
     * @param how {@code exact}, {@code phonetic}, {@code fuzzy}, {@code initial}, {@code joined}, or {@code unmatched}
     */
    public record TokenMatch(String query, String listed, double similarity, double weight, String how) {}
}
