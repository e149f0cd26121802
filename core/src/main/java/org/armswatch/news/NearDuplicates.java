package org.armswatch.news;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An in-memory locality-sensitive hashing index of {@link Fingerprints#minHash MinHash signatures}
 * that finds the stored articles a new one is a near duplicate of (syndicated or edited copies).
 *
 * <p>Each signature is cut into {@code bands} bands of {@code rows} consecutive values; two
 * articles become candidates when they agree on all values of at least one band, which for
 * articles of Jaccard index {@code s} happens with probability {@code 1 - (1 - s^rows)^bands}.
 * Candidates are then verified by the {@link Fingerprints#estimatedJaccard estimated Jaccard
 * index} of their full signatures against the threshold. A lookup reads one bucket per band, so
 * its cost grows with the number of candidates, not with the number of articles stored.
 *
 * <p>Thread-safe: {@link #add} and {@link #matches} may be called from any threads at once. An
 * article whose {@code add} has not returned may or may not be found by a concurrent {@code
 * matches}.
 */
public final class NearDuplicates {
    /**
     * How signatures are banded and how similar a match must be.
     *
     * @param bands number of bands, each one LSH bucket key per article
     * @param rows signature values per band; {@code bands * rows} must be {@link
     *     Fingerprints#SIGNATURE_LENGTH}
     * @param threshold least estimated Jaccard index of a match, in (0, 1]
     */
    public record Settings(int bands, int rows, double threshold) {
        public Settings {
            if (bands <= 0 || rows <= 0 || bands * rows != Fingerprints.SIGNATURE_LENGTH) {
                throw new IllegalArgumentException(
                        "bands * rows must be " + Fingerprints.SIGNATURE_LENGTH + ", got " + bands + " * " + rows);
            }
            if (!(threshold > 0 && threshold <= 1)) {
                throw new IllegalArgumentException("threshold must be in (0, 1], got " + threshold);
            }
        }

        /**
         * 64 bands of 2 rows, threshold 0.2.
         *
         * <p>Word 5-shingles are fragile: replacing one word in ten keeps only about 0.9^5 = 59% of
         * an article's shingles, a Jaccard index near 0.42, and reordering paragraphs loses the
         * shingles across their boundaries. Measured on the seed reports of 500 to 1000 words
         * ({@code NearDuplicatesTest}), edited copies estimate 0.23 to 0.99 against their original
         * (a new headline 0.9 or more, reordering about 0.77, one word in ten replaced about 0.4,
         * several edits together 0.23 to 0.5); different reports on the same events 0.00 to 0.03,
         * and at most 0.07 when both carry the same outlet boilerplate. The threshold sits between
         * the two, five standard deviations of a 128-value estimate (0.023 at 0.07) above the
         * highest unrelated score. Two-row bands put the steep part of the S-curve {@code 1 - (1 -
         * s^2)^64} low enough to make such copies candidates: 0.93 at s = 0.2, 0.998 at 0.3,
         * 0.99998 at 0.4; at s = 0.03 it is 0.06, so unrelated articles rarely even become
         * candidates. Four-row bands (32 of them) would miss most copies at 0.3 (0.23); one-row
         * bands would make almost every pair sharing a word run a candidate.
         */
        public static Settings defaults() {
            return new Settings(64, 2, 0.2);
        }
    }

    /**
     * A stored article and its estimated Jaccard index with the signature looked up.
     *
     * @param articleId the stored article's id
     * @param similarity estimated Jaccard index, in [0, 1]
     */
    public record Match(long articleId, double similarity) {}

    private static final long[] NO_IDS = new long[0];

    private final Settings settings;
    private final Map<Long, long[]> signatures = new ConcurrentHashMap<>();
    // Per band, the ids of the articles whose band hashes to a key; arrays replaced, never changed.
    private final Map<BandKey, long[]> buckets = new ConcurrentHashMap<>();

    private record BandKey(int band, long hash) {}

    /** An empty index. */
    public NearDuplicates(Settings settings) {
        this.settings = settings;
    }

    /** The settings the index was made with. */
    public Settings settings() {
        return settings;
    }

    /** The number of articles stored. */
    public int size() {
        return signatures.size();
    }

    /**
     * Stores an article's signature (copied).
     *
     * @throws IllegalArgumentException if the signature is not {@link Fingerprints#SIGNATURE_LENGTH}
     *     long or the id is already stored
     */
    public void add(long articleId, long[] signature) {
        checkLength(signature);
        long[] copy = signature.clone();
        if (signatures.putIfAbsent(articleId, copy) != null) {
            throw new IllegalArgumentException("article " + articleId + " is already indexed");
        }
        for (int band = 0; band < settings.bands; band++) {
            buckets.merge(new BandKey(band, bandHash(copy, band)), new long[] {articleId}, NearDuplicates::concat);
        }
    }

    /**
     * The stored articles whose estimated Jaccard index with the signature is at least the
     * threshold, most similar first (of equally similar articles the smaller id first). Only
     * articles that share a band with the signature are considered.
     *
     * @throws IllegalArgumentException if the signature is not {@link Fingerprints#SIGNATURE_LENGTH}
     *     long
     */
    public List<Match> matches(long[] signature) {
        checkLength(signature);
        Set<Long> seen = new HashSet<>();
        List<Match> matches = new ArrayList<>();
        for (int band = 0; band < settings.bands; band++) {
            for (long id : buckets.getOrDefault(new BandKey(band, bandHash(signature, band)), NO_IDS)) {
                long[] stored = signatures.get(id);
                if (stored == null || !seen.add(id)) {
                    continue;
                }
                double similarity = Fingerprints.estimatedJaccard(signature, stored);
                if (similarity >= settings.threshold) {
                    matches.add(new Match(id, similarity));
                }
            }
        }
        matches.sort(Comparator.comparingDouble(Match::similarity).reversed().thenComparingLong(Match::articleId));
        return matches;
    }

    /**
     * A signature as bytes for storage: each value big-endian, {@code 8 *} {@link
     * Fingerprints#SIGNATURE_LENGTH} bytes.
     *
     * @throws IllegalArgumentException if the signature is not {@link Fingerprints#SIGNATURE_LENGTH}
     *     long
     */
    public static byte[] encode(long[] signature) {
        checkLength(signature);
        ByteBuffer buffer = ByteBuffer.allocate(Long.BYTES * signature.length);
        buffer.asLongBuffer().put(signature);
        return buffer.array();
    }

    /**
     * The signature {@link #encode} wrote.
     *
     * @throws IllegalArgumentException if the bytes are not {@code 8 *} {@link
     *     Fingerprints#SIGNATURE_LENGTH} long
     */
    public static long[] decode(byte[] bytes) {
        if (bytes.length != Long.BYTES * Fingerprints.SIGNATURE_LENGTH) {
            throw new IllegalArgumentException("an encoded signature is " + Long.BYTES * Fingerprints.SIGNATURE_LENGTH
                    + " bytes, got " + bytes.length);
        }
        long[] signature = new long[Fingerprints.SIGNATURE_LENGTH];
        ByteBuffer.wrap(bytes).asLongBuffer().get(signature);
        return signature;
    }

    private static void checkLength(long[] signature) {
        if (signature.length != Fingerprints.SIGNATURE_LENGTH) {
            throw new IllegalArgumentException(
                    "a signature has " + Fingerprints.SIGNATURE_LENGTH + " values, got " + signature.length);
        }
    }

    // The band's values folded into one 64-bit key; keys of different values may collide, which
    // only adds a candidate that verification rejects.
    private long bandHash(long[] signature, int band) {
        long h = band;
        for (int r = band * settings.rows; r < (band + 1) * settings.rows; r++) {
            h = Fingerprints.mix(h * 31 + signature[r]);
        }
        return h;
    }

    private static long[] concat(long[] a, long[] b) {
        long[] c = new long[a.length + b.length];
        System.arraycopy(a, 0, c, 0, a.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }
}
