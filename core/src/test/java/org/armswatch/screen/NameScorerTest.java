package org.armswatch.screen;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.armswatch.lists.ListReaders;
import org.armswatch.lists.TestData;
import org.armswatch.screen.bench.ListEntries;
import org.armswatch.screen.bench.Perturbation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The scorer, made faster (query prepared once, Jaro-Winkler on prepared masks), scores exactly as
 * it was first written ({@link ReferenceNameScorer}) on seeded pairs of real listed names and
 * perturbed or unrelated names. When the scoring itself is meant to change, change the reference
 * with it.
 */
class NameScorerTest {
    private static List<String> names;

    @BeforeAll
    static void read() throws Exception {
        names = ListEntries.newest(TestData.shared("data/un"), ListReaders.standard())
                .names();
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void sameScoresAsTheFirstImplementation(long seed) {
        Random random = new Random(seed);
        NameNormalizer normalizer = NameNormalizer.standard();
        for (int n = 0; n < 2_000; n++) {
            String listed = names.get(random.nextInt(names.size()));
            String query = random.nextInt(4) == 0
                    ? names.get(random.nextInt(names.size()))
                    : Perturbation.apply(listed, random).text();
            List<NameToken> q = normalizer.analyse(query);
            List<NameToken> l = normalizer.analyse(listed);
            double[] wq = weights(q.size(), random);
            double[] wl = weights(l.size(), random);
            NameScorer.Query prepared = NameScorer.prepare(q, wq);
            NameScorer.Scored expected = ReferenceNameScorer.score(q, wq, l, wl);
            assertThat(NameScorer.score(prepared, l, wl))
                    .as(query + " / " + listed)
                    .isEqualTo(expected);
            assertThat(NameScorer.score(q, wq, l, wl))
                    .as(query + " / " + listed)
                    .isEqualTo(expected);
        }
    }

    private static double[] weights(int n, Random random) {
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            w[i] = 0.05 + random.nextDouble() * 10;
        }
        return w;
    }
}
