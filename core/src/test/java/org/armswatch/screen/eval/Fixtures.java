package org.armswatch.screen.eval;

import java.util.List;
import org.armswatch.screen.ListedEntry;

/** Hand-made list entries for the harness tests. */
final class Fixtures {
    private Fixtures() {}

    static ListedEntry person(String id, String name, String... birthDates) {
        return new ListedEntry(
                id,
                "Person",
                name,
                id.substring(0, id.indexOf(':')),
                1,
                List.of(new ListedEntry.ListedName(name, false)),
                List.of(birthDates),
                List.of(),
                List.of());
    }

    static String personsCsv(String... rows) {
        StringBuilder b = new StringBuilder(
                "full_name,first_name,middle_name,last_name,gender,date_of_birth,place_of_birth,nationality\n");
        for (String r : rows) {
            b.append(r).append('\n');
        }
        return b.toString();
    }
}
