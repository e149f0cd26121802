package org.armswatch.lists;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.armswatch.model.Entity;

/** The differences between two versions of a list, entry by entry. */
public final class ListDiff {
    private ListDiff() {}

    /**
     * One entry as a diff sees it.
     *
     * @param id entry id
     * @param schema FtM schema
     * @param caption display name
     * @param contentHash hash of the stored entity, equal when nothing changed
     */
    public record Row(String id, String schema, String caption, String contentHash) {}

    /** Entries only in the later version, only in the earlier one, and in both with different content (earlier, later). */
    public record Result(List<Row> added, List<Row> removed, List<Changed> changed) {}

    /** An entry in both versions whose content differs. */
    public record Changed(Row from, Row to, List<String> properties) {}

    /**
     * Compares two versions' entries by id.
     *
     * @param from the earlier version's entries by id
     * @param to the later version's entries by id
     * @param properties the names of the properties that differ for an id present in both
     */
    public static Result compare(Map<String, Row> from, Map<String, Row> to, PropertyDiff properties) {
        List<Row> added = new ArrayList<>();
        List<Row> removed = new ArrayList<>();
        List<Changed> changed = new ArrayList<>();
        for (String id : new TreeSet<>(to.keySet())) {
            Row before = from.get(id);
            Row after = to.get(id);
            if (before == null) {
                added.add(after);
            } else if (!before.contentHash().equals(after.contentHash())) {
                changed.add(new Changed(before, after, properties.between(id)));
            }
        }
        for (String id : new TreeSet<>(from.keySet())) {
            if (!to.containsKey(id)) {
                removed.add(from.get(id));
            }
        }
        return new Result(added, removed, changed);
    }

    /** Names the properties that differ for an entry present in both versions. */
    @FunctionalInterface
    public interface PropertyDiff {
        List<String> between(String id);
    }

    /** The property names whose values differ between two states of one entity (schema and caption included). */
    public static List<String> changedProperties(Entity a, Entity b) {
        Set<String> names = new TreeSet<>(a.properties().keySet());
        names.addAll(b.properties().keySet());
        List<String> out = new ArrayList<>();
        if (!a.schema().equals(b.schema())) {
            out.add("schema");
        }
        if (!a.caption().equals(b.caption())) {
            out.add("caption");
        }
        for (String n : names) {
            if (!Objects.equals(new TreeSet<>(a.values(n)), new TreeSet<>(b.values(n)))) {
                out.add(n);
            }
        }
        return out;
    }
}
