package org.armswatch.lists;

import java.util.ArrayList;
import java.util.List;
import org.armswatch.model.Entity;
import org.armswatch.model.FtmModel;

/**
 * The values of one OFAC record gathered before its schema is final, so that a value whose
 * property the schema lacks (an e-mail address of a vessel, a birth date of a company) is kept in
 * {@code notes} with an {@code unknown-property} quirk instead of failing the build.
 */
final class OfacDraft {
    private record Value(String property, String value, String label) {}

    private final String id;
    private final String recordId;
    private final List<Value> values = new ArrayList<>();
    private String schema;

    /**
     * @param id the entity id ({@code ofac:12214})
     * @param recordId the publisher's id for quirks ({@code 12214})
     * @param schema the FtM schema
     */
    OfacDraft(String id, String recordId, String schema) {
        this.id = id;
        this.recordId = recordId;
        this.schema = schema;
    }

    String id() {
        return id;
    }

    String recordId() {
        return recordId;
    }

    String schema() {
        return schema;
    }

    void schema(String schema) {
        this.schema = schema;
    }

    /** Adds a value; {@code label} names it in the note written when the schema lacks the property. */
    void add(String property, String value, String label) {
        if (value != null && !value.isBlank()) {
            values.add(new Value(property, value, label));
        }
    }

    void add(String property, String value) {
        add(property, value, property);
    }

    /** Adds a free-text note. */
    void note(String text) {
        add("notes", text, "notes");
    }

    /** Whether a value was added for the property. */
    boolean has(String property) {
        return values.stream().anyMatch(v -> v.property().equals(property));
    }

    /** Builds the target entity; values the schema cannot hold go to notes, each with a quirk. */
    Entity build(List<Quirk> quirks) {
        FtmModel model = FtmModel.get();
        Entity.Builder b = Entity.builder(id, schema).target(true);
        for (Value v : values) {
            if (model.hasProperty(schema, v.property())) {
                b.add(v.property(), v.value());
            } else {
                b.add("notes", v.label() + ": " + v.value());
                quirks.add(new Quirk(
                        recordId,
                        "unknown-property",
                        "a " + schema + " has no property " + v.property() + "; kept '" + v.label() + ": " + v.value()
                                + "' in notes"));
            }
        }
        return b.build();
    }
}
