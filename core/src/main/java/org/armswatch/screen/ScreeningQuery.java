package org.armswatch.screen;

import java.util.List;
import java.util.Optional;

/**
 * What to screen: a name and, where known, what else identifies the party.
 *
 * @param name the name as given, in any script
 * @param schema the FtM schema of the party (Person, Organization, Company, LegalEntity, Vessel,
 *     Airplane), empty when unknown
 * @param birthDates FtM dates, possibly partial ({@code 1984}, {@code 1984-01-08})
 * @param countries lower-case ISO alpha-2 codes
 * @param identifiers identifiers (IMO, passport, registration numbers …) as given
 */
public record ScreeningQuery(
        String name,
        Optional<String> schema,
        List<String> birthDates,
        List<String> countries,
        List<String> identifiers) {
    public ScreeningQuery {
        birthDates = List.copyOf(birthDates);
        countries = List.copyOf(countries);
        identifiers = List.copyOf(identifiers);
    }

    /** A query by name alone. */
    public static ScreeningQuery name(String name) {
        return new ScreeningQuery(name, Optional.empty(), List.of(), List.of(), List.of());
    }
}
