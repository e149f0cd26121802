package org.armswatch.screen;

/**
 * {@link Phonetic} as it was before it was made faster, kept unchanged as the reference its keys
 * must equal.
 *
 * <p>Sound keys of romanised name tokens, equal for the usual transliteration variants.
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
final class ReferencePhonetic {
    private ReferencePhonetic() {}

    /** The sound key of a token of lower-case ASCII letters. */
    static String key(String token) {
        if (hasDigit(token)) {
            return token;
        }
        String s = digraphs(token);
        StringBuilder out = new StringBuilder(s.length());
        char last = 0;
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (isVowel(c) || (c == 'j' && glide(s, i))) {
                // A run of vowels: a leading i or y before a, o or u is a glide (ya, ia, yu, iu); the rest is one vowel
                // of the class of its first letter (ou, oe → u; ei → i).
                int end = i;
                while (end < n && (isVowel(s.charAt(end)) || (s.charAt(end) == 'j' && glide(s, end)))) {
                    end++;
                }
                int start = i;
                if (end - start >= 2 && (c == 'i' || c == 'y') && vowelClass(s.charAt(start + 1)) != 'i') {
                    out.append('Y');
                    start++;
                } else if (c == 'y' && end - start == 1 && i == 0 && end < n) {
                    out.append('Y');
                    i = end;
                    last = 'Y';
                    continue;
                }
                char v = vowelClass(s.charAt(start));
                if (v != last) {
                    out.append(v);
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
                    out.append('K');
                }
                out.append('S');
                last = 'S';
                continue;
            }
            if (code != last) {
                out.append(code);
            }
            last = code;
        }
        return out.length() == 0 ? token : out.toString();
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
        String s = digraphs(token);
        StringBuilder out = new StringBuilder(s.length());
        char last = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
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
            if (code != 0 && code != last) {
                out.append(code);
            }
            if (code != 0) {
                last = code;
            }
        }
        return out.toString();
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
        String s = digraphs(token);
        StringBuilder out = new StringBuilder(s.length());
        char last = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
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
                out.append(code);
            }
            last = code;
        }
        return out.toString();
    }

    // Letter groups rewritten as one upper-case letter: S (sh, sch, shch, ts, tz, initial x, hs),
    // J (zh, dzh, dj, ch, tch), K (kh, ck), F (ph), T (th, dh).
    private static String digraphs(String t) {
        StringBuilder out = new StringBuilder(t.length());
        int i = 0;
        int n = t.length();
        while (i < n) {
            if (t.startsWith("shch", i) || t.startsWith("szcz", i)) {
                out.append('S');
                i += 4;
            } else if (t.startsWith("tsch", i)) {
                out.append('J');
                i += 4;
            } else if (t.startsWith("tsj", i)) {
                out.append('J');
                i += 3;
            } else if (t.startsWith("cz", i)) {
                out.append('J');
                i += 2;
            } else if (t.startsWith("sz", i)) {
                out.append('S');
                i += 2;
            } else if (t.startsWith("sch", i) || t.startsWith("dzh", i) || t.startsWith("tch", i)) {
                out.append(t.charAt(i) == 's' ? 'S' : 'J');
                i += 3;
            } else if (i == 0 && t.startsWith("hs")) {
                out.append('S');
                i += 2;
            } else if (t.startsWith("sh", i) || t.startsWith("ts", i) || t.startsWith("tz", i)) {
                out.append('S');
                i += 2;
            } else if (t.startsWith("zh", i) || t.startsWith("dj", i) || t.startsWith("ch", i)) {
                out.append('J');
                i += 2;
            } else if (t.startsWith("kh", i) || t.startsWith("ck", i)) {
                out.append('K');
                i += 2;
            } else if (t.startsWith("ph", i)) {
                out.append('F');
                i += 2;
            } else if (t.startsWith("th", i) || t.startsWith("dh", i)) {
                out.append('T');
                i += 2;
            } else if (t.startsWith("eo", i) || t.startsWith("eu", i)) {
                // Korean: the Revised Romanization's eo and eu are McCune-Reischauer's o and u.
                out.append(t.charAt(i + 1));
                i += 2;
            } else if (t.charAt(i) == 'c' && i + 1 < n && "eiy".indexOf(t.charAt(i + 1)) >= 0) {
                out.append('Z');
                i++;
            } else if (i == 0 && t.charAt(0) == 'x' && n > 1) {
                out.append('S');
                i++;
            } else {
                out.append(t.charAt(i));
                i++;
            }
        }
        return out.toString();
    }

    // A j or y after a vowel and before a consonant or the end is a vowel (Sergej, Nikolay).
    private static boolean glide(String s, int i) {
        boolean afterVowel = i > 0 && isVowel(s.charAt(i - 1));
        boolean beforeVowel = i + 1 < s.length() && isVowel(s.charAt(i + 1));
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
