package org.armswatch.assess;

/** Which way a provision covers transfers, relative to its target state. */
public enum Direction {
    /** Transfers whose recipient is the target. */
    TO,
    /** Transfers whose supplier is the target. */
    FROM,
    /** Transfers whose recipient or supplier is the target. */
    BOTH;

    /** Whether a transfer from {@code supplier} to {@code recipient} goes this way relative to {@code target}. */
    boolean covers(String target, String supplier, String recipient) {
        boolean to = target.equals(recipient);
        boolean from = target.equals(supplier);
        return switch (this) {
            case TO -> to;
            case FROM -> from;
            case BOTH -> to || from;
        };
    }
}
