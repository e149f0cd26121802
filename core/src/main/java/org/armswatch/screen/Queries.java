package org.armswatch.screen;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.armswatch.model.Countries;

/** Builds screening queries from what a user typed, with one-line errors for what cannot be used. */
public final class Queries {
    private Queries() {}

    /**
     * A query from text fields.
     *
     * @param schema an FtM schema name or empty
     * @param birthDates dates as {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}
     * @param countries ISO alpha-2, alpha-3 or English names
     * @throws IllegalArgumentException naming the field that cannot be used (a name with no
     *     letters or digits is refused by {@link MatchIndex#search}, which normalises it anyway)
     */
    public static ScreeningQuery parse(
            String name, String schema, List<String> birthDates, List<String> countries, List<String> identifiers) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty()) {
            throw new IllegalArgumentException("the name is empty");
        }
        if (n.length() > NameNormalizer.MAX_LENGTH) {
            throw new IllegalArgumentException("the name is " + n.length() + " characters long; names of up to "
                    + NameNormalizer.MAX_LENGTH + " are screened");
        }
        Optional<String> s = schema == null || schema.isBlank() ? Optional.empty() : Optional.of(schema.strip());
        if (s.isPresent() && !Schemas.queryable().contains(s.get())) {
            throw new IllegalArgumentException("unknown schema '" + s.get() + "' (known: "
                    + String.join(", ", Schemas.queryable().stream().sorted().toList()) + ")");
        }
        for (String d : birthDates) {
            if (!d.matches("\\d{4}(-\\d{2}(-\\d{2})?)?")) {
                throw new IllegalArgumentException("birth date '" + d + "' is not YYYY, YYYY-MM or YYYY-MM-DD");
            }
        }
        List<String> codes = new ArrayList<>();
        for (String c : countries) {
            codes.add(Countries.get().require(c).alpha2());
        }
        return new ScreeningQuery(n, s, birthDates, codes, identifiers);
    }

    /** The matches of a result list, followed by the best {@code candidates} results below the threshold. */
    public static List<ScreeningResult> select(List<ScreeningResult> results, int candidates) {
        List<ScreeningResult> out =
                new ArrayList<>(results.stream().filter(ScreeningResult::match).toList());
        results.stream().filter(r -> !r.match()).limit(candidates).forEach(out::add);
        return out;
    }
}
