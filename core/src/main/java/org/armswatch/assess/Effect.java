package org.armswatch.assess;

/**
 * What a provision does to the transfers it covers, most severe first: the order of the constants
 * is the order of severity that {@link Verdict} follows.
 */
public enum Effect {
    /** Binding on all UN members: the transfer may not take place. */
    PROHIBITED,
    /** The transfer needs the prior approval of a UN body. */
    REQUIRES_APPROVAL,
    /** The transfer is capped, conditional, or subject to notification or restraint. */
    RESTRICTED,
    /** A measure of one state or union that binds only persons and goods under its jurisdiction. */
    AUTONOMOUS_MEASURE;

    /** The code of the regime files and the output: {@code requires_approval}. */
    public String code() {
        return Codes.of(this);
    }
}
