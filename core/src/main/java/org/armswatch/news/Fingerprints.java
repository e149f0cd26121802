package org.armswatch.news;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;

/**
 * Fingerprints of article text: a normal form (hashed with {@code Digests.sha256} for exact duplicates), a MinHash
 * signature for near duplicates (syndicated copies with another headline, trimmed, reordered or
 * lightly edited).
 *
 * <p>Similarity is the Jaccard index of the sets of word 5-shingles, estimated from signatures.
 * No separate containment measure is offered: a copy trimmed to a fraction {@code f} of the
 * original's shingles has a Jaccard index of about {@code f}, far above the threshold of {@link
 * NearDuplicates.Settings#defaults()}, so trimming alone never hides a copy; estimating containment
 * would need each article's shingle count stored beside its signature.
 *
 * <p>All results are deterministic across runs and JVMs: the hashes are fixed functions of the
 * text, not of {@link Object#hashCode()} or random seeds.
 */
public final class Fingerprints {
    /** The number of hash functions, and so of longs, in a {@link #minHash} signature. */
    public static final int SIGNATURE_LENGTH = 128;

    /** Words per shingle; shorter texts use all their words as one shingle. */
    static final int SHINGLE_WORDS = 5;

    private static final long[] SEEDS = seeds();

    private Fingerprints() {}

    /**
     * The text in the form compared for duplicates: NFKC, lower case by {@link Locale#ROOT} (so a
     * Turkish default locale changes nothing), an apostrophe between two word characters dropped
     * (typographic ’ and ʼ counting as apostrophes, so "Korea’s" and "Korea's" both give "koreas"),
     * every run of other characters that are not letters, digits or combining marks (dashes and
     * quotes of every kind among them) one space, no space at either end.
     */
    public static String normalise(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(s.length());
        boolean gap = false;
        int i = 0;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (isWordChar(cp)) {
                if (gap && !out.isEmpty()) {
                    out.append(' ');
                }
                gap = false;
                out.appendCodePoint(cp);
            } else if (isApostrophe(cp) && !gap && !out.isEmpty() && i < s.length() && isWordChar(s.codePointAt(i))) {
                // Inside a word: the word continues without a break.
                continue;
            } else {
                gap = true;
            }
        }
        return out.toString();
    }

    /**
     * The MinHash signature ({@value #SIGNATURE_LENGTH} longs) of a text already in {@link
     * #normalise normal form}: the set of its word 5-shingles (all its words as one shingle when it
     * has fewer than five), each shingle hashed once to 64 bits and then remixed with each of the
     * {@value #SIGNATURE_LENGTH} seeds, the minimum of each remix kept. The fraction of positions at
     * which two signatures agree estimates the Jaccard index of the two shingle sets. An empty text
     * has the empty set, whose signature is all {@link Long#MAX_VALUE}.
     */
    public static long[] minHash(String normalisedText) {
        long[] signature = new long[SIGNATURE_LENGTH];
        Arrays.fill(signature, Long.MAX_VALUE);
        String[] words = normalisedText.isEmpty() ? new String[0] : normalisedText.split(" ");
        int k = Math.min(SHINGLE_WORDS, words.length);
        for (int start = 0; k > 0 && start + k <= words.length; start++) {
            long h = shingleHash(words, start, k);
            for (int j = 0; j < SIGNATURE_LENGTH; j++) {
                long v = mix(h ^ SEEDS[j]);
                if (v < signature[j]) {
                    signature[j] = v;
                }
            }
        }
        return signature;
    }

    /**
     * The estimated Jaccard index of the shingle sets behind two signatures: the fraction of
     * positions where they agree, in [0, 1].
     *
     * @throws IllegalArgumentException if the signatures differ in length or are empty
     */
    public static double estimatedJaccard(long[] a, long[] b) {
        if (a.length != b.length || a.length == 0) {
            throw new IllegalArgumentException(
                    "signatures must be of one non-zero length, got " + a.length + " and " + b.length);
        }
        int equal = 0;
        for (int i = 0; i < a.length; i++) {
            if (a[i] == b[i]) {
                equal++;
            }
        }
        return (double) equal / a.length;
    }

    private static boolean isWordChar(int cp) {
        if (Character.isLetterOrDigit(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    private static boolean isApostrophe(int cp) {
        return cp == '\'' || cp == '\u2018' || cp == '\u2019' || cp == '\u02BC' || cp == '\u201B';
    }

    // FNV-1a over the UTF-16 units of the shingle's words, a space unit between words.
    private static long shingleHash(String[] words, int start, int k) {
        long h = 0xcbf29ce484222325L;
        for (int w = start; w < start + k; w++) {
            if (w > start) {
                h = (h ^ ' ') * 0x100000001b3L;
            }
            String word = words[w];
            for (int c = 0; c < word.length(); c++) {
                h = (h ^ word.charAt(c)) * 0x100000001b3L;
            }
        }
        return h;
    }

    // The MurmurHash3 64-bit finaliser: every input bit flips each output bit with probability
    // about one half, so remixes under different seeds behave as independent hash functions.
    static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return z ^ (z >>> 33);
    }

    // Seeds from the SplitMix64 sequence started at a fixed constant.
    private static long[] seeds() {
        long[] seeds = new long[SIGNATURE_LENGTH];
        long state = 0x5EED_0F_A125_0A7CL;
        for (int i = 0; i < seeds.length; i++) {
            state += 0x9E3779B97F4A7C15L;
            long z = state;
            z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
            z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
            seeds[i] = z ^ (z >>> 31);
        }
        return seeds;
    }
}
