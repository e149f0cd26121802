package org.armswatch.assess;

/** Whom a regime binds. */
public enum Binding {
    /** Every UN member state (Security Council decisions under Chapter VII). */
    ALL_UN_MEMBERS,
    /** Only persons and goods under the imposing authority's own jurisdiction. */
    OWN_JURISDICTION;

    public String code() {
        return Codes.of(this);
    }
}
