package org.armswatch.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A FollowTheMoney-shaped entity: an id, a schema, and multi-valued properties whose names and
 * values follow FtM conventions (countries as lower-case ISO alpha-2 codes, dates as ISO strings
 * that may be partial, such as {@code 1964} or {@code 1964-05}).
 *
 * <p>Instances are immutable. Property values are kept in insertion order without duplicates.
 *
 * @param id stable id, for list entries {@code <source>:<publisher's id>} such as {@code un:KPe.028}
 * @param schema FtM schema name, such as {@code Person} or {@code Ownership}
 * @param caption display name
 * @param properties property name to values, never empty lists
 * @param target whether the entity is itself a listed party, as opposed to an adjacent record
 * @param referents ids of other records merged into this one (OpenSanctions {@code referents})
 * @param datasets names of the datasets the publisher says the entity comes from
 */
public record Entity(
        String id,
        String schema,
        String caption,
        SortedMap<String, List<String>> properties,
        boolean target,
        List<String> referents,
        List<String> datasets) {

    public Entity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(caption, "caption");
        SortedMap<String, List<String>> copy = new TreeMap<>();
        properties.forEach((k, v) -> {
            if (!v.isEmpty()) {
                copy.put(k, List.copyOf(v));
            }
        });
        properties = Collections.unmodifiableSortedMap(copy);
        referents = List.copyOf(referents);
        datasets = List.copyOf(datasets);
    }

    /** The values of a property, empty when it has none. */
    public List<String> values(String property) {
        return properties.getOrDefault(property, List.of());
    }

    /** The first value of a property, or null. */
    public String first(String property) {
        List<String> v = values(property);
        return v.isEmpty() ? null : v.get(0);
    }

    /** Starts an entity of the given schema; the schema and every property are checked against the model. */
    public static Builder builder(String id, String schema) {
        return new Builder(id, schema);
    }

    /** Collects property values, cleaning each with {@link Text#clean(String)} and dropping blanks and repeats. */
    public static final class Builder {
        private final String id;
        private final String schema;
        private final Map<String, LinkedHashSet<String>> values = new TreeMap<>();
        private final List<String> referents = new ArrayList<>();
        private final List<String> datasets = new ArrayList<>();
        private String caption;
        private boolean target;

        private Builder(String id, String schema) {
            String cleanId = Text.clean(id);
            if (cleanId.isEmpty()) {
                throw new IllegalArgumentException("entity id is blank");
            }
            if (!FtmModel.get().isSchema(schema)) {
                throw new IllegalArgumentException("unknown FtM schema: " + schema);
            }
            this.id = cleanId;
            this.schema = schema;
        }

        public String id() {
            return id;
        }

        public String schema() {
            return schema;
        }

        /** Adds a value; blank or null values are ignored. */
        public Builder add(String property, String value) {
            if (!FtmModel.get().hasProperty(schema, property)) {
                throw new IllegalArgumentException("schema " + schema + " has no property " + property);
            }
            String clean = Text.clean(value);
            if (!clean.isEmpty()) {
                values.computeIfAbsent(property, k -> new LinkedHashSet<>()).add(clean);
            }
            return this;
        }

        public Builder addAll(String property, Iterable<String> vals) {
            for (String v : vals) {
                add(property, v);
            }
            return this;
        }

        /** Whether the property already holds the value (after cleaning). */
        public boolean has(String property, String value) {
            LinkedHashSet<String> set = values.get(property);
            return set != null && set.contains(Text.clean(value));
        }

        public boolean has(String property) {
            return values.containsKey(property);
        }

        public Builder caption(String caption) {
            this.caption = Text.clean(caption);
            return this;
        }

        public Builder target(boolean target) {
            this.target = target;
            return this;
        }

        public Builder referent(String referent) {
            String clean = Text.clean(referent);
            if (!clean.isEmpty() && !referents.contains(clean)) {
                referents.add(clean);
            }
            return this;
        }

        public Builder dataset(String dataset) {
            String clean = Text.clean(dataset);
            if (!clean.isEmpty() && !datasets.contains(clean)) {
                datasets.add(clean);
            }
            return this;
        }

        /** Builds the entity; the caption defaults to the first name, else the id. */
        public Entity build() {
            SortedMap<String, List<String>> props = new TreeMap<>();
            values.forEach((k, v) -> props.put(k, List.copyOf(v)));
            String cap = caption;
            if (cap == null || cap.isEmpty()) {
                List<String> names = props.getOrDefault("name", List.of());
                cap = names.isEmpty() ? id : names.get(0);
            }
            return new Entity(id, schema, cap, props, target, referents, datasets);
        }
    }
}
