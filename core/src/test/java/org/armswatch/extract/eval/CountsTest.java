package org.armswatch.extract.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CountsTest {
    @ParameterizedTest(name = "tp={0} fp={1} fn={2}")
    @CsvSource({
        // tp, fp, fn, precision, recall, f1
        "0, 0, 0, 1.0,  1.0, 1.0",
        "0, 0, 3, 0.0,  0.0, 0.0",
        "0, 2, 0, 0.0,  0.0, 0.0",
        "0, 2, 3, 0.0,  0.0, 0.0",
        "2, 0, 0, 1.0,  1.0, 1.0",
        "1, 1, 1, 0.5,  0.5, 0.5",
        "3, 1, 0, 0.75, 1.0, 0.857142857",
        "1, 0, 3, 1.0,  0.25, 0.4",
    })
    void ratiosAndZeroDenominators(int tp, int fp, int fn, double p, double r, double f1) {
        Counts c = new Counts(tp, fp, fn);

        assertThat(c.precision()).isCloseTo(p, within(1e-9));
        assertThat(c.recall()).isCloseTo(r, within(1e-9));
        assertThat(c.f1()).isCloseTo(f1, within(1e-9));
    }

    @Test
    void sumsForMicroAverages() {
        assertThat(new Counts(1, 2, 3).plus(new Counts(4, 0, 1))).isEqualTo(new Counts(5, 2, 4));
    }

    @Test
    void refusesNegativeCounts() {
        assertThatThrownBy(() -> new Counts(-1, 0, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "gold={0} detected={2} attributed={3}")
    @CsvSource({
        // gold, predicted, detected, attributed, detected rate, attributed rate
        "0, 0, 0, 0, 1.0,  1.0",
        "0, 5, 0, 0, 1.0,  1.0",
        "4, 0, 0, 0, 0.0,  0.0",
        "4, 9, 3, 1, 0.75, 0.25",
    })
    void quoteRates(int gold, int predicted, int detected, int attributed, double dr, double ar) {
        QuoteCounts q = new QuoteCounts(gold, predicted, detected, attributed);

        assertThat(q.detectedRate()).isEqualTo(dr);
        assertThat(q.attributedRate()).isEqualTo(ar);
    }

    @Test
    void refusesInconsistentQuoteCounts() {
        assertThatThrownBy(() -> new QuoteCounts(2, 2, 1, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new QuoteCounts(2, 1, 2, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
