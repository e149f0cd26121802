package org.armswatch.assess;

/** How far a provision's citation was checked against sources, as {@code REGIMES.md} marks it. */
public enum Verification {
    /** Paragraph number and date confirmed by at least one cited source. */
    VERIFIED,
    /** What the provision does is confirmed; its paragraph number was not seen in a source. */
    SUBSTANCE_VERIFIED_PARAGRAPH_UNVERIFIED,
    /** Not checked. */
    UNVERIFIED;

    public String code() {
        return Codes.of(this);
    }
}
