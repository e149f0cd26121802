package org.armswatch.news;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * A deterministic stream of synthetic news articles for benchmarks: many distinct stories with
 * the word frequencies of sample reports, and every fifth an edited copy of the one before it, as
 * a feed of real reporting holds both.
 *
 * <p>An article is a headline line followed by paragraphs, separated by blank lines (the form
 * {@link Variants} reads). Its sentences are words drawn by their frequency in the samples, with
 * one sentence in ten taken whole from the samples, so that articles share the stock phrases real
 * reports share without being copies of each other.
 */
public final class SyntheticNews {
    private static final double SAMPLE_SENTENCE_RATE = 0.1;

    private final long seed;
    private final String[] words;
    // cumulative[i] is the summed count of words[0..i]; a uniform draw below the total, searched in
    // it, picks a word with probability proportional to its count.
    private final long[] cumulative;
    private final List<String> sentences;

    /**
     * @param samples texts whose words and sentences to draw from
     * @param seed the seed that, with an article's number, determines the article
     * @throws IllegalArgumentException when the samples hold no words
     */
    public SyntheticNews(List<String> samples, long seed) {
        this.seed = seed;
        Map<String, Integer> counts = new HashMap<>();
        List<String> found = new ArrayList<>();
        for (String sample : samples) {
            for (String s : sample.split("(?<=[.!?])\\s+")) {
                String t = s.strip();
                if (t.split("\\s+").length >= 6) {
                    found.add(t);
                }
            }
            for (String w : sample.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}'-]+")) {
                if (!w.isEmpty()) {
                    counts.merge(w, 1, Integer::sum);
                }
            }
        }
        if (counts.isEmpty()) {
            throw new IllegalArgumentException("the samples hold no words");
        }
        words = counts.keySet().stream().sorted().toArray(String[]::new);
        cumulative = new long[words.length];
        long total = 0;
        for (int i = 0; i < words.length; i++) {
            total += counts.get(words[i]);
            cumulative[i] = total;
        }
        sentences = List.copyOf(found);
    }

    /** Article {@code i} (from 0): the same text for the same samples, seed and number. */
    public String article(int i) {
        if (i % 5 == 4) {
            Random random = random(i);
            return Variants.apply(
                    article(i - 1), EnumSet.of(Variants.Edit.HEADLINE, Variants.Edit.REPLACE_WORDS), random);
        }
        Random random = random(i);
        StringBuilder text =
                new StringBuilder(sentence(random, 6 + random.nextInt(6)).replaceAll("\\.$", ""));
        int paragraphs = 6 + random.nextInt(7);
        for (int p = 0; p < paragraphs; p++) {
            text.append("\n\n");
            int n = 2 + random.nextInt(3);
            for (int s = 0; s < n; s++) {
                if (s > 0) {
                    text.append(' ');
                }
                text.append(
                        !sentences.isEmpty() && random.nextDouble() < SAMPLE_SENTENCE_RATE
                                ? sentences.get(random.nextInt(sentences.size()))
                                : sentence(random, 8 + random.nextInt(17)));
            }
        }
        return text.append('\n').toString();
    }

    private Random random(int i) {
        return new Random(seed * 0x9E3779B97F4A7C15L + i);
    }

    private String sentence(Random random, int length) {
        StringBuilder s = new StringBuilder();
        for (int w = 0; w < length; w++) {
            String word = word(random);
            if (w == 0) {
                s.append(Character.toUpperCase(word.charAt(0))).append(word, 1, word.length());
            } else {
                s.append(' ').append(word);
            }
        }
        return s.append('.').toString();
    }

    private String word(Random random) {
        long draw = (long) (random.nextDouble() * cumulative[cumulative.length - 1]);
        int at = Arrays.binarySearch(cumulative, draw + 1);
        return words[at >= 0 ? at : -at - 1];
    }
}
