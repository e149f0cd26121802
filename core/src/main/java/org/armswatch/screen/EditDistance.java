package org.armswatch.screen;

/** Edit distance with adjacent transpositions (optimal string alignment), cut off early past a bound. */
final class EditDistance {
    private EditDistance() {}

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
        if (bound <= 1) {
            return withinOne(a, b, bound);
        }
        // Three rows of the table in one array: two rows back, the previous row, the current one.
        int width = lb + 1;
        int[] rows = new int[3 * width];
        int prev2 = 0;
        int prev = width;
        int cur = 2 * width;
        for (int j = 0; j <= lb; j++) {
            rows[prev + j] = j;
        }
        for (int i = 1; i <= la; i++) {
            rows[cur] = i;
            int rowMin = i;
            char ca = a.charAt(i - 1);
            for (int j = 1; j <= lb; j++) {
                char cb = b.charAt(j - 1);
                int cost = ca == cb ? 0 : 1;
                int v = Math.min(Math.min(rows[prev + j] + 1, rows[cur + j - 1] + 1), rows[prev + j - 1] + cost);
                if (i > 1 && j > 1 && ca == b.charAt(j - 2) && a.charAt(i - 2) == cb) {
                    v = Math.min(v, rows[prev2 + j - 2] + 1);
                }
                rows[cur + j] = v;
                rowMin = Math.min(rowMin, v);
            }
            if (rowMin > bound) {
                return bound + 1;
            }
            int t = prev2;
            prev2 = prev;
            prev = cur;
            cur = t;
        }
        return Math.min(rows[prev + lb], bound + 1);
    }

    // The distance when the bound is 0 or 1, the lengths differing by no more: 0 for equal
    // strings; 1 for one substitution, insertion, deletion or swap of neighbours; else bound + 1.
    private static int withinOne(String a, String b, int bound) {
        int la = a.length();
        int lb = b.length();
        int i = 0;
        int shorter = Math.min(la, lb);
        while (i < shorter && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (i == la && la == lb) {
            return 0;
        }
        if (bound == 0) {
            return 1;
        }
        boolean one;
        if (la == lb) {
            // Past the first difference, the rest equal after skipping one letter on both sides
            // (a substitution) or after the two letters swapped.
            one = a.regionMatches(i + 1, b, i + 1, la - i - 1)
                    || i + 1 < la
                            && a.charAt(i) == b.charAt(i + 1)
                            && a.charAt(i + 1) == b.charAt(i)
                            && a.regionMatches(i + 2, b, i + 2, la - i - 2);
        } else if (la > lb) {
            one = a.regionMatches(i + 1, b, i, lb - i);
        } else {
            one = a.regionMatches(i, b, i + 1, la - i);
        }
        return one ? 1 : 2;
    }
}
