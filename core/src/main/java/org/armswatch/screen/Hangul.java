package org.armswatch.screen;

/**
 * Romanises Hangul syllables by the Revised Romanization of Korean, one token per syllable, so
 * that 김정은 gives {@code gim jeong eun}. Korean names are written without spaces between the
 * syllables of a given name, and romanised forms split or join them freely ("Jong Un", "Jong-un",
 * "Jongun"); one token per syllable lets the scorer join adjacent tokens as it needs.
 */
final class Hangul {
    private static final int BASE = 0xAC00;
    private static final int LAST = 0xD7A3;
    private static final String[] INITIAL = {
        "g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h"
    };
    private static final String[] VOWEL = {
        "a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we", "wi", "yu", "eu",
        "ui", "i"
    };
    private static final String[] FINAL = {
        "", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p", "p", "t", "t", "ng",
        "t", "t", "k", "t", "p", "t"
    };

    private Hangul() {}

    static boolean isSyllable(int cp) {
        return cp >= BASE && cp <= LAST;
    }

    static boolean contains(String s) {
        return s.codePoints().anyMatch(Hangul::isSyllable);
    }

    /** Replaces each Hangul syllable by its romanisation surrounded by spaces; other text is kept. */
    static String romanise(String s) {
        StringBuilder out = new StringBuilder(s.length() * 3);
        s.codePoints().forEach(cp -> {
            if (isSyllable(cp)) {
                int index = cp - BASE;
                int l = index / (21 * 28);
                int v = (index % (21 * 28)) / 28;
                int t = index % 28;
                out.append(' ')
                        .append(INITIAL[l])
                        .append(VOWEL[v])
                        .append(FINAL[t])
                        .append(' ');
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }
}
