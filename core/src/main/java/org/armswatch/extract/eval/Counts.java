package org.armswatch.extract.eval;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * True positives, false positives and false negatives of one kind of evidence.
 *
 * <p>Zero denominators: when there is nothing at all ({@code tp = fp = fn = 0}) precision, recall
 * and F1 are 1.0 (nothing to find and nothing wrongly claimed); otherwise a ratio with a zero
 * denominator is 0.0 (nothing predicted against some gold: precision 0; predictions against no
 * gold: recall 0), and F1 is 0.0 when precision and recall are both 0.
 */
public record Counts(int tp, int fp, int fn) {
    /** No items at all. */
    public static final Counts ZERO = new Counts(0, 0, 0);

    public Counts {
        if (tp < 0 || fp < 0 || fn < 0) {
            throw new IllegalArgumentException("negative count: " + tp + "/" + fp + "/" + fn);
        }
    }

    /** The sum of both, for micro-averages. */
    public Counts plus(Counts other) {
        return new Counts(tp + other.tp, fp + other.fp, fn + other.fn);
    }

    /** {@code tp / (tp + fp)}, see the class comment for zero. */
    public double precision() {
        return ratio(tp, tp + fp);
    }

    /** {@code tp / (tp + fn)}, see the class comment for zero. */
    public double recall() {
        return ratio(tp, tp + fn);
    }

    /** The harmonic mean of precision and recall. */
    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }

    private double ratio(int numerator, int denominator) {
        if (tp + fp + fn == 0) {
            return 1.0;
        }
        return denominator == 0 ? 0.0 : (double) numerator / denominator;
    }

    /** {@code {"p", "r", "f1"}}, followed by {@code "tp", "fp", "fn"} when {@code withCounts}. */
    Map<String, Object> toJson(boolean withCounts) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("p", precision());
        json.put("r", recall());
        json.put("f1", f1());
        if (withCounts) {
            json.put("tp", tp);
            json.put("fp", fp);
            json.put("fn", fn);
        }
        return json;
    }
}
