package org.armswatch.assess;

/** The outcome of an assessment: the most severe {@link Effect} that applies, or {@link #NO_REGIME}. */
public enum Verdict {
    PROHIBITED,
    REQUIRES_APPROVAL,
    RESTRICTED,
    AUTONOMOUS_MEASURE,
    /** No provision of the loaded regimes applies. */
    NO_REGIME;

    /** The verdict an effect gives. */
    public static Verdict of(Effect effect) {
        return valueOf(effect.name());
    }

    /** The code of the output: {@code no_regime}. */
    public String code() {
        return Codes.of(this);
    }
}
