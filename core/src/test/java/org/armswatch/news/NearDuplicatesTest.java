package org.armswatch.news;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.armswatch.lists.TestData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NearDuplicatesTest {
    private static final int VARIANTS_PER_REPORT = 15;

    private static List<String> reports;

    @BeforeAll
    static void readSeedReports() throws IOException {
        try (Stream<Path> files = Files.list(TestData.shared("seeds"))) {
            List<Path> paths =
                    files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
            reports = new ArrayList<>();
            for (Path p : paths) {
                reports.add(Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        assertThat(reports).hasSize(5);
    }

    /** Pair counts of "same group" decisions against the truth "variants of one report". */
    private record PairCounts(long truePositives, long falsePositives, long falseNegatives) {
        double precision() {
            long predicted = truePositives + falsePositives;
            return predicted == 0 ? 1.0 : (double) truePositives / predicted;
        }

        double recall() {
            long actual = truePositives + falseNegatives;
            return actual == 0 ? 1.0 : (double) truePositives / actual;
        }
    }

    // Every report and its variants, inserted in a shuffled order; each article is linked to every
    // stored one it matches at its insertion, groups are the connected components of the links.
    private static PairCounts evaluate(long seed) {
        List<Integer> truth = new ArrayList<>();
        List<long[]> signatures = new ArrayList<>();
        for (int r = 0; r < reports.size(); r++) {
            List<String> texts = new ArrayList<>();
            texts.add(reports.get(r));
            texts.addAll(new Variants(seed * 31 + r).generate(reports.get(r), VARIANTS_PER_REPORT));
            for (String text : texts) {
                truth.add(r);
                signatures.add(Fingerprints.minHash(Fingerprints.normalise(text)));
            }
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < truth.size(); i++) {
            order.add(i);
        }
        Collections.shuffle(order, new Random(seed));

        int[] parent = new int[truth.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        NearDuplicates index = new NearDuplicates(NearDuplicates.Settings.defaults());
        for (int i : order) {
            for (NearDuplicates.Match m : index.matches(signatures.get(i))) {
                parent[find(parent, i)] = find(parent, (int) m.articleId());
            }
            index.add(i, signatures.get(i));
        }

        long tp = 0;
        long fp = 0;
        long fn = 0;
        for (int a = 0; a < truth.size(); a++) {
            for (int b = a + 1; b < truth.size(); b++) {
                boolean same = truth.get(a).equals(truth.get(b));
                boolean grouped = find(parent, a) == find(parent, b);
                if (same && grouped) {
                    tp++;
                } else if (grouped) {
                    fp++;
                } else if (same) {
                    fn++;
                }
            }
        }
        return new PairCounts(tp, fp, fn);
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3})
    void variantsOfOneReportAreGroupedAndReportsAreNot(long seed) {
        PairCounts counts = evaluate(seed);

        assertThat(counts.falsePositives())
                .as("pairs of different reports grouped")
                .isZero();
        assertThat(counts.precision()).as("pair precision").isGreaterThanOrEqualTo(0.99);
        assertThat(counts.recall()).as("pair recall").isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void differentReportsOnOneTopicAreFarBelowTheThreshold() {
        double threshold = NearDuplicates.Settings.defaults().threshold();
        for (int a = 0; a < reports.size(); a++) {
            for (int b = a + 1; b < reports.size(); b++) {
                double similarity = Fingerprints.estimatedJaccard(
                        Fingerprints.minHash(Fingerprints.normalise(reports.get(a))),
                        Fingerprints.minHash(Fingerprints.normalise(reports.get(b))));
                assertThat(similarity).as("reports %d and %d", a, b).isLessThan(threshold / 2);
            }
        }
    }

    @Test
    void findsEveryMatchingStoredArticleMostSimilarFirst() {
        String report = reports.get(0);
        long[] original = Fingerprints.minHash(Fingerprints.normalise(report));
        String copy = Variants.apply(report, EnumSet.allOf(Variants.Edit.class), new Random(7));
        long[] copied = Fingerprints.minHash(Fingerprints.normalise(copy));
        NearDuplicates index = new NearDuplicates(NearDuplicates.Settings.defaults());
        index.add(10, copied);
        index.add(11, Fingerprints.minHash(Fingerprints.normalise(reports.get(1))));
        index.add(12, original);

        List<NearDuplicates.Match> same = index.matches(original);
        assertThat(same).extracting(NearDuplicates.Match::articleId).containsExactly(12L, 10L);
        assertThat(same.getFirst().similarity()).isEqualTo(1.0);
        assertThat(same.get(1).similarity())
                .isBetween(NearDuplicates.Settings.defaults().threshold(), 0.99);
    }

    @Test
    void unrelatedTextHasNoMatch() {
        NearDuplicates index = new NearDuplicates(NearDuplicates.Settings.defaults());
        index.add(1, Fingerprints.minHash(Fingerprints.normalise(reports.get(2))));

        assertThat(index.matches(Fingerprints.minHash(Fingerprints.normalise(reports.get(3)))))
                .isEmpty();
        assertThat(index.matches(Fingerprints.minHash(
                        Fingerprints.normalise("The harbour regatta was postponed because of fog on Saturday."))))
                .isEmpty();
    }

    @Test
    void anIdCannotBeAddedTwice() {
        NearDuplicates index = new NearDuplicates(NearDuplicates.Settings.defaults());
        long[] signature = Fingerprints.minHash("one two three four five six");
        index.add(1, signature);

        assertThatThrownBy(() -> index.add(1, signature))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("already indexed");
        assertThat(index.size()).isEqualTo(1);
    }

    @Test
    void signaturesOfTheWrongLengthAreRefused() {
        NearDuplicates index = new NearDuplicates(NearDuplicates.Settings.defaults());

        assertThatThrownBy(() -> index.add(1, new long[64])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> index.matches(new long[129])).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void settingsMustCoverTheSignatureAndHaveAThresholdInRange() {
        assertThatThrownBy(() -> new NearDuplicates.Settings(32, 2, 0.5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("bands * rows");
        assertThatThrownBy(() -> new NearDuplicates.Settings(64, 2, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("threshold");
        assertThatThrownBy(() -> new NearDuplicates.Settings(64, 2, 1.5)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void encodeAndDecodeRoundTrip() {
        long[] signature = Fingerprints.minHash(Fingerprints.normalise(reports.get(4)));
        byte[] bytes = NearDuplicates.encode(signature);

        assertThat(bytes).hasSize(8 * Fingerprints.SIGNATURE_LENGTH);
        assertThat(NearDuplicates.decode(bytes)).containsExactly(signature);
    }

    @Test
    void decodeRefusesBytesOfTheWrongLength() {
        assertThatThrownBy(() -> NearDuplicates.decode(new byte[1023]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("an encoded signature is 1024 bytes, got 1023");
        assertThatThrownBy(() -> NearDuplicates.encode(new long[3])).isInstanceOf(IllegalArgumentException.class);
    }
}
