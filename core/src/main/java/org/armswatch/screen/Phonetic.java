package org.armswatch.screen;

/**
 * Sound keys of romanised name tokens, equal for the usual transliteration variants.
 *
 * <p>{@link #key} rewrites a token as it sounds rather than as a transliteration spells it:
 * consonants grouped by how transliterations swap them, vowels folded into three classes (a; e i
 * y; o u; a run of vowels one vowel of the class of its first, a leading i or y before another
 * vowel a glide), a doubled letter written once. Kim/Gim, Jong/Chong/Jeong, Un/Eun, Chol/Cheol,
 * Shoigu/Shoygu, Dmitriy/Dmitry/Dmitri, Sergei/Sergey/Sergej, Osama/Usama, Qaddafi/Gaddafi,
 * Peskov/Peskoff, Wladimir/Vladimir, Zelensky/Selenskyj, Ahmadinejad/Ahmadinezhad, Tse-tung/Zedong
 * and Hsi/Xi share a key; Olga/Oleg, Kim/Kum, Lasse/Reza or Sancho/Sanchez do not. Variants that
 * differ by a vowel (Mohammed/Muhammad, Husayn/Hussein, Yusuf/Yousef) are an edit apart. The
 * groups: b p; d t (and th, dh); g k q, hard c, ck, kh; s z, soft c (before e, i, y), sh, sch,
 * shch, Polish sz and szcz, ts, tz, initial x and hs; j, zh, dzh, dj, ch, tch, German tsch, Dutch tsj,
 * Polish cz; f v w ph; l; r; m; n. An h that is not
 * part of one of those letter pairs is dropped; Korean eo and eu are read o and u; a j after a
 * vowel and before a consonant or the end is a vowel (Sergej, Nikolaj).
 *
 * <p>{@link #skeleton} is looser, for tokens romanised from scripts that leave vowels unwritten or
 * spell foreign names by syllables (Arabic, Persian, Hebrew; Hangul, Kana): the consonants alone,
 * with labials (b p f v) together and l with r, w and y taken as vowels except at the start. بوتين (bwtyn) and
 * Putin, فلاديمير (fladymyr) and Vladimir, 블라디미르 (beulladimireu) and Vladimir share a skeleton.
 *
 * <p>Tokens with digits are their own key and skeleton.
 */
final class Phonetic {
    private Phonetic() {}

    /** The sound key of a token of lower-case ASCII letters. */
    static String key(String token) {
        if (hasDigit(token)) {
            return token;
        }
        // The letter groups rewritten in the first part of one array, the key written after them:
        // a letter gives at most two letters of key (x, ks).
        char[] s = new char[3 * token.length()];
        int n = digraphs(token, s);
        int length = n;
        char last = 0;
        int i = 0;
        while (i < n) {
            char c = s[i];
            if (isVowel(c) || (c == 'j' && glide(s, n, i))) {
                // A run of vowels: a leading i or y before a, o or u is a glide (ya, ia, yu, iu); the rest is one vowel
                // of the class of its first letter (ou, oe → u; ei → i).
                int end = i;
                while (end < n && (isVowel(s[end]) || (s[end] == 'j' && glide(s, n, end)))) {
                    end++;
                }
                int start = i;
                if (end - start >= 2 && (c == 'i' || c == 'y') && vowelClass(s[start + 1]) != 'i') {
                    s[length++] = 'Y';
                    start++;
                } else if (c == 'y' && end - start == 1 && i == 0 && end < n) {
                    s[length++] = 'Y';
                    i = end;
                    last = 'Y';
                    continue;
                }
                char v = vowelClass(s[start]);
                if (v != last) {
                    s[length++] = v;
                }
                last = v;
                i = end;
                continue;
            }
            char code =
                    switch (c) {
                        case 'j', 'J' -> 'J';
                        case 'b', 'p' -> 'P';
                        case 'd', 't', 'T' -> 'T';
                        case 'g', 'k', 'q', 'c', 'K' -> 'K';
                        case 's', 'z', 'S', 'Z' -> 'S';
                        case 'l' -> 'L';
                        case 'r' -> 'R';
                        case 'f', 'v', 'w', 'F' -> 'V';
                        case 'm' -> 'M';
                        case 'n' -> 'N';
                        case 'x' -> 'X';
                        case 'h' -> 0;
                        default -> Character.isLetter(c) ? Character.toUpperCase(c) : 0;
                    };
            i++;
            if (code == 0) {
                continue;
            }
            if (code == 'X') {
                if (last != 'K') {
                    s[length++] = 'K';
                }
                s[length++] = 'S';
                last = 'S';
                continue;
            }
            if (code != last) {
                s[length++] = code;
            }
            last = code;
        }
        return length == n ? token : new String(s, n, length - n);
    }

    /**
     * A stricter key for syllables of Hangul and Han: consonants grouped as in {@link #key}, vowels
     * kept as written (Korean eo and eu read o and u), a doubled letter once. Jeong, Jong and Chong
     * share it; Chao and Chai, Kim and Kum do not.
     */
    static String strictKey(String token) {
        if (hasDigit(token)) {
            return token;
        }
        // The key is written over the letter groups already read.
        char[] s = new char[token.length()];
        int n = digraphs(token, s);
        int length = 0;
        char last = 0;
        for (int i = 0; i < n; i++) {
            char c = s[i];
            char code =
                    switch (c) {
                        case 'a', 'e', 'i', 'o', 'u', 'y', 'w' -> c;
                        case 'j', 'J' -> 'J';
                        case 'b', 'p' -> 'P';
                        case 'd', 't', 'T' -> 'T';
                        case 'g', 'k', 'q', 'c', 'K' -> 'K';
                        case 's', 'z', 'S', 'Z', 'x' -> 'S';
                        case 'l' -> 'L';
                        case 'r' -> 'R';
                        case 'f', 'v', 'F' -> 'V';
                        case 'h' -> 0;
                        default -> Character.isLetter(c) ? Character.toUpperCase(c) : 0;
                    };
            if (code != 0) {
                if (code != last) {
                    s[length++] = code;
                }
                last = code;
            }
        }
        return new String(s, 0, length);
    }

