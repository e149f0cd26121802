package org.armswatch.assess;

/** Something an assessment's reader must know to weigh its verdict: a code and a sentence. */
public record Caveat(CaveatCode code, String text) {}
