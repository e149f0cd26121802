package org.armswatch.assess;

import java.util.Locale;

/** The lower-case codes that the regime files and the assessment output use for enum constants. */
final class Codes {
    private Codes() {}

    /** {@code REQUIRES_APPROVAL} → {@code requires_approval}. */
    static String of(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
