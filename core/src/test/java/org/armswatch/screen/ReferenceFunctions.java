package org.armswatch.screen;

/**
 * Jaro-Winkler and the sound key as they were first written (commit 0d38cd6), unchanged: the
 * references that the faster implementations are compared with.
 */
final class ReferenceFunctions {
    private ReferenceFunctions() {}

    static double jaroWinkler(String a, String b) {
        if (a.equals(b)) {
            return 1.0;
        }
        int la = a.length();
        int lb = b.length();
        if (la == 0 || lb == 0) {
            return 0.0;
        }
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
        double m = matches;
        double jaro = (m / la + m / lb + (m - transpositions / 2.0) / m) / 3.0;
        int prefix = 0;
        int max = Math.min(4, Math.min(la, lb));
        while (prefix < max && a.charAt(prefix) == b.charAt(prefix)) {
            prefix++;
        }
        return jaro + prefix * 0.1 * (1 - jaro);
    }

    static String phoneticKey(String token) {
        for (int i = 0; i < token.length(); i++) {
            if (Character.isDigit(token.charAt(i))) {
                return token;
            }
        }
        StringBuilder out = new StringBuilder(token.length());
        int i = 0;
        int n = token.length();
        char last = 0;
        while (i < n) {
            char c = token.charAt(i);
            char code;
            int used = 1;
            if (starts(token, i, "shch")) {
                code = 'S';
                used = 4;
            } else if (starts(token, i, "dzh")) {
                code = 'J';
                used = 3;
            } else if (starts(token, i, "sch") || starts(token, i, "sh")) {
                code = 'S';
                used = token.startsWith("sch", i) ? 3 : 2;
            } else if (starts(token, i, "zh") || starts(token, i, "dj") || starts(token, i, "ch")) {
                code = 'J';
                used = 2;
            } else if (starts(token, i, "kh") || starts(token, i, "gh") || starts(token, i, "ck")) {
                code = 'K';
                used = 2;
            } else if (starts(token, i, "ph")) {
                code = 'V';
                used = 2;
            } else if (starts(token, i, "th") || starts(token, i, "dh")) {
                code = 'T';
                used = 2;
            } else if (starts(token, i, "ts") || starts(token, i, "tz")) {
                code = 'C';
                used = 2;
            } else {
                code = single(c);
            }
            if (code == 'A') {
                if (i == 0) {
                    out.append('A');
                }
                last = 0;
            } else if (code != 0) {
                boolean doubled = code == last && i > 0 && token.charAt(i - 1) == c;
                if (!doubled) {
                    out.append(code);
                }
                last = code;
            }
            i += used;
        }
        if (out.length() == 0) {
            return token;
        }
        return out.toString();
    }

    private static boolean starts(String s, int i, String prefix) {
        return s.startsWith(prefix, i);
    }

    private static char single(char c) {
        return switch (c) {
            case 'a', 'e', 'i', 'o', 'u', 'y' -> 'A';
            case 'b', 'p' -> 'P';
            case 'd', 't' -> 'T';
            case 'g', 'k', 'c', 'q' -> 'K';
            case 's', 'z' -> 'S';
            case 'j' -> 'J';
            case 'l', 'r' -> 'R';
            case 'f', 'v', 'w' -> 'V';
            case 'm' -> 'M';
            case 'n' -> 'N';
            case 'x' -> 'X';
            case 'h' -> 0;
            default -> Character.isLetter(c) ? Character.toUpperCase(c) : 0;
        };
    }
}
