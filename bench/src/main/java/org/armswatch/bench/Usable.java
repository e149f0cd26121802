package org.armswatch.bench;

import java.util.ArrayList;
import java.util.List;
import org.armswatch.screen.MatchIndex;
import org.armswatch.screen.ScreeningQuery;

/** The queries an index accepts: a name without letters or digits is refused, and left out. */
final class Usable {
    private Usable() {}

    static List<String> of(MatchIndex index, List<String> queries) {
        List<String> out = new ArrayList<>();
        for (String q : queries) {
            try {
                index.search(ScreeningQuery.name(q), RealListsBenchmark.OPTIONS);
                out.add(q);
            } catch (IllegalArgumentException e) {
                // not a name
            }
        }
        return out;
    }
}
