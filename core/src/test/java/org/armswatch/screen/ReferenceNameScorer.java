package org.armswatch.screen;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** {@link NameScorer} as it was first written (commit 0d38cd6), kept unchanged as a reference. */
final class ReferenceNameScorer {
    static final double UNALIGNED_LISTED = 0.25;
    private static final double FUZZY_FLOOR = 0.88;
    private static final double PHONETIC = 0.9;
    private static final double INITIAL = 0.75;

    private ReferenceNameScorer() {}

    /** A scored alignment. */
    private record Unit(int from, int to, String text, String key, double weight, boolean substantive) {}

    private record Pair(Unit q, Unit n, double sim, String how) {}

    static NameScorer.Scored score(List<NameToken> query, double[] wq, List<NameToken> listed, double[] wn) {
        List<Unit> qUnits = units(query, wq);
        List<Unit> nUnits = units(listed, wn);
        List<Pair> pairs = new ArrayList<>();
        for (Unit q : qUnits) {
            for (Unit n : nUnits) {
                Pair p = compare(q, n);
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
        return new NameScorer.Scored(score, out);
    }

    private static Pair compare(Unit q, Unit n) {
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
        double jw =
                lq >= 4 && ln >= 4 && Math.abs(lq - ln) <= 3 ? ReferenceFunctions.jaroWinkler(q.text(), n.text()) : 0;
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
                    units.add(new Unit(i, i + 1, text, ReferenceFunctions.phoneticKey(text), w[i] + w[i + 1], true));
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
