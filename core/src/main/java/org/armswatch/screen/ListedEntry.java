package org.armswatch.screen;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.armswatch.model.Entity;

/**
 * A list entry as the screening index holds it.
 *
 * @param id the entry id ({@code un:KPe.028})
 * @param schema FtM schema
 * @param caption display name
 * @param source the list ({@code un}, {@code ofac-sdn} …)
 * @param version the list version it comes from
 * @param names its names; weak (low-quality) aliases flagged
 * @param birthDates FtM dates
 * @param countries alpha-2 codes of nationality, citizenship, country, jurisdiction or flag
 * @param identifiers normalised identifiers (upper-case letters and digits)
 */
public record ListedEntry(
        String id,
        String schema,
        String caption,
        String source,
        long version,
        List<ListedName> names,
        List<String> birthDates,
        List<String> countries,
        List<String> identifiers) {
    private static final List<String> STRONG_NAMES = List.of("name", "alias", "previousName");
    private static final List<String> COUNTRY_PROPS =
            List.of("nationality", "citizenship", "country", "jurisdiction", "flag");
    private static final List<String> IDENTIFIER_PROPS = List.of(
            "imoNumber",
            "passportNumber",
            "idNumber",
            "registrationNumber",
            "innCode",
            "ogrnCode",
            "leiCode",
            "swiftBic",
            "taxNumber",
            "mmsi",
            "callSign",
            "serialNumber");

    public ListedEntry {
        names = List.copyOf(names);
        birthDates = List.copyOf(birthDates);
        countries = List.copyOf(countries);
        identifiers = List.copyOf(identifiers);
    }

    /** A name of an entry. */
    public record ListedName(String text, boolean weak) {}

    /** The entry of a list entity: its names by quality, birth dates, countries and identifiers. */
    public static ListedEntry of(Entity e, String source, long version) {
        List<ListedName> names = new ArrayList<>();
        for (String prop : STRONG_NAMES) {
            e.values(prop).forEach(n -> names.add(new ListedName(n, false)));
        }
        e.values("weakAlias").forEach(n -> names.add(new ListedName(n, true)));
        List<String> countries = new ArrayList<>();
        COUNTRY_PROPS.forEach(p -> e.values(p).forEach(c -> countries.add(c.toLowerCase(Locale.ROOT))));
        List<String> identifiers = new ArrayList<>();
        IDENTIFIER_PROPS.forEach(p -> e.values(p).forEach(v -> {
            String norm = normaliseIdentifier(v);
            if (norm.length() >= 4) {
                identifiers.add(norm);
            }
        }));
        return new ListedEntry(
                e.id(), e.schema(), e.caption(), source, version, names, e.values("birthDate"), countries, identifiers);
    }

    /** Identifiers compare as upper-case letters and digits only: {@code IMO 9146338} is {@code IMO9146338}. */
    public static String normaliseIdentifier(String value) {
        return value.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
    }
}
