package org.armswatch.screen;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Scores how well a query name aligns with a listed name, token by token.
 *
 * <p>Both names are cut into units: each token, and each pair of adjacent tokens joined (so that
 * "Jong Un", "Jong-un" and "Jongun" align). Every query unit is compared with every listed unit:
 * equal text scores 1, an initial against a word it begins 0.75, equal sound keys at least 0.9,
 * and Jaro-Winkler similarity of at least 0.88 between tokens of four letters or more counts as
 * a fuzzy match. Pairs are taken greedily, best weighted similarity first, each token used once.
 * The score is the similarity-weighted share of the tokens' weight that aligned:
 *
 * <pre>
 *   score = Σ sim·(w_query + w_listed) over aligned pairs
 *           / (Σ w of all query tokens + Σ w of aligned listed tokens + β·Σ w of unaligned listed tokens)
 * </pre>
 *
 * with β = 0.25, since lists carry middle names and patronymics that a query often leaves out,
 * while a query token that finds no partner counts in full. Weights come from token rarity and
 * kind; a name whose only aligned tokens are legal forms, stopwords or particles scores 0.
 */
final class NameScorer {
    static final double UNALIGNED_LISTED = 0.25;
    private static final double FUZZY_FLOOR = 0.88;
    private static final double PHONETIC = 0.9;
    private static final double INITIAL = 0.75;

    private NameScorer() {}

    /** A scored alignment. */
    record Scored(double score, List<Explanation.TokenMatch> pairs) {}

    private record Unit(int from, int to, String text, String key, double weight, boolean substantive) {}

    private record Pair(Unit q, Unit n, double sim, String how) {}

    /**
     * A query prepared for scoring against many names: its units made once, each with its text
     * prepared for Jaro-Winkler. Scoring with it gives exactly what scoring the tokens gives.
     */
    static final class Query {
        private final List<NameToken> tokens;
        private final double[] weights;
        private final List<Unit> units;
        private final JaroWinkler.Prepared[] prepared;

        private Query(List<NameToken> tokens, double[] weights) {
            this.tokens = tokens;
            this.weights = weights;
            this.units = units(tokens, weights);
            this.prepared = new JaroWinkler.Prepared[units.size()];
            for (int i = 0; i < prepared.length; i++) {
                prepared[i] = JaroWinkler.prepare(units.get(i).text());
            }
        }
    }

    /** The query tokens and their weights, prepared for {@link #score(Query, List, double[])}. */
    static Query prepare(List<NameToken> query, double[] wq) {
        return new Query(query, wq);
    }

    static Scored score(List<NameToken> query, double[] wq, List<NameToken> listed, double[] wn) {
        return score(prepare(query, wq), listed, wn);
    }

    static Scored score(Query prepared, List<NameToken> listed, double[] wn) {
        List<NameToken> query = prepared.tokens;
        double[] wq = prepared.weights;
        List<Unit> qUnits = prepared.units;
        List<Unit> nUnits = units(listed, wn);
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < qUnits.size(); i++) {
            Unit q = qUnits.get(i);
            for (Unit n : nUnits) {
                Pair p = compare(q, prepared.prepared[i], n);
                if (p != null) {
                    pairs.add(p);
                }
            }
        }
        pairs.sort(Comparator.comparingDouble((Pair p) -> -p.sim() * (p.q().weight() + p.n().weight()))
                .thenComparingInt(p -> p.q().from()));
        boolean[] usedQ = new boolean[query.size()];
        boolean[] usedN = new boolean[listed.size()];
        double matched = 0;
        double listedAligned = 0;
        boolean substantive = false;
        List<Explanation.TokenMatch> out = new ArrayList<>();
        for (Pair p : pairs) {
            if (free(usedQ, p.q()) && free(usedN, p.n())) {
                take(usedQ, p.q());
                take(usedN, p.n());
                matched += p.sim() * (p.q().weight() + p.n().weight());
                listedAligned += p.n().weight();
                substantive |= p.q().substantive() && p.n().substantive();
                out.add(new Explanation.TokenMatch(
                        p.q().text(), p.n().text(), round(p.sim()), round(p.q().weight() + p.n().weight()), p.how()));
            }
        }
        double queryTotal = 0;
        for (int i = 0; i < query.size(); i++) {
            queryTotal += wq[i];
            if (!usedQ[i]) {
                out.add(new Explanation.TokenMatch(query.get(i).text(), "", 0, round(wq[i]), "unmatched"));
            }
        }
        double listedUnaligned = 0;
        for (int i = 0; i < listed.size(); i++) {
            if (!usedN[i]) {
                listedUnaligned += wn[i];
            }
        }
        double total = queryTotal + listedAligned + UNALIGNED_LISTED * listedUnaligned;
        double score = !substantive || total <= 0 ? 0 : Math.min(1.0, matched / total);
        return new Scored(score, out);
    }

    private static Pair compare(Unit q, JaroWinkler.Prepared qText, Unit n) {
        boolean joined = q.to() > q.from() || n.to() > n.from();
        if (q.text().equals(n.text())) {
            return new Pair(q, n, 1.0, joined ? "joined" : "exact");
        }
        if (!joined
                && q.text().length() == 1
                && n.text().length() > 1
                && n.text().charAt(0) == q.text().charAt(0)) {
            return new Pair(q, n, INITIAL, "initial");
        }
        if (!joined
                && n.text().length() == 1
                && q.text().length() > 1
                && q.text().charAt(0) == n.text().charAt(0)) {
            return new Pair(q, n, INITIAL, "initial");
        }
        int lq = q.text().length();
        int ln = n.text().length();
        boolean phonetic =
                lq >= 2 && ln >= 2 && q.key().length() >= 2 && q.key().equals(n.key());
        double jw = lq >= 4 && ln >= 4 && Math.abs(lq - ln) <= 3 ? JaroWinkler.similarity(qText, n.text()) : 0;
        if (phonetic) {
            return new Pair(q, n, Math.max(PHONETIC, jw), joined ? "joined" : "phonetic");
        }
        if (jw >= FUZZY_FLOOR) {
            return new Pair(q, n, jw, joined ? "joined" : "fuzzy");
        }
        return null;
    }

    private static List<Unit> units(List<NameToken> tokens, double[] w) {
        List<Unit> units = new ArrayList<>(tokens.size() * 2);
        for (int i = 0; i < tokens.size(); i++) {
            NameToken t = tokens.get(i);
            units.add(new Unit(
                    i,
                    i,
                    t.text(),
                    t.key(),
                    w[i],
                    t.kind() == NameToken.Kind.WORD || t.kind() == NameToken.Kind.INITIAL));
            if (i + 1 < tokens.size()) {
                NameToken next = tokens.get(i + 1);
                if (t.kind() != NameToken.Kind.LEGAL_FORM
                        && next.kind() != NameToken.Kind.LEGAL_FORM
                        && t.kind() != NameToken.Kind.INITIAL
                        && next.kind() != NameToken.Kind.INITIAL) {
                    String text = t.text() + next.text();
                    units.add(new Unit(i, i + 1, text, Phonetic.key(text), w[i] + w[i + 1], true));
                }
            }
        }
        return units;
    }

    private static boolean free(boolean[] used, Unit u) {
        for (int i = u.from(); i <= u.to(); i++) {
            if (used[i]) {
                return false;
            }
        }
        return true;
    }

    private static void take(boolean[] used, Unit u) {
        for (int i = u.from(); i <= u.to(); i++) {
            used[i] = true;
        }
    }

    private static double round(double d) {
        return Math.round(d * 1000) / 1000.0;
    }
}
