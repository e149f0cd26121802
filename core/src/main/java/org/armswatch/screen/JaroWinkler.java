package org.armswatch.screen;

/**
 * Jaro-Winkler similarity of two strings, in [0,1], with the usual prefix scale 0.1 over at most 4 characters.
 *
 * <p>Matching characters are those equal within a window of half the longer length less one,
 * each character of {@code b} matched at most once, taken greedily for each character of
 * {@code a} in turn at the first free position of {@code b}. For strings of at most 64
 * characters whose second string is ASCII, the matching runs on bit masks: one mask of positions
 * per character of {@code b}, so that each character of {@code a} finds its partner in a few
 * instructions; other strings take the plain loop. Both give the same result.
 *
 * <p>The similarity is symmetric: for each character, the greedy matching pairs its occurrences in
 * the two strings the same way from either side, because the window moves monotonically along
 * both. So a string compared with many others is {@link #prepare prepared} once, its masks made
 * once, and each other string matched against them (tests check both orders against the plain
 * loop).
 */
final class JaroWinkler {
    private static final ThreadLocal<long[]> POSITIONS = ThreadLocal.withInitial(() -> new long[128]);

    private JaroWinkler() {}

    /** A string prepared as the fixed side of many comparisons. */
    static final class Prepared {
        final String text;
        // Positions of each ASCII character, or null when the text is longer than 64 or not ASCII.
        final long[] positions;

        private Prepared(String text) {
            this.text = text;
            long[] p = text.length() <= 64 ? new long[128] : null;
            if (p != null && !mask(text, p)) {
                p = null;
            }
            this.positions = p;
        }
    }

    /** The string prepared for {@link #similarity(Prepared, String)}. */
    static Prepared prepare(String text) {
        return new Prepared(text);
    }

    /** The similarity of the prepared string and another: the same as {@code similarity(p.text, other)}. */
    static double similarity(Prepared p, String other) {
        String fixed = p.text;
        if (fixed.equals(other)) {
            return 1.0;
        }
        if (fixed.isEmpty() || other.isEmpty()) {
            return 0.0;
        }
        if (p.positions != null && other.length() <= 64) {
            return masked(other, fixed, p.positions);
        }
        return similarity(fixed, other);
    }

    static double similarity(String a, String b) {
        if (a.equals(b)) {
            return 1.0;
        }
        int la = a.length();
        int lb = b.length();
        if (la == 0 || lb == 0) {
            return 0.0;
        }
        if (la <= 64 && lb <= 64) {
            long[] positions = POSITIONS.get();
            if (mask(b, positions)) {
                try {
                    return masked(a, b, positions);
                } finally {
                    clear(b, positions);
                }
            }
            clear(b, positions);
        }
        return plain(a, b);
    }

    /**
     * The similarity of the prepared string and the characters {@code chars[from, from + length)}:
     * the same as {@code similarity(p.text, new String(chars, from, length))}, without the string.
     */
    static double similarity(Prepared p, char[] chars, int from, int length) {
        String fixed = p.text;
        int lf = fixed.length();
        if (length == lf) {
            int k = 0;
            while (k < lf && chars[from + k] == fixed.charAt(k)) {
                k++;
            }
            if (k == lf) {
                return 1.0;
            }
        }
        if (lf == 0 || length == 0) {
            return 0.0;
        }
        if (p.positions == null || length > 64) {
            return similarity(fixed, new String(chars, from, length));
        }
        int window = Math.max(0, Math.max(length, lf) / 2 - 1);
        long matchedA = 0;
        long matchedB = 0;
        int matches = 0;
        for (int i = 0; i < length; i++) {
            char c = chars[from + i];
            int lo = Math.max(0, i - window);
            int hi = Math.min(lf - 1, i + window);
            if (c >= 128 || lo > hi) {
                continue;
            }
            long free = p.positions[c] & ~matchedB & (-1L >>> (63 - hi)) & (-1L << lo);
            if (free != 0) {
                matchedA |= 1L << i;
                matchedB |= free & -free;
                matches++;
            }
        }
        if (matches == 0) {
            return 0.0;
        }
        int transpositions = 0;
        long ma = matchedA;
        long mb = matchedB;
        while (ma != 0) {
            if (chars[from + Long.numberOfTrailingZeros(ma)] != fixed.charAt(Long.numberOfTrailingZeros(mb))) {
                transpositions++;
            }
            ma &= ma - 1;
            mb &= mb - 1;
        }
        double m = matches;
        double jaro = (m / length + m / lf + (m - transpositions / 2.0) / m) / 3.0;
        int prefix = 0;
        int max = Math.min(4, Math.min(length, lf));
        while (prefix < max && chars[from + prefix] == fixed.charAt(prefix)) {
            prefix++;
        }
        return jaro + prefix * 0.1 * (1 - jaro);
    }

