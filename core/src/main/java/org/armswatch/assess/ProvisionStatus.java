package org.armswatch.assess;

/** The standing of a provision as the regime file records it (not as of the assessed date). */
public enum ProvisionStatus {
    IN_FORCE,
    /** Its in-force interval has ended. */
    LAPSED,
    /** In force according to some states, void according to others; see {@link Regime#dispute()}. */
    CONTESTED;

    public String code() {
        return Codes.of(this);
    }
}
