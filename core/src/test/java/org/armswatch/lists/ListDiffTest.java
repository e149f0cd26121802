package org.armswatch.lists;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.armswatch.lists.ListDiff.Changed;
import org.armswatch.lists.ListDiff.Result;
import org.armswatch.lists.ListDiff.Row;
import org.armswatch.model.Entity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ListDiffTest {

    private static Row row(String id, String hash) {
        return new Row(id, "Person", "Caption " + id, hash);
    }

    private static Map<String, Row> rows(Row... rows) {
        Map<String, Row> out = new LinkedHashMap<>();
        for (Row r : rows) {
            out.put(r.id(), r);
        }
        return out;
    }

    @Test
    void reportsAddedRemovedAndChangedSortedById() {
        Map<String, Row> from = rows(row("z:9", "h1"), row("a:1", "h2"), row("m:5", "h3"), row("k:2", "h4"));
        Map<String, Row> to =
                rows(row("m:5", "h3-new"), row("b:0", "h5"), row("k:2", "h4"), row("y:7", "h6"), row("a:1", "h2-new"));
        Result r = ListDiff.compare(from, to, id -> List.of("name:" + id));
        assertThat(r.added()).containsExactly(row("b:0", "h5"), row("y:7", "h6"));
        assertThat(r.removed()).containsExactly(row("z:9", "h1"));
        assertThat(r.changed())
                .containsExactly(
                        new Changed(row("a:1", "h2"), row("a:1", "h2-new"), List.of("name:a:1")),
                        new Changed(row("m:5", "h3"), row("m:5", "h3-new"), List.of("name:m:5")));
    }

    @Test
    void unchangedEntriesAreNotReportedAndTheirPropertiesNotAsked() {
        List<String> asked = new ArrayList<>();
        Map<String, Row> same = rows(row("a", "h"), row("b", "h"));
        Result r = ListDiff.compare(same, new HashMap<>(same), id -> {
            asked.add(id);
            return List.of();
        });
        assertThat(r.added()).isEmpty();
        assertThat(r.removed()).isEmpty();
        assertThat(r.changed()).isEmpty();
        assertThat(asked).isEmpty();
    }

    @Test
    void fromNothingEverythingIsAdded() {
        Result r = ListDiff.compare(Map.of(), rows(row("b", "1"), row("a", "2")), id -> List.of());
        assertThat(r.added()).extracting(Row::id).containsExactly("a", "b");
        assertThat(r.removed()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(longs = {2L, 31L, 555L})
    void randomVersionsDiffToTheirKnownDifferences(long seed) {
        Random random = new Random(seed);
        Map<String, Row> from = new HashMap<>();
        Map<String, Row> to = new HashMap<>();
        List<String> added = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            String id = "e:" + random.nextInt(1_000_000);
            if (from.containsKey(id) || to.containsKey(id)) {
                continue;
            }
            switch (random.nextInt(4)) {
                case 0 -> {
                    to.put(id, row(id, "x"));
                    added.add(id);
                }
                case 1 -> {
                    from.put(id, row(id, "x"));
                    removed.add(id);
                }
                case 2 -> {
                    from.put(id, row(id, "x"));
                    to.put(id, row(id, "y"));
                    changed.add(id);
                }
                default -> {
                    from.put(id, row(id, "x"));
                    to.put(id, row(id, "x"));
                }
            }
        }
        Result r = ListDiff.compare(from, to, id -> List.of());
        assertThat(r.added())
                .extracting(Row::id)
                .containsExactlyElementsOf(added.stream().sorted().toList());
        assertThat(r.removed())
                .extracting(Row::id)
                .containsExactlyElementsOf(removed.stream().sorted().toList());
        assertThat(r.changed())
                .extracting(c -> c.to().id())
                .containsExactlyElementsOf(changed.stream().sorted().toList());
    }

    @Test
    void changedPropertiesNamesEachDifferingPropertyInNameOrder() {
        Entity a = Entity.builder("t:1", "Person")
                .add("name", "Hollis Veck")
                .add("birthDate", "1970")
                .add("nationality", "ir")
                .add("notes", "kept")
                .build();
        Entity b = Entity.builder("t:1", "Person")
                .add("name", "Hollis Veck")
                .add("name", "Hollis Vecker")
                .add("nationality", "iq")
                .add("notes", "kept")
                .add("alias", "H. V.")
                .caption("Hollis Veck")
                .build();
        assertThat(ListDiff.changedProperties(a, b)).containsExactly("alias", "birthDate", "name", "nationality");
    }

    @Test
    void valueOrderDoesNotCount() {
        Entity a = Entity.builder("t:1", "Person")
                .add("alias", "One")
                .add("alias", "Two")
                .build();
        Entity b = Entity.builder("t:1", "Person")
                .add("alias", "Two")
                .add("alias", "One")
                .build();
        assertThat(ListDiff.changedProperties(a, b)).isEmpty();
    }

    @Test
    void aSchemaChangeIsReportedFirst() {
        Entity a =
                Entity.builder("t:1", "Organization").add("name", "Delph Mills").build();
        Entity b = Entity.builder("t:1", "Company")
                .add("name", "Delph Mills")
                .add("capital", "100")
                .build();
        assertThat(ListDiff.changedProperties(a, b)).containsExactly("schema", "capital");
        Entity c = Entity.builder("t:1", "Company")
                .add("name", "Delph Mills Ltd")
                .add("capital", "100")
                .build();
        assertThat(ListDiff.changedProperties(a, c)).containsExactly("schema", "caption", "capital", "name");
    }

    @Test
    void aCaptionChangeIsReported() {
        Entity a = Entity.builder("t:1", "Person")
                .add("name", "Delia Frome")
                .caption("Delia Frome")
                .build();
        Entity b = Entity.builder("t:1", "Person")
                .add("name", "Delia Frome")
                .caption("FROME, Delia")
                .build();
        assertThat(ListDiff.changedProperties(a, b)).containsExactly("caption");
    }

    @Test
    void identicalEntitiesHaveNoChangedProperties() {
        Entity a = Entity.builder("t:1", "Vessel")
                .add("imoNumber", "IMO9000001")
                .add("flag", "pa")
                .build();
        assertThat(ListDiff.changedProperties(a, a)).isEmpty();
    }
}
