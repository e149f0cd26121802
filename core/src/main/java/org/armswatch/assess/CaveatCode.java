package org.armswatch.assess;

/** The kinds of {@link Caveat} an assessment carries. */
public enum CaveatCode {
    /** A provision that applies belongs to a regime whose validity some states dispute. */
    CONTESTED,
    /** A provision would have applied, but its in-force interval ended before the date. */
    EXPIRED,
    /** A provision that applies has a paragraph number, or more, that was not checked. */
    UNVERIFIED_PARAGRAPH,
    /** A provision that applies binds only its own authority's persons and goods. */
    OWN_JURISDICTION_ONLY,
    /** Whether the items fall in a provision's scope is disputed between states (regime data). */
    DISPUTED_SCOPE,
    /** A provision covers only part of what an item names (regime data, or a broad item against a narrow scope). */
    PARTIAL_SCOPE,
    /** The body that monitored a regime for the UN has ended its work. */
    MONITORING_ENDED,
    /** Some items are economic goods, not arms: the provisions on them are trade measures. */
    ECONOMIC_NOT_ARMS;

    public String code() {
        return Codes.of(this);
    }
}
