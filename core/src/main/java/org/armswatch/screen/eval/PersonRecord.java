package org.armswatch.screen.eval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.armswatch.model.Countries;
import org.armswatch.screen.ScreeningQuery;

/**
 * A row of yente's candidate-generation files ({@code full_name, first_name, middle_name,
 * last_name, gender, date_of_birth, place_of_birth, nationality}).
 *
 * @param line the line it starts on
 * @param fullName the name
 * @param birthDate as written (may be partial or malformed: {@code 1962-8-20}, {@code 1974-01-32})
 * @param nationality as written: an alpha-2 code or a country name
 */
public record PersonRecord(long line, String fullName, String birthDate, String nationality) {
    static final List<String> COLUMNS = List.of("full_name", "date_of_birth", "nationality");

    /** Reads a file; every row must have a name. */
    public static List<PersonRecord> read(Path file) {
        List<PersonRecord> out = new ArrayList<>();
        for (EvalCsv.Row r : EvalCsv.read(file, COLUMNS)) {
            out.add(new PersonRecord(r.line(), r.required("full_name"), r.get("date_of_birth"), r.get("nationality")));
        }
        return out;
    }

    /** The query by name alone, as a person. */
    public ScreeningQuery nameQuery() {
        return new ScreeningQuery(fullName, Optional.of("Person"), List.of(), List.of(), List.of());
    }

    /** The query with the birth date and nationality where they are given and readable. */
    public ScreeningQuery fullQuery() {
        List<String> countries =
                Countries.get().find(nationality).map(c -> List.of(c.alpha2())).orElse(List.of());
        List<String> dates = birthDate.isEmpty() ? List.of() : List.of(birthDate);
        return new ScreeningQuery(fullName, Optional.of("Person"), dates, countries, List.of());
    }
}
