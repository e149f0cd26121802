package org.armswatch.bench;

import java.util.List;
import org.armswatch.screen.ScreeningQuery;

/** A cycle over prepared queries, one per thread, so that each invocation screens the next name. */
final class Queries {
    private final List<ScreeningQuery> queries;
    private final List<String> names;
    private int next;

    Queries(List<String> names, int offset) {
        this.names = List.copyOf(names);
        this.queries = names.stream().map(ScreeningQuery::name).toList();
        this.next = Math.floorMod(offset, names.size());
    }

    ScreeningQuery next() {
        ScreeningQuery q = queries.get(next);
        next = next + 1 == queries.size() ? 0 : next + 1;
        return q;
    }

    String nextName() {
        String n = names.get(next);
        next = next + 1 == names.size() ? 0 : next + 1;
        return n;
    }
}
