package org.armswatch.extract.gazetteer;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the forms written in gazetteer files into token sequences shaped like those of CoreNLP's PTB tokenizer,
 * with the spelling variants a tokenizer or a newsroom may produce, and folds tokens for comparison.
 */
final class NameTokens {
    private static final Pattern CALIBRE = Pattern.compile("(\\d+(?:\\.\\d+)?)-?mm", Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:\\.\\d+)?");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final int MAX_VARIANTS = 64;

    private NameTokens() {}

    /**
     * Removes accents and unifies apostrophes and hyphens, keeping case: "Élysée" → "Elysee", "Jong‑un" → "Jong-un",
     * "People’s" → "People's".
     */
    static String fold(String token) {
        String s = Normalizer.normalize(token, Normalizer.Form.NFD);
        s = MARKS.matcher(s).replaceAll("");
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\u2018', '\u2019', '\u02BC', '\u0060', '\u00B4' -> out.append('\'');
                case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212' -> out.append('-');
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** The key a token is looked up by: folded and lower-cased. */
    static String key(String token) {
        return fold(token).toLowerCase(Locale.ROOT);
    }

    /**
     * Splits a written form into tokens the way the PTB tokenizer would: on white space, with a possessive
     * {@code 's} or {@code '} and a trailing comma split off, and a number followed by "mm" joined into one calibre
     * token ("152 mm" → "152mm").
     */
    static List<String> tokenize(String form) {
        List<String> tokens = new ArrayList<>();
        for (String piece : fold(form).trim().split("\\s+")) {
            if (piece.isEmpty()) {
                continue;
            }
            String trailing = null;
            if (piece.length() > 1 && piece.endsWith(",")) {
                piece = piece.substring(0, piece.length() - 1);
                trailing = ",";
            }
            if (piece.length() > 2 && piece.endsWith("'s")) {
                tokens.add(piece.substring(0, piece.length() - 2));
                tokens.add("'s");
            } else if (piece.length() > 1 && piece.endsWith("'")) {
                tokens.add(piece.substring(0, piece.length() - 1));
                tokens.add("'");
            } else if (piece.equalsIgnoreCase("mm")
                    && !tokens.isEmpty()
                    && NUMBER.matcher(tokens.getLast()).matches()) {
                tokens.add(tokens.removeLast() + "mm");
            } else {
                tokens.add(piece);
            }
            if (trailing != null) {
                tokens.add(trailing);
            }
        }
        return tokens;
    }

    /**
     * The token sequences that spell a tokenized form: a calibre token also as "152 mm", "152-mm" and
     * "152 - mm"; a hyphenated token also split at its hyphens, with and without the hyphens as tokens
     * ("Shahed-136" → "Shahed - 136", "Shahed 136"). The form itself comes first.
     */
    static List<List<String>> spellings(List<String> tokens) {
        // Cartesian product of each token's alternatives, capped so that a form with many hyphens stays small.
        List<List<String>> result = new ArrayList<>();
        result.add(List.of());
        for (String token : tokens) {
            List<List<String>> alternatives = alternatives(token);
            List<List<String>> next = new ArrayList<>();
            for (List<String> prefix : result) {
                for (List<String> alternative : alternatives) {
                    if (next.size() >= MAX_VARIANTS) {
                        break;
                    }
                    List<String> joined = new ArrayList<>(prefix);
                    joined.addAll(alternative);
                    next.add(List.copyOf(joined));
                }
            }
            result = next;
        }
        return result;
    }

    private static List<List<String>> alternatives(String token) {
        Matcher calibre = CALIBRE.matcher(token);
        if (calibre.matches()) {
            String number = calibre.group(1);
            return List.of(
                    List.of(number + "mm"), List.of(number, "mm"), List.of(number + "-mm"), List.of(number, "-", "mm"));
        }
        String[] parts = token.split("-", -1);
        if (parts.length < 2 || List.of(parts).stream().anyMatch(String::isEmpty)) {
            return List.of(List.of(token));
        }
        List<String> withHyphens = new ArrayList<>();
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                withHyphens.add("-");
            }
            withHyphens.add(parts[i]);
        }
        return List.of(List.of(token), List.copyOf(withHyphens), List.of(parts));
    }

    /** The plural of a lower-cased singular English noun: "shell" → "shells", "battery" → "batteries". */
    static String plural(String noun) {
        if (noun.endsWith("s") || noun.endsWith("x") || noun.endsWith("ch") || noun.endsWith("sh")) {
            return noun + "es";
        }
        if (noun.length() > 1 && noun.endsWith("y") && "aeiou".indexOf(noun.charAt(noun.length() - 2)) < 0) {
            return noun.substring(0, noun.length() - 1) + "ies";
        }
        return noun + "s";
    }

    /**
     * Whether a text token matches a form token under the proper-name rule. Both are folded and have the same
     * {@link #key}. Each hyphen-separated segment must be equal, or in capitals throughout (a headline), or differ
     * only in the case of its first letter where the form writes that letter in lower case ("al-Assad" matches
     * "Al-Assad"; "Jong-un" matches "Jong-Un").
     */
    static boolean properMatch(String text, String form) {
        if (text.equals(form)) {
            return true;
        }
        String[] textParts = text.split("-", -1);
        String[] formParts = form.split("-", -1);
        if (textParts.length != formParts.length) {
            return false;
        }
        for (int i = 0; i < textParts.length; i++) {
            if (!segmentMatch(textParts[i], formParts[i])) {
                return false;
            }
        }
        return true;
    }

    private static boolean segmentMatch(String text, String form) {
        if (text.equals(form) || capitals(text)) {
            return true;
        }
        return !form.isEmpty()
                && Character.isLowerCase(form.charAt(0))
                && text.substring(1).equals(form.substring(1));
    }

    private static boolean capitals(String s) {
        boolean letter = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letter |= Character.isLetter(c);
        }
        return letter;
    }
}
