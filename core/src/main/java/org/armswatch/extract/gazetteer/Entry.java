package org.armswatch.extract.gazetteer;

import java.util.Objects;

/**
 * One form of a gazetteer entry: the thing a matched span denotes and how the span names it.
 *
 * @param kind what the entry is
 * @param canonical the canonical English name ("North Korea", "Sergei Shoigu", "Shahed-136")
 * @param code ISO 3166-1 alpha-3 code for a state; a lower-case hyphenated slug otherwise
 * @param category the item category of a weapon (see {@link Gazetteer#CATEGORIES}); null for other kinds
 * @param form how the matched text names the entry: {@code name} (the canonical form), {@code variant}, and for
 *     states also {@code capital}, {@code demonym}, {@code seat}; for people also {@code surname}
 * @param state for a state its own alpha-3 code; for a person or organisation the alpha-3 code of its state or the
 *     slug of an international body ({@code european-union}, {@code united-nations}, {@code nato}); null when none
 * @param role for a person the offices held with years; for an organisation its kind ({@code agency},
 *     {@code think_tank}, ...); for a title its kind ({@code office}, {@code military}, ...); for a weapon how it is
 *     matched ({@code name}, {@code noun}, {@code phrase}); null for a state
 */
public record Entry(Kind kind, String canonical, String code, String category, String form, String state, String role) {

    /** What an entry is. */
    public enum Kind {
        STATE,
        PERSON,
        ORGANISATION,
        ARMED_GROUP,
        WEAPON,
        TITLE
    }

    public Entry {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(canonical, "canonical");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(form, "form");
    }
}
