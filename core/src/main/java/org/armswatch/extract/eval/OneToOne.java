package org.armswatch.extract.eval;

import java.util.Arrays;

/** One-to-one matching of predictions to gold items, with optional gold items matched last. */
final class OneToOne {
    /** Whether prediction {@code p} may match gold item {@code g}. */
    @FunctionalInterface
    interface Edge {
        boolean test(int g, int p);
    }

    /**
     * The outcome of a matching.
     *
     * @param goldToPrediction for each gold item, the index of its prediction or -1
     * @param counts required gold matched (tp), predictions matched to nothing (fp), required gold
     *     matched to nothing (fn); predictions matched to optional gold are in none of them
     */
    record Result(int[] goldToPrediction, Counts counts) {}

    private OneToOne() {}

    static Result match(boolean[] optionalGold, int predictions, Edge edge) {
        int gold = optionalGold.length;
        int[] goldToPrediction = new int[gold];
        int[] predictionToGold = new int[predictions];
        Arrays.fill(goldToPrediction, -1);
        Arrays.fill(predictionToGold, -1);
        // Kuhn's augmenting paths, started from each gold item in turn: first every required item
        // (in file order), then every optional one. An augmenting path never unmatches a gold item,
        // so after the first pass the required items form a maximum matching of their own (the most
        // true positives possible), and after the second the whole matching is maximum (the fewest
        // false positives possible, since every prediction left over has no free partner). Trying
        // predictions in file order makes the result deterministic.
        for (int pass = 0; pass < 2; pass++) {
            for (int g = 0; g < gold; g++) {
                if (optionalGold[g] == (pass == 1)) {
                    augment(g, edge, goldToPrediction, predictionToGold, new boolean[predictions]);
                }
            }
        }
        int tp = 0;
        int fn = 0;
        int matched = 0;
        for (int g = 0; g < gold; g++) {
            boolean hit = goldToPrediction[g] >= 0;
            matched += hit ? 1 : 0;
            if (!optionalGold[g]) {
                tp += hit ? 1 : 0;
                fn += hit ? 0 : 1;
            }
        }
        return new Result(goldToPrediction, new Counts(tp, predictions - matched, fn));
    }

    private static boolean augment(int g, Edge edge, int[] goldToPrediction, int[] predictionToGold, boolean[] seen) {
        for (int p = 0; p < predictionToGold.length; p++) {
            if (seen[p] || !edge.test(g, p)) {
                continue;
            }
            seen[p] = true;
            if (predictionToGold[p] < 0
                    || augment(predictionToGold[p], edge, goldToPrediction, predictionToGold, seen)) {
                predictionToGold[p] = g;
                goldToPrediction[g] = p;
                return true;
            }
        }
        return false;
    }
}
