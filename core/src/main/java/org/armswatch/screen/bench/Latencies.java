package org.armswatch.screen.bench;

import java.util.Arrays;

/**
 * A summary of measured durations, in milliseconds. Percentiles are by the nearest-rank method:
 * the p-th percentile is the smallest value with at least p percent of the values at or below it.
 *
 * @param count how many durations
 * @param median the 50th percentile
 * @param p90 the 90th percentile
 * @param p99 the 99th percentile
 * @param max the largest
 * @param mean the arithmetic mean
 */
public record Latencies(int count, double median, double p90, double p99, double max, double mean) {

    /**
     * Summarises durations in nanoseconds.
     *
     * @throws IllegalArgumentException when there are none
     */
    public static Latencies ofNanos(long[] nanos) {
        if (nanos.length == 0) {
            throw new IllegalArgumentException("no durations to summarise");
        }
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        double sum = 0;
        for (long n : sorted) {
            sum += n;
        }
        return new Latencies(
                sorted.length,
                ms(percentile(sorted, 50)),
                ms(percentile(sorted, 90)),
                ms(percentile(sorted, 99)),
                ms(sorted[sorted.length - 1]),
                sum / sorted.length / 1e6);
    }

    /** The p-th percentile (0 < p ≤ 100) of sorted values, by nearest rank. */
    public static long percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            throw new IllegalArgumentException("no values");
        }
        if (!(p > 0 && p <= 100)) {
            throw new IllegalArgumentException("percentile must be in (0,100], got " + p);
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    /** The median of values (the mean of the middle two for an even count). */
    public static double median(double[] values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("no values");
        }
        double[] s = values.clone();
        Arrays.sort(s);
        int n = s.length;
        return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
