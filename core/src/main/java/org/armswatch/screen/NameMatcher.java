package org.armswatch.screen;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Scores two names against each other without an index, with the same normaliser and scorer a
 * search uses: the first name takes the query's part, the second the listed name's.
 *
 * <p>A search weighs each token by its rarity among the listed names. A pair has no list to count
 * in, so the matcher takes its weights from one: {@link #of(MatchIndex)} weighs tokens by their
 * rarity in that index's names (a token it has never seen weighs as the rarest), which gives the
 * same scores a search against that index would give for the same two names; {@link #uniform()}
 * weighs every word alike (legal forms, stopwords, particles and initials by their kind only).
 */
public final class NameMatcher {
    private final NameNormalizer normalizer;
    private final Function<List<NameToken>, double[]> weights;

    private NameMatcher(NameNormalizer normalizer, Function<List<NameToken>, double[]> weights) {
        this.normalizer = normalizer;
        this.weights = weights;
    }

    /** Weights by rarity in the index's names. */
    public static NameMatcher of(MatchIndex index) {
        return new NameMatcher(index.normalizer(), index::weights);
    }

    /** Every word weighs alike; the kind of a token (legal form, stopword, particle, initial) still counts. */
    public static NameMatcher uniform() {
        return new NameMatcher(NameNormalizer.standard(), NameMatcher::uniformWeights);
    }

    /** A pair's score in [0,1] and how its tokens aligned. */
    public record Comparison(double score, List<Explanation.TokenMatch> tokens) {
        public Comparison {
            tokens = List.copyOf(tokens);
        }
    }

    /**
     * Compares a name with another of the same party type.
     *
     * @param schema the FtM schema of both (Person, Company, Organization, LegalEntity, Vessel …)
     * @param name1 the name as a query gives it
     * @param name2 the name as a list holds it
     * @return score 0 when either name has no letters or digits
     */
    public Comparison compare(String schema, String name1, String name2) {
        Objects.requireNonNull(schema, "schema");
        List<NameToken> a = normalizer.analyse(name1);
        List<NameToken> b = normalizer.analyse(name2);
        if (a.isEmpty() || b.isEmpty()) {
            return new Comparison(0, List.of());
        }
        NameScorer.Scored s = NameScorer.score(a, weights.apply(a), b, weights.apply(b), schema);
        return new Comparison(s.score(), s.pairs());
    }

    private static double[] uniformWeights(List<NameToken> tokens) {
        double[] w = new double[tokens.size()];
        for (int i = 0; i < w.length; i++) {
            w[i] = tokens.get(i).kindWeight();
        }
        return w;
    }
}
