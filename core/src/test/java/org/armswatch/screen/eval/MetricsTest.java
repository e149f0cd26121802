package org.armswatch.screen.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MetricsTest {
    @Test
    void precisionRecallAndF1OfASmallMatrix() {
        Metrics m = new Metrics(8, 2, 4, 6);

        assertThat(m.total()).isEqualTo(20);
        assertThat(m.precision()).isEqualTo(0.8);
        assertThat(m.recall()).isEqualTo(8.0 / 12);
        assertThat(m.f1()).isCloseTo(2 * 0.8 * (8.0 / 12) / (0.8 + 8.0 / 12), within(1e-12));
        assertThat(m.f1()).isCloseTo(16.0 / 22, within(1e-12));
        assertThat(m.accuracy()).isEqualTo(0.7);
    }

    @Test
    void outcomesAreCountedInTheirCells() {
        Metrics m = Metrics.EMPTY
                .plus(true, true)
                .plus(true, false)
                .plus(false, true)
                .plus(false, false)
                .plus(false, false);

        assertThat(m).isEqualTo(new Metrics(1, 1, 1, 2));
        assertThat(m.plus(new Metrics(1, 0, 0, 1))).isEqualTo(new Metrics(2, 1, 1, 3));
    }

    @Test
    void undefinedMeasuresAreNaN() {
        Metrics onlyNegatives = new Metrics(0, 0, 0, 5);
        assertThat(onlyNegatives.precision()).isNaN();
        assertThat(onlyNegatives.recall()).isNaN();
        assertThat(onlyNegatives.f1()).isNaN();
        assertThat(Metrics.EMPTY.accuracy()).isNaN();

        Metrics allWrong = new Metrics(0, 3, 2, 0);
        assertThat(allWrong.precision()).isZero();
        assertThat(allWrong.recall()).isZero();
        assertThat(allWrong.f1()).isZero();
    }

    @Test
    void negativeCountsAreRefused() {
        assertThatThrownBy(() -> new Metrics(-1, 0, 0, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 42, 2026})
    void f1IsTheHarmonicMeanAndLiesBetweenPrecisionAndRecall(long seed) {
        Random random = new Random(seed);
        for (int i = 0; i < 200; i++) {
            Metrics m = new Metrics(1 + random.nextInt(50), random.nextInt(50), random.nextInt(50), random.nextInt(50));
            double p = m.precision();
            double r = m.recall();
            assertThat(m.f1()).isCloseTo(2 * m.tp() / (2.0 * m.tp() + m.fp() + m.fn()), within(1e-12));
            assertThat(m.f1()).isBetween(Math.min(p, r) - 1e-12, Math.max(p, r) + 1e-12);
        }
    }
}
