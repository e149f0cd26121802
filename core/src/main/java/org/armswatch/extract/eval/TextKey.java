package org.armswatch.extract.eval;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The comparison key of the scorer: text after NFKC normalisation, lower-cased, with everything but
 * letters and digits removed. Two texts that differ only in case, punctuation or white space have
 * the same key ({@code "Kim Jong-un"} and {@code "kim jong un"}; {@code "Russia’s"} and
 * {@code "Russias"}).
 */
final class TextKey {
    private TextKey() {}

    static String of(String text) {
        if (text == null) {
            return "";
        }
        String n = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder key = new StringBuilder(n.length());
        n.codePoints().filter(Character::isLetterOrDigit).forEach(key::appendCodePoint);
        return key.toString();
    }

    /** Whether {@code outer}'s key contains {@code inner}'s; an empty inner key is contained nowhere. */
    static boolean contains(String outer, String inner) {
        String in = of(inner);
        return !in.isEmpty() && of(outer).contains(in);
    }
}
