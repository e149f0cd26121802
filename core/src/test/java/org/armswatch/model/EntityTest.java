package org.armswatch.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EntityTest {

    @Test
    void unknownSchemaIsRejectedWithItsName() {
        assertThatThrownBy(() -> Entity.builder("t:1", "Spaceship"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown FtM schema: Spaceship");
        assertThatThrownBy(() -> Entity.builder("t:1", "person"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown FtM schema: person");
        assertThatThrownBy(() -> Entity.builder("t:1", null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void propertyTheSchemaLacksIsRejectedNamingBoth() {
        Entity.Builder b = Entity.builder("t:1", "Person");
        assertThatThrownBy(() -> b.add("imoNumber", "IMO9000001"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("schema Person has no property imoNumber");
        assertThatThrownBy(() -> Entity.builder("t:2", "Sanction").add("name", "x"))
                .hasMessage("schema Sanction has no property name");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\u202B\u202C", "\n\t"})
    void blankIdIsRejected(String id) {
        assertThatThrownBy(() -> Entity.builder(id, "Person"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("entity id is blank");
    }

    @Test
    void idIsCleaned() {
        assertThat(Entity.builder("  un:KPe.023 ", "Organization").build().id()).isEqualTo("un:KPe.023");
    }

    @Test
    void valuesAreCleanedDeduplicatedAndKeptInInsertionOrder() {
        Entity e = Entity.builder("t:1", "Person")
                .add("name", "Vesna  Corlath ")
                .add("name", "Anwen Brisk")
                .add("name", "Vesna Corlath")
                .add("name", "\u202BVesna\u00A0Corlath\u202C")
                .add("name", "Bram Ottery")
                .addAll("alias", List.of("Zed", "Alder", "Zed"))
                .build();
        assertThat(e.values("name")).containsExactly("Vesna Corlath", "Anwen Brisk", "Bram Ottery");
        assertThat(e.values("alias")).containsExactly("Zed", "Alder");
    }

    @Test
    void blankAndNullValuesAreDroppedAndLeaveNoEmptyProperty() {
        Entity e = Entity.builder("t:1", "Person")
                .add("birthDate", null)
                .add("birthDate", "  ")
                .add("notes", "\n            ")
                .add("gender", "female")
                .build();
        assertThat(e.properties()).containsOnlyKeys("gender");
        assertThat(e.values("birthDate")).isEmpty();
        assertThat(e.first("birthDate")).isNull();
        assertThat(e.first("gender")).isEqualTo("female");
    }

    @Test
    void builderReportsWhatItHolds() {
        Entity.Builder b = Entity.builder("t:1", "Vessel").add("imoNumber", "IMO9000001");
        assertThat(b.id()).isEqualTo("t:1");
        assertThat(b.schema()).isEqualTo("Vessel");
        assertThat(b.has("imoNumber")).isTrue();
        assertThat(b.has("flag")).isFalse();
        assertThat(b.has("imoNumber", " IMO9000001\t")).isTrue();
        assertThat(b.has("imoNumber", "IMO9000002")).isFalse();
        assertThat(b.has("flag", "pa")).isFalse();
    }

    @Test
    void captionDefaultsToTheFirstName() {
        Entity e = Entity.builder("t:1", "Person")
                .add("name", "Ilse Marrow")
                .add("name", "Ilse Marrow-Quaint")
                .build();
        assertThat(e.caption()).isEqualTo("Ilse Marrow");
    }

    @Test
    void captionDefaultsToTheIdWithoutAName() {
        assertThat(Entity.builder("t:9", "Sanction").build().caption()).isEqualTo("t:9");
        assertThat(Entity.builder("t:9", "Person").caption("   ").build().caption())
                .isEqualTo("t:9");
    }

    @Test
    void explicitCaptionIsCleanedAndWins() {
        Entity e = Entity.builder("t:1", "Person")
                .add("name", "Ilse Marrow")
                .caption(" MARROW,  Ilse ")
                .build();
        assertThat(e.caption()).isEqualTo("MARROW, Ilse");
    }

    @Test
    void referentsAndDatasetsAreCleanedAndDeduplicated() {
        Entity e = Entity.builder("t:1", "Company")
                .referent("ofac-1")
                .referent(" ofac-1 ")
                .referent("")
                .referent("gb-hmt-2")
                .dataset("us_ofac_sdn")
                .dataset(null)
                .dataset("us_ofac_sdn")
                .target(true)
                .build();
        assertThat(e.referents()).containsExactly("ofac-1", "gb-hmt-2");
        assertThat(e.datasets()).containsExactly("us_ofac_sdn");
        assertThat(e.target()).isTrue();
        assertThat(Entity.builder("t:2", "Company").build().target()).isFalse();
    }

    @Test
    void propertiesAreSortedByName() {
        Entity e = Entity.builder("t:1", "Person")
                .add("nationality", "kp")
                .add("birthDate", "1964")
                .add("name", "Ro Sul")
                .build();
        assertThat(e.properties().keySet()).containsExactly("birthDate", "name", "nationality");
    }

    @Test
    void entityIsImmutable() {
        Entity e = Entity.builder("t:1", "Person")
                .add("name", "Ro Sul")
                .referent("ofac-1")
                .dataset("ds")
                .build();
        assertThatThrownBy(() -> e.properties().put("alias", List.of("x")))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> e.values("name").add("x")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> e.referents().add("x")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> e.datasets().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void laterBuilderChangesDoNotReachABuiltEntity() {
        Entity.Builder b = Entity.builder("t:1", "Person").add("name", "Ro Sul").referent("ofac-1");
        Entity first = b.build();
        b.add("name", "Ro Sul-Kim").referent("ofac-2").dataset("late");
        assertThat(first.values("name")).containsExactly("Ro Sul");
        assertThat(first.referents()).containsExactly("ofac-1");
        assertThat(first.datasets()).isEmpty();
        assertThat(b.build().values("name")).containsExactly("Ro Sul", "Ro Sul-Kim");
    }

    @Test
    void constructorCopiesItsInputsAndDropsEmptyProperties() {
        Map<String, List<String>> raw = new TreeMap<>();
        List<String> names = new ArrayList<>(List.of("Pell Arden"));
        raw.put("name", names);
        raw.put("alias", new ArrayList<>());
        List<String> refs = new ArrayList<>(List.of("r1"));
        Entity e = new Entity("t:1", "Person", "Pell Arden", new TreeMap<>(raw), false, refs, List.of());
        names.add("changed");
        refs.add("r2");
        assertThat(e.properties()).containsOnlyKeys("name");
        assertThat(e.values("name")).containsExactly("Pell Arden");
        assertThat(e.referents()).containsExactly("r1");
    }

    @Test
    void constructorRefusesNulls() {
        assertThatThrownBy(() -> new Entity(null, "Person", "c", new TreeMap<>(), false, List.of(), List.of()))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("id");
        assertThatThrownBy(() -> new Entity("t", null, "c", new TreeMap<>(), false, List.of(), List.of()))
                .hasMessage("schema");
        assertThatThrownBy(() -> new Entity("t", "Person", null, new TreeMap<>(), false, List.of(), List.of()))
                .hasMessage("caption");
    }

    @Test
    void inheritedPropertiesAreAccepted() {
        Entity e = Entity.builder("t:1", "Vessel")
                .add("name", "Grey Heron")
                .add("imoNumber", "IMO9000001")
                .add("flag", "pa")
                .add("country", "pa")
                .build();
        assertThat(e.properties()).containsOnlyKeys("country", "flag", "imoNumber", "name");
    }
}
