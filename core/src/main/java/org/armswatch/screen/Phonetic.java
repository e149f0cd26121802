package org.armswatch.screen;

/**
 * A sound key for romanised name tokens that is the same for the usual transliteration variants:
 * Kim/Gim, Jong/Chong/Jeong, Un/Eun, Shoigu/Shoygu, Dmitriy/Dmitry/Dmitri, Mohammad/Muhammad/Mohammed,
 * Peskov/Peskoff, Yuri/Iuri.
 *
 * <p>The key keeps the consonant skeleton with consonants grouped by how transliterations swap
 * them (voiced and voiceless stops together; sh, sch, shch, s, z together; ch, j, zh, dzh
 * together; l and r together; f, v, w together), drops vowels and h except that a leading vowel
 * is kept as {@code A}, and folds a doubled letter to one. Tokens with digits are their own key.
 */
final class Phonetic {
    private Phonetic() {}

    static String key(String token) {
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
            // The digraphs and trigraphs, found by their first letter; the longest first.
            char code = 0;
            int used = 1;
            switch (c) {
                case 's' -> {
                    if (starts(token, i, "shch")) {
                        code = 'S';
                        used = 4;
                    } else if (starts(token, i, "sch")) {
                        code = 'S';
                        used = 3;
                    } else if (starts(token, i, "sh")) {
                        code = 'S';
                        used = 2;
                    }
                }
                case 'd' -> {
                    if (starts(token, i, "dzh")) {
                        code = 'J';
                        used = 3;
                    } else if (starts(token, i, "dj")) {
                        code = 'J';
                        used = 2;
                    } else if (starts(token, i, "dh")) {
                        code = 'T';
                        used = 2;
                    }
                }
                case 'z' -> {
                    if (starts(token, i, "zh")) {
                        code = 'J';
                        used = 2;
                    }
                }
                case 'c' -> {
                    if (starts(token, i, "ch")) {
                        code = 'J';
                        used = 2;
                    } else if (starts(token, i, "ck")) {
                        code = 'K';
                        used = 2;
                    }
                }
                case 'k', 'g' -> {
                    if (i + 1 < n && token.charAt(i + 1) == 'h') {
                        code = 'K';
                        used = 2;
                    }
                }
                case 'p' -> {
                    if (starts(token, i, "ph")) {
                        code = 'V';
                        used = 2;
                    }
                }
                case 't' -> {
                    if (starts(token, i, "th")) {
                        code = 'T';
                        used = 2;
                    } else if (starts(token, i, "ts") || starts(token, i, "tz")) {
                        code = 'C';
                        used = 2;
                    }
                }
                default -> {}
            }
            if (used == 1) {
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
