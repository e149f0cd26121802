package org.armswatch.screen;

/**
 * The default match threshold, calibrated on labelled data: the score at or above which a result
 * counts as a match unless the user sets another. How it was chosen, and the precision and recall
 * it gives, are in {@code docs/screening.md}.
 */
public final class Thresholds {
    /** The default threshold of a match. */
    public static final double DEFAULT = 0.8;

    private Thresholds() {}
}
