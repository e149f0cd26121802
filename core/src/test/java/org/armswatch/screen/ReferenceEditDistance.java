package org.armswatch.screen;

/**
 * {@link EditDistance} as it was before it was made faster: edit distance with adjacent
 * transpositions (optimal string alignment), cut off early past a bound.
 */
final class ReferenceEditDistance {
    private ReferenceEditDistance() {}

    /**
     * The number of insertions, deletions, substitutions and swaps of two adjacent letters that turn
     * one string into the other, or {@code bound + 1} as soon as it is certain to exceed {@code bound}.
     */
    static int bounded(String a, String b, int bound) {
        int la = a.length();
        int lb = b.length();
        if (Math.abs(la - lb) > bound) {
            return bound + 1;
        }
        int[] prev2 = new int[lb + 1];
        int[] prev = new int[lb + 1];
        int[] cur = new int[lb + 1];
        for (int j = 0; j <= lb; j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= la; i++) {
            cur[0] = i;
            int rowMin = cur[0];
            char ca = a.charAt(i - 1);
            for (int j = 1; j <= lb; j++) {
                char cb = b.charAt(j - 1);
                int cost = ca == cb ? 0 : 1;
                int v = Math.min(Math.min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
                if (i > 1 && j > 1 && ca == b.charAt(j - 2) && a.charAt(i - 2) == cb) {
                    v = Math.min(v, prev2[j - 2] + 1);
                }
                cur[j] = v;
                rowMin = Math.min(rowMin, v);
            }
            if (rowMin > bound) {
                return bound + 1;
            }
            int[] t = prev2;
            prev2 = prev;
            prev = cur;
            cur = t;
        }
        return Math.min(prev[lb], bound + 1);
    }
}