    // Sets, for each character of b, the bits of its positions; false when b has a non-ASCII character.
    private static boolean mask(String b, long[] positions) {
        for (int j = 0; j < b.length(); j++) {
            char c = b.charAt(j);
            if (c >= 128) {
                return false;
            }
            positions[c] |= 1L << j;
        }
        return true;
    }

    private static void clear(String b, long[] positions) {
        for (int j = 0; j < b.length(); j++) {
            char c = b.charAt(j);
            if (c < 128) {
                positions[c] = 0;
            }
        }
    }

    private static double masked(String a, String b, long[] positions) {
        int la = a.length();
        int lb = b.length();
        int window = Math.max(0, Math.max(la, lb) / 2 - 1);
        long matchedA = 0;
        long matchedB = 0;
        int matches = 0;
        for (int i = 0; i < la; i++) {
            char c = a.charAt(i);
            int from = Math.max(0, i - window);
            int to = Math.min(lb - 1, i + window);
            if (c >= 128 || from > to) {
                continue;
            }
            long inWindow = (-1L >>> (63 - to)) & (-1L << from);
            long free = positions[c] & ~matchedB & inWindow;
            if (free != 0) {
                matchedA |= 1L << i;
                matchedB |= free & -free;
                matches++;
            }
        }
        if (matches == 0) {
            return 0.0;
        }
        int transpositions = 0;
        long ma = matchedA;
        long mb = matchedB;
        while (ma != 0) {
            if (a.charAt(Long.numberOfTrailingZeros(ma)) != b.charAt(Long.numberOfTrailingZeros(mb))) {
                transpositions++;
            }
            ma &= ma - 1;
            mb &= mb - 1;
        }
        return winkler(a, b, matches, transpositions);
    }

    private static double plain(String a, String b) {
        int la = a.length();
        int lb = b.length();
        int window = Math.max(0, Math.max(la, lb) / 2 - 1);
        boolean[] matchedA = new boolean[la];
        boolean[] matchedB = new boolean[lb];
        int matches = 0;
        for (int i = 0; i < la; i++) {
            int from = Math.max(0, i - window);
            int to = Math.min(lb - 1, i + window);
            char c = a.charAt(i);
            for (int j = from; j <= to; j++) {
                if (!matchedB[j] && b.charAt(j) == c) {
                    matchedA[i] = true;
                    matchedB[j] = true;
                    matches++;
                    break;
                }
            }
        }
        if (matches == 0) {
            return 0.0;
        }
        int transpositions = 0;
        int k = 0;
        for (int i = 0; i < la; i++) {
            if (matchedA[i]) {
                while (!matchedB[k]) {
                    k++;
                }
                if (a.charAt(i) != b.charAt(k)) {
                    transpositions++;
                }
                k++;
            }
        }
        return winkler(a, b, matches, transpositions);
    }

    private static double winkler(String a, String b, int matches, int transpositions) {
        int la = a.length();
        int lb = b.length();
        double m = matches;
        double jaro = (m / la + m / lb + (m - transpositions / 2.0) / m) / 3.0;
        int prefix = 0;
        int max = Math.min(4, Math.min(la, lb));
        while (prefix < max && a.charAt(prefix) == b.charAt(prefix)) {
            prefix++;
        }
        return jaro + prefix * 0.1 * (1 - jaro);
    }
}
