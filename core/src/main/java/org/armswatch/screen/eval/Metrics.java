package org.armswatch.screen.eval;

/**
 * A confusion matrix and the measures derived from it. A measure whose denominator is zero is
 * undefined and returned as {@code NaN} (precision with no predicted match, recall with no true
 * match); F1 is {@code NaN} when precision or recall is, and 0 when both are 0.
 *
 * @param tp true matches predicted as matches
 * @param fp non-matches predicted as matches
 * @param fn true matches missed
 * @param tn non-matches left out
 */
public record Metrics(int tp, int fp, int fn, int tn) {
    public static final Metrics EMPTY = new Metrics(0, 0, 0, 0);

    public Metrics {
        if (tp < 0 || fp < 0 || fn < 0 || tn < 0) {
            throw new IllegalArgumentException("counts must not be negative");
        }
    }

    /** This matrix with one more outcome counted. */
    public Metrics plus(boolean actual, boolean predicted) {
        if (actual) {
            return predicted ? new Metrics(tp + 1, fp, fn, tn) : new Metrics(tp, fp, fn + 1, tn);
        }
        return predicted ? new Metrics(tp, fp + 1, fn, tn) : new Metrics(tp, fp, fn, tn + 1);
    }

    /** The sum of two matrices. */
    public Metrics plus(Metrics o) {
        return new Metrics(tp + o.tp, fp + o.fp, fn + o.fn, tn + o.tn);
    }

    public int total() {
        return tp + fp + fn + tn;
    }

    /** tp / (tp + fp). */
    public double precision() {
        return ratio(tp, tp + fp);
    }

    /** tp / (tp + fn). */
    public double recall() {
        return ratio(tp, tp + fn);
    }

    /** 2PR / (P + R). */
    public double f1() {
        double p = precision();
        double r = recall();
        if (Double.isNaN(p) || Double.isNaN(r)) {
            return Double.NaN;
        }
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** (tp + tn) / total. */
    public double accuracy() {
        return ratio(tp + tn, total());
    }

    static double ratio(int a, int b) {
        return b == 0 ? Double.NaN : (double) a / b;
    }
}
