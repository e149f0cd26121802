package org.armswatch.assess;

/** Who imposes a regime. */
public enum Authority {
    /** The UN Security Council. */
    UNSC,
    /** The European Union. */
    EU,
    /** The United States. */
    US,
    /** The United Kingdom. */
    UK
}
