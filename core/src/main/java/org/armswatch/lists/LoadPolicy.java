package org.armswatch.lists;

/**
 * What a load may do beyond the safe default.
 *
 * @param allowOlder accept a version dated before the active one
 * @param acceptShrink accept a version that drops more than {@code maxShrink} of the active version's records
 * @param maxShrink the fraction of records a new version may lose without {@code acceptShrink}, in [0,1]
 */
public record LoadPolicy(boolean allowOlder, boolean acceptShrink, double maxShrink) {
    public static final LoadPolicy SAFE = new LoadPolicy(false, false, 0.10);

    public LoadPolicy {
        if (!(maxShrink >= 0 && maxShrink <= 1)) {
            throw new IllegalArgumentException("maxShrink must be in [0,1], got " + maxShrink);
        }
    }
}
