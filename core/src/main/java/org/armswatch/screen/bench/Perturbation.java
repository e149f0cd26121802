package org.armswatch.screen.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Deterministic changes to a name of the kind a query makes to a listed name: a typo (a letter
 * replaced, dropped, doubled or swapped with its neighbour), the words reordered, a word dropped,
 * or the name left as it is.
 */
public final class Perturbation {
    private static final String LETTERS = "abcdefghijklmnopqrstuvwxyz";

    private Perturbation() {}

    /** What was done to a name. */
    public enum Kind {
        NONE,
        TYPO,
        REORDER,
        DROP_WORD,
        TYPO_AND_REORDER
    }

    /** A perturbed name and what was done. */
    public record Perturbed(String original, String text, Kind kind) {}

    /** One of the kinds, chosen by the random source, applied to the name. */
    public static Perturbed apply(String name, Random random) {
        Kind kind = Kind.values()[random.nextInt(Kind.values().length)];
        return new Perturbed(name, apply(name, kind, random), kind);
    }

    /** The name changed as {@code kind} says; a change that the name cannot take leaves it whole. */
    public static String apply(String name, Kind kind, Random random) {
        return switch (kind) {
            case NONE -> name;
            case TYPO -> typo(name, random);
            case REORDER -> reorder(name, random);
            case DROP_WORD -> dropWord(name, random);
            case TYPO_AND_REORDER -> reorder(typo(name, random), random);
        };
    }

    static String typo(String name, Random random) {
        List<Integer> letters = new ArrayList<>();
        for (int i = 0; i < name.length(); i++) {
            if (Character.isLetter(name.charAt(i))) {
                letters.add(i);
            }
        }
        if (letters.size() < 4) {
            return name;
        }
        // Not the first letter of the name: queries rarely get that wrong.
        int at = letters.get(1 + random.nextInt(letters.size() - 1));
        StringBuilder s = new StringBuilder(name);
        switch (random.nextInt(4)) {
            case 0 -> s.setCharAt(at, substitute(name.charAt(at), random));
            case 1 -> s.deleteCharAt(at);
            case 2 -> s.insert(at, name.charAt(at));
            default -> {
                if (at + 1 < s.length() && Character.isLetter(s.charAt(at + 1))) {
                    char c = s.charAt(at);
                    s.setCharAt(at, s.charAt(at + 1));
                    s.setCharAt(at + 1, c);
                } else {
                    s.deleteCharAt(at);
                }
            }
        }
        return s.toString();
    }

    private static char substitute(char c, Random random) {
        char r = LETTERS.charAt(random.nextInt(LETTERS.length()));
        if (Character.toLowerCase(r) == Character.toLowerCase(c)) {
            r = r == 'z' ? 'a' : (char) (r + 1);
        }
        return Character.isUpperCase(c) ? Character.toUpperCase(r) : r;
    }

    static String reorder(String name, Random random) {
        List<String> words = words(name);
        if (words.size() < 2) {
            return name;
        }
        List<String> shuffled = new ArrayList<>(words);
        if (words.size() == 2 || random.nextBoolean()) {
            // Surname first, as lists and many countries write it.
            Collections.rotate(shuffled, 1);
        } else {
            Collections.shuffle(shuffled, random);
        }
        return String.join(" ", shuffled);
    }

    static String dropWord(String name, Random random) {
        List<String> words = words(name);
        if (words.size() < 3) {
            return name;
        }
        // Keep the first and last word; drop one in the middle, as queries leave out middle names.
        List<String> kept = new ArrayList<>(words);
        kept.remove(1 + random.nextInt(words.size() - 2));
        return String.join(" ", kept);
    }

    private static List<String> words(String name) {
        return Arrays.stream(name.strip().split("\\s+"))
                .filter(w -> !w.isEmpty())
                .toList();
    }
}