    private static char vowelClass(char c) {
        return switch (c) {
            case 'a' -> 'a';
            case 'o', 'u' -> 'u';
            default -> 'i';
        };
    }

    /**
     * The consonant skeleton of a token.
     *
     * @param loose whether the token comes from a script that leaves vowels unwritten (then a w
     *     or y inside the token is a vowel letter)
     */
    static String skeleton(String token, boolean loose) {
        if (hasDigit(token)) {
            return token;
        }
        // The key is written over the letter groups already read.
        char[] s = new char[token.length()];
        int n = digraphs(token, s);
        int length = 0;
        char last = 0;
        for (int i = 0; i < n; i++) {
            char c = s[i];
            char code =
                    switch (c) {
                        case 'a', 'e', 'i', 'o', 'u' -> 0;
                        case 'y' -> 0;
                        case 'w' -> loose && i > 0 ? 0 : 'P';
                        case 'b', 'p', 'f', 'v', 'F' -> 'P';
                        case 'd', 't', 'T' -> 'T';
                        case 'g', 'k', 'q', 'c', 'K' -> 'K';
                        case 's', 'z', 'S', 'Z', 'x' -> 'S';
                        case 'j', 'J' -> 'J';
                        case 'l', 'r' -> 'R';
                        case 'm' -> 'M';
                        case 'n' -> 'N';
                        case 'h' -> 0;
                        default -> Character.isLetter(c) ? Character.toUpperCase(c) : 0;
                    };
            if (code == 0) {
                last = 0;
                continue;
            }
            if (code != last) {
                s[length++] = code;
            }
            last = code;
        }
        return new String(s, 0, length);
    }

    // Letter groups rewritten as one upper-case letter: S (sh, sch, shch, ts, tz, initial x, hs),
    // J (zh, dzh, dj, ch, tch), K (kh, ck), F (ph), T (th, dh). Writes the token so rewritten into
    // out (as long as the token at least) and returns its length. The letter that may begin a
    // group decides which groups are tried, longest first.
    private static int digraphs(String t, char[] out) {
        int length = 0;
        int i = 0;
        int n = t.length();
        while (i < n) {
            char c = t.charAt(i);
            char next = i + 1 < n ? t.charAt(i + 1) : 0;
            char code = 0;
            int skip = 1;
            switch (c) {
                case 's' -> {
                    if (t.startsWith("shch", i) || t.startsWith("szcz", i)) {
                        code = 'S';
                        skip = 4;
                    } else if (next == 'z' || next == 'h') {
                        code = 'S';
                        skip = 2;
                    } else if (t.startsWith("sch", i)) {
                        code = 'S';
                        skip = 3;
                    }
                }
                case 't' -> {
                    if (t.startsWith("tsch", i)) {
                        code = 'J';
                        skip = 4;
                    } else if (t.startsWith("tsj", i) || t.startsWith("tch", i)) {
                        code = 'J';
                        skip = 3;
                    } else if (next == 's' || next == 'z') {
                        code = 'S';
                        skip = 2;
                    } else if (next == 'h') {
                        code = 'T';
                        skip = 2;
                    }
                }
                case 'c' -> {
                    if (next == 'z' || next == 'h') {
                        code = 'J';
                        skip = 2;
                    } else if (next == 'k') {
                        code = 'K';
                        skip = 2;
                    } else if (next == 'e' || next == 'i' || next == 'y') {
                        code = 'Z';
                    }
                }
                case 'd' -> {
                    if (t.startsWith("dzh", i)) {
                        code = 'J';
                        skip = 3;
                    } else if (next == 'j') {
                        code = 'J';
                        skip = 2;
                    } else if (next == 'h') {
                        code = 'T';
                        skip = 2;
                    }
                }
                case 'z' -> {
                    if (next == 'h') {
                        code = 'J';
                        skip = 2;
                    }
                }
                case 'k' -> {
                    if (next == 'h') {
                        code = 'K';
                        skip = 2;
                    }
                }
                case 'p' -> {
                    if (next == 'h') {
                        code = 'F';
                        skip = 2;
                    }
                }
                case 'h' -> {
                    if (i == 0 && next == 's') {
                        code = 'S';
                        skip = 2;
                    }
                }
                case 'e' -> {
                    // Korean: the Revised Romanization's eo and eu are McCune-Reischauer's o and u.
                    if (next == 'o' || next == 'u') {
                        code = next;
                        skip = 2;
                    }
                }
                case 'x' -> {
                    if (i == 0 && n > 1) {
                        code = 'S';
                    }
                }
                default -> {}
            }
            out[length++] = code == 0 ? c : code;
            i += skip;
        }
        return length;
    }

    // A j or y after a vowel and before a consonant or the end is a vowel (Sergej, Nikolay).
    private static boolean glide(char[] s, int n, int i) {
        boolean afterVowel = i > 0 && isVowel(s[i - 1]);
        boolean beforeVowel = i + 1 < n && isVowel(s[i + 1]);
        return afterVowel && !beforeVowel;
    }

    private static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
    }

    private static boolean hasDigit(String token) {
        for (int i = 0; i < token.length(); i++) {
            if (Character.isDigit(token.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
