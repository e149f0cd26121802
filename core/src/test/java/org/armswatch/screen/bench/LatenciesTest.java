package org.armswatch.screen.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LatenciesTest {

    @ParameterizedTest
    @CsvSource({"50, 50", "99, 99", "100, 100", "1, 1", "0.5, 1", "99.5, 100"})
    void nearestRankPercentiles(double p, long expected) {
        long[] values = LongStream.rangeClosed(1, 100).toArray();
        assertThat(Latencies.percentile(values, p)).isEqualTo(expected);
    }

    @Test
    void summaryInMilliseconds() {
        Latencies l = Latencies.ofNanos(new long[] {3_000_000, 1_000_000, 2_000_000});
        assertThat(l.count()).isEqualTo(3);
        assertThat(l.median()).isEqualTo(2.0);
        assertThat(l.p99()).isEqualTo(3.0);
        assertThat(l.max()).isEqualTo(3.0);
        assertThat(l.mean()).isCloseTo(2.0, within(1e-9));
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void percentilesAreOrdered(long seed) {
        Random random = new Random(seed);
        long[] nanos = random.longs(1000, 1, 10_000_000).toArray();
        Latencies l = Latencies.ofNanos(nanos);
        assertThat(l.median()).isLessThanOrEqualTo(l.p90());
        assertThat(l.p90()).isLessThanOrEqualTo(l.p99());
        assertThat(l.p99()).isLessThanOrEqualTo(l.max());
    }

    @Test
    void medianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
        assertThat(Latencies.median(new double[] {4, 1, 3, 2})).isEqualTo(2.5);
        assertThat(Latencies.median(new double[] {5})).isEqualTo(5);
    }

    @Test
    void nothingToSummariseIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> Latencies.ofNanos(new long[0]));
        assertThatIllegalArgumentException().isThrownBy(() -> Latencies.percentile(new long[] {1}, 0));
    }
}
