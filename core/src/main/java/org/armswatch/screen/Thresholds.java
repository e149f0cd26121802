package org.armswatch.screen;

/** The default match threshold of the screening engine. */
public final class Thresholds {
    /** Score at or above which a result is a match, unless the caller sets another. */
    public static final double DEFAULT = 0.7;

    private Thresholds() {}
}
