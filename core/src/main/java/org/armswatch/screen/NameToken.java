package org.armswatch.screen;

/**
 * One token of a normalised name.
 *
 * @param text the token: lower case, Latin letters and digits
 * @param key its sound key ({@link Phonetic}), equal for common transliteration variants
 * @param kind what the token is, which decides how much it weighs
 */
public record NameToken(String text, String key, Kind kind) {
    /** What a token is. */
    public enum Kind {
        /** A word of the name proper. */
        WORD,
        /** A legal form (LLC, JSC, Ltd …), canonicalised: says what kind of body, not which. */
        LEGAL_FORM,
        /** A word with no identity (of, the, and). */
        STOPWORD,
        /** A name particle (al, bin, van …). */
        PARTICLE,
        /** A single letter, as an initial. */
        INITIAL
    }

    /** How much the kind weighs relative to a word of the same rarity. */
    double kindWeight() {
        return switch (kind) {
            case WORD -> 1.0;
            case INITIAL -> 0.5;
            case PARTICLE -> 0.25;
            case LEGAL_FORM -> 0.1;
            case STOPWORD -> 0.05;
        };
    }
}
