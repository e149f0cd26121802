package org.armswatch.screen;

/**
 * One token of a normalised name.
 *
 * @param text the token: lower case, Latin letters and digits
 * @param key its sound key ({@link Phonetic#key}), equal for common transliteration variants
 * @param skeleton its consonant skeleton ({@link Phonetic#skeleton}), for tokens of scripts that
 *     leave vowels unwritten
 * @param kind what the token is, which decides how much it weighs
 * @param origin the kind of script it was written in
 */
public record NameToken(String text, String key, String skeleton, Kind kind, Origin origin) {
    /** What a token is. */
    public enum Kind {
        /** A word of the name proper. */
        WORD,
        /** A number, or a word that names one (44, forty-four, 1st, first, IX in a company name). */
        NUMBER,
        /** A legal form (LLC, JSC, Ltd …), canonicalised: says what kind of body, not which. */
        LEGAL_FORM,
        /** A word with no identity (of, the, and), or a title (Mr, President, Sheikh). */
        STOPWORD,
        /** A name particle (al, bin, van …). */
        PARTICLE,
        /** A single letter, as an initial. */
        INITIAL
    }

    /** The kind of script a token was written in, which decides how loosely it compares. */
    public enum Origin {
        /** Latin, or an alphabet that writes its vowels (Cyrillic, Greek, Armenian, Georgian …). */
        ALPHABET,
        /** A script that leaves short vowels unwritten (Arabic, Persian, Hebrew, Syriac, Thaana). */
        ABJAD,
        /**
         * A script of syllables or inherent vowels that spells foreign names approximately (Kana,
         * Thai, Lao, Khmer, Myanmar, Tibetan, Ethiopic). Indic scripts write their vowels and count
         * as alphabets.
         */
        SYLLABIC,
        /**
         * Hangul or Han: romanised one syllable (one character) a token, where a different syllable
         * is a different character, never a misspelling.
         */
        CJK
    }

    /** A token of a word in the Latin alphabet. */
    static NameToken of(String text, Kind kind) {
        return of(text, kind, Origin.ALPHABET);
    }

    static NameToken of(String text, Kind kind, Origin origin) {
        return new NameToken(
                text, Phonetic.key(text), Phonetic.skeleton(text, origin != Origin.ALPHABET), kind, origin);
    }

    /** Whether the token comes from a script that spells names loosely. */
    boolean loose() {
        return origin != Origin.ALPHABET;
    }

    /** Whether the token carries identity (a word, a number or an initial). */
    boolean substantive() {
        return kind == Kind.WORD || kind == Kind.NUMBER || kind == Kind.INITIAL;
    }

    /** How much the kind weighs relative to a word of the same rarity. */
    double kindWeight() {
        return switch (kind) {
            case WORD, NUMBER -> 1.0;
            case INITIAL -> 0.4;
            case PARTICLE -> 0.2;
            case LEGAL_FORM -> 0.15;
            case STOPWORD -> 0.05;
        };
    }
}
