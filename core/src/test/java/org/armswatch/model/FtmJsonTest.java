package org.armswatch.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FtmJsonTest {

    private static Entity sample() {
        return Entity.builder("un:KPi.901", "Person")
                .add("name", "Dara Wyncott")
                .add("alias", "Dara “Wyn” Cott")
                .add("alias", "Дара Винкотт")
                .add("birthDate", "1961-07")
                .add("nationality", "kp")
                .referent("ofac-90001")
                .dataset("un_sc_sanctions")
                .target(true)
                .build();
    }

    @Test
    void writesTheDocumentedShapeWithSortedProperties() {
        assertThat(FtmJson.write(sample()))
                .isEqualTo("{\"id\":\"un:KPi.901\",\"caption\":\"Dara Wyncott\",\"schema\":\"Person\","
                        + "\"properties\":{\"alias\":[\"Dara “Wyn” Cott\",\"Дара Винкотт\"],\"birthDate\":[\"1961-07\"],"
                        + "\"name\":[\"Dara Wyncott\"],\"nationality\":[\"kp\"]},"
                        + "\"referents\":[\"ofac-90001\"],\"datasets\":[\"un_sc_sanctions\"],\"target\":true}");
    }

    @Test
    void roundTripGivesAnEqualEntity() {
        Entity e = sample();
        assertThat(FtmJson.read(FtmJson.write(e))).isEqualTo(e);
    }

    @Test
    void roundTripKeepsValueOrderAndANonTarget() {
        Entity e = Entity.builder("x:1", "Ownership")
                .add("owner", "x:3")
                .add("asset", "x:2")
                .add("percentage", "51")
                .add("role", "shareholder")
                .add("role", "beneficiary")
                .build();
        Entity back = FtmJson.read(FtmJson.write(e));
        assertThat(back).isEqualTo(e);
        assertThat(back.values("role")).containsExactly("shareholder", "beneficiary");
        assertThat(back.target()).isFalse();
        assertThat(back.caption()).isEqualTo("x:1");
    }

    @Test
    void sameEntityBuiltInAnotherOrderWritesTheSameText() {
        Entity a = Entity.builder("t:1", "Company")
                .add("name", "Fenwick Salt")
                .add("country", "ru")
                .add("innCode", "7700000001")
                .build();
        Entity b = Entity.builder("t:1", "Company")
                .add("innCode", "7700000001")
                .add("country", "ru")
                .add("name", "Fenwick Salt")
                .build();
        assertThat(FtmJson.write(a)).isEqualTo(FtmJson.write(b));
        assertThat(FtmJson.write(a)).isEqualTo(FtmJson.write(a));
    }

    @ParameterizedTest
    @ValueSource(longs = {3L, 17L, 101L})
    void randomEntitiesRoundTrip(long seed) {
        Random random = new Random(seed);
        String[] properties = {"name", "alias", "notes", "birthDate", "country", "passportNumber"};
        String chars = "aZ \"\\/\n\t€ü✓{}[]:,";
        for (int i = 0; i < 100; i++) {
            Entity.Builder b = Entity.builder("r:" + i, "Person").target(random.nextBoolean());
            for (int j = random.nextInt(8); j > 0; j--) {
                StringBuilder v = new StringBuilder();
                for (int k = random.nextInt(1, 12); k > 0; k--) {
                    v.append(chars.charAt(random.nextInt(chars.length())));
                }
                b.add(properties[random.nextInt(properties.length)], v.toString());
            }
            if (random.nextBoolean()) {
                b.referent("ref-" + random.nextInt(5));
            }
            Entity e = b.build();
            String json = FtmJson.write(e);
            assertThat(FtmJson.read(json)).isEqualTo(e);
            assertThat(FtmJson.write(FtmJson.read(json))).isEqualTo(json);
        }
    }

    @Test
    void missingOptionalArraysReadAsEmpty() {
        Entity e = FtmJson.read(
                "{\"id\":\"t:1\",\"caption\":\"C\",\"schema\":\"Person\",\"properties\":{\"name\":[\"C\"]}}");
        assertThat(e.referents()).isEmpty();
        assertThat(e.datasets()).isEmpty();
        assertThat(e.target()).isFalse();
        assertThat(e.values("name")).isEqualTo(List.of("C"));
    }

    @Test
    void malformedJsonIsRefused() {
        assertThatThrownBy(() -> FtmJson.read("{\"id\":"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("not an armswatch entity: ");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{}",
                "[]",
                "{\"id\":\"t:1\",\"caption\":\"C\",\"schema\":\"Person\"}",
                "{\"caption\":\"C\",\"schema\":\"Person\",\"properties\":{}}",
                "{\"id\":\"t:1\",\"caption\":\"C\",\"properties\":{}}",
                "{\"id\":\"t:1\",\"schema\":\"Person\",\"properties\":{}}",
                "{\"id\":\"t:1\",\"caption\":\"C\",\"schema\":\"Person\",\"properties\":[]}",
                "{\"id\":\"t:1\",\"caption\":\"C\",\"schema\":\"Person\",\"properties\":{\"name\":\"C\"}}"
            })
    void jsonThatIsNotAnEntityIsRefusedAsSuch(String json) {
        assertThatThrownBy(() -> FtmJson.read(json))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("not an armswatch entity: ");
    }
}
