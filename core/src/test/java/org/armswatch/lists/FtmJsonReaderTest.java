package org.armswatch.lists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.armswatch.model.Entity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FtmJsonReaderTest {
    private static final Path ZALA = TestData.shared("data/opensanctions/zala/entities.ftm.json");
    private static final Path T1 = TestData.shared("data/opensanctions/t1/entities.ftm.json");
    private static final Path PEPS = TestData.shared("data/opensanctions/sa_wiki_peps/entities.ftm.json");

    private final FtmJsonReader reader = new FtmJsonReader();

    @TempDir
    Path tmp;

    @Test
    void readsTheZalaClusterWithItsSchemaComposition() throws Exception {
        ListData data = reader.read(ListInput.of(ZALA));

        assertThat(data.format()).isEqualTo("ftm-json");
        assertThat(data.source()).isEqualTo("opensanctions-zala");
        assertThat(data.recordCount()).isEqualTo(91);
        assertThat(data.declaredCount()).isEmpty();
        assertThat(data.publishedAt()).contains(Instant.parse("2026-04-29T07:55:02Z"));
        assertThat(data.entities()).hasSize(91).allSatisfy(e -> assertThat(e.id())
                .startsWith("os:"));
        assertThat(countBy(data.entities(), Entity::schema))
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "Sanction", 41L,
                        "Ownership", 14L,
                        "Company", 11L,
                        "Address", 11L,
                        "Person", 6L,
                        "Family", 4L,
                        "Directorship", 3L,
                        "Passport", 1L));
        // The fixture is a cut-out cluster: 16 addressEntity references point at addresses left out.
        assertThat(data.quirks()).hasSize(16).allSatisfy(q -> {
            assertThat(q.code()).isEqualTo("dangling-link");
            assertThat(q.message()).startsWith("addressEntity refers to");
        });
    }

    @Test
    void keepsReferentsCaptionTargetAndDatasets() throws Exception {
        Entity zakharova = byId(reader.read(ListInput.of(ZALA)), "os:NK-DQ98GPMgdVH8DSZd8g9Xtc");

        assertThat(zakharova.schema()).isEqualTo("Person");
        assertThat(zakharova.caption()).isEqualTo("Svetlana Nikolaevna Zakharova");
        assertThat(zakharova.target()).isTrue();
        assertThat(zakharova.referents()).contains("ofac-45992", "gb-fcdo-rus2050", "gb-hmt-16270");
        assertThat(zakharova.datasets()).contains("us_ofac_sdn", "gb_fcdo_sanctions");
        assertThat(zakharova.values("birthDate")).containsExactly("1964-03-18");
        assertThat(zakharova.values("topics")).contains("sanction");
        assertThat(zakharova.values("addressEntity"))
                .containsExactly(
                        "os:addr-1074d41513fdc1adfec63383689a444563440f7f",
                        "os:addr-ae3a94658678faf0995b0c3a6eb764267749e9b6");
    }

    @Test
    void keepsEveryNameInEveryScript() throws Exception {
        Entity osetrova = byId(reader.read(ListInput.of(ZALA)), "os:NK-2Tbri3s6GgNtAwsSXh4qpL");

        assertThat(osetrova.values("name"))
                .hasSize(12)
                .contains(
                        "Мария Александровна Осетрова",
                        "Захарова Марія Олександрівна",
                        "OSETROVA, Maria Aleksandrovna");
        assertThat(osetrova.values("previousName")).contains("Мария Александровна Захарова");
    }

    @Test
    void rewritesRelationshipEndsToOurIds() throws Exception {
        ListData data = reader.read(ListInput.of(ZALA));
        Entity ownership = byId(data, "os:NK-3NyeuT6JeJDLhGEyH3JD52");

        assertThat(ownership.target()).isFalse();
        assertThat(ownership.values("owner")).containsExactly("os:NK-nR5AXM9AVPq4pQaSPSaVam");
        assertThat(ownership.values("asset")).containsExactly("os:NK-abdzbEBkqyT29GyREbiURZ");
        assertThat(ownership.values("role")).containsExactly("subsidiary of");
        assertThat(byId(data, ownership.first("owner")).caption()).isEqualTo("JSC Kalashnikov Concern");
        assertThat(byId(data, ownership.first("asset")).caption()).isEqualTo("LLC CST");
        assertThat(data.entities().stream().filter(e -> e.schema().equals("Sanction")))
                .allSatisfy(s -> assertThat(byId(data, s.first("entity"))).isNotNull());
    }

    @Test
    void readsAFileWithoutAFinalLineBreak() throws Exception {
        assertThat(Files.readString(T1)).doesNotEndWith("\n");

        ListData data = reader.read(ListInput.of(T1));

        assertThat(data.recordCount()).isEqualTo(7);
        assertThat(data.entities()).hasSize(7);
        assertThat(data.source()).isEqualTo("opensanctions-t1");
        assertThat(data.publishedAt()).contains(Instant.parse("2024-03-28T18:57:01Z"));
        assertThat(data.quirks()).extracting(Quirk::code).containsOnly("dangling-link");
    }

    @Test
    void loadsTheNonConformantExportAroundItsFaults() throws Exception {
        ListData data = reader.read(ListInput.of(PEPS));

        assertThat(data.recordCount()).isEqualTo(1565);
        assertThat(data.entities()).hasSize(1565);
        assertThat(data.source()).isEqualTo("opensanctions-sa_wiki_peps");
        assertThat(countBy(data.quirks(), Quirk::code))
                .containsExactlyInAnyOrderEntriesOf(
                        Map.of("unknown-property", 607L, "bad-value", 1L, "dangling-link", 2L));
        assertThat(data.quirks())
                .filteredOn(q -> q.code().equals("bad-value"))
                .singleElement()
                .satisfies(q -> {
                    assertThat(q.recordId()).isEqualTo("entities.ftm.json");
                    assertThat(q.message()).startsWith("921 property values in 189 entities were bare strings");
                });
        assertThat(data.quirks()).anySatisfy(q -> assertThat(q.message()).contains("'Person:alias'"));
        assertThat(data.entities())
                .allSatisfy(e -> assertThat(e.properties()).doesNotContainKeys("children", "spouse", "Person:alias"));
    }

    @Test
    void validatesRecordsAgainstTheModel() throws Exception {
        Path file = write("mixed.json", """
                {"id":"a1","schema":"Person","properties":{"name":"Ivan Petrov","birthDate":[1970],"notes":[{"x":1}],"eyes":["blue"]},"target":true,"datasets":["ds_one"],"extra":{"k":1}}
                {"id":"a2","schema":"Spaceship","properties":{"name":["Enterprise"]}}
                {"id":"a3","schema":"Thing","properties":{"name":["Abstract"]}}
                {"id":"a1","schema":"Person","properties":{"name":["Again"]}}

                {"id":"a4","schema":"Sanction","properties":{"entity":["a1"],"program":["X"]},"target":false,"datasets":["ds_two"]}
                """);

        ListData data = reader.read(ListInput.of(file));

        assertThat(data.recordCount()).isEqualTo(5);
        assertThat(data.entities()).extracting(Entity::id).containsExactly("os:a1", "os:a4");
        Entity ivan = data.entities().get(0);
        assertThat(ivan.values("name")).containsExactly("Ivan Petrov");
        assertThat(ivan.properties()).containsOnlyKeys("name");
        assertThat(data.entities().get(1).values("entity")).containsExactly("os:a1");
        assertThat(data.quirks())
                .extracting(Quirk::recordId, Quirk::code)
                .containsExactly(
                        tuple("a1", "bad-value"),
                        tuple("a1", "bad-value"),
                        tuple("a1", "unknown-property"),
                        tuple("a2", "unknown-schema"),
                        tuple("a3", "unknown-schema"),
                        tuple("a1", "duplicate-id"),
                        tuple("mixed.json", "bad-value"));
        // No folder convention applies, so the targets' most frequent dataset names the source.
        assertThat(data.source()).isEqualTo("opensanctions-ds_one");
        assertThat(data.publishedAt()).isEmpty();
    }

    @Test
    void theSourceOverrideWins() throws Exception {
        ListData data = reader.read(new ListInput(ZALA, Map.of(), Optional.of("my-list")));

        assertThat(data.source()).isEqualTo("my-list");
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 7, 13, 29, 47})
    void refusesACopyCutShort(int seed) throws Exception {
        byte[] bytes = Files.readAllBytes(ZALA);
        // Cut somewhere inside the last line, so that the file ends in an incomplete object.
        int lastLineStart = lastIndexOf(bytes, (byte) '\n', bytes.length - 2) + 1;
        int cut = lastLineStart + 1 + new Random(seed).nextInt(bytes.length - lastLineStart - 3);
        Path copy = tmp.resolve("zala").resolve("entities.ftm.json");
        Files.createDirectories(copy.getParent());
        Files.write(copy, Arrays.copyOf(bytes, cut));

        assertThatThrownBy(() -> reader.read(ListInput.of(copy)))
                .isInstanceOf(ListRefusedException.class)
                .hasMessageContaining(copy.toString())
                .hasMessageContaining("line 91")
                .hasMessageContaining("truncated");
    }

    @Test
    void refusesAFileCutInTheMiddleOfItsLines() throws Exception {
        byte[] bytes = Files.readAllBytes(ZALA);
        Path copy = write("cut.json", new String(Arrays.copyOf(bytes, bytes.length / 2), StandardCharsets.UTF_8));

        assertThatThrownBy(() -> reader.read(ListInput.of(copy)))
                .isInstanceOf(ListRefusedException.class)
                .hasMessageContaining(copy.toString())
                .hasMessageContaining("truncated");
    }

    @Test
    void refusesAGarbageLineNamingItsNumber() throws Exception {
        List<String> lines = new ArrayList<>(Files.readAllLines(ZALA));
        lines.add(9, "this line is not JSON");
        Path copy = write("garbage.json", String.join("\n", lines) + "\n");

        assertThatThrownBy(() -> reader.read(ListInput.of(copy)))
                .isInstanceOf(ListRefusedException.class)
                .hasMessageContaining(copy.toString())
                .hasMessageContaining("line 10: not valid JSON")
                .hasMessageNotContaining("truncated");
    }

    @Test
    void refusesAnInvalidLastLineWhenTheFileEndsWithALineBreak() throws Exception {
        Path copy = write("bad-end.json", Files.readString(ZALA) + "{\"id\": \"x\",\n");

        assertThatThrownBy(() -> reader.read(ListInput.of(copy)))
                .isInstanceOf(ListRefusedException.class)
                .hasMessageContaining("line 92: not valid JSON");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "[\"id\", \"schema\"]",
                "{\"schema\":\"Person\",\"properties\":{}}",
                "{\"id\":\"\",\"schema\":\"Person\"}",
                "{\"id\":\"p1\",\"properties\":{}}",
                "{\"id\":\"p1\",\"schema\":\"Person\"} {\"id\":\"p2\"}"
            })
    void refusesStructurallyWrongLines(String line) throws Exception {
        Path copy = write("wrong.json", "{\"id\":\"ok\",\"schema\":\"Person\",\"properties\":{}}\n" + line + "\n");

        assertThatThrownBy(() -> reader.read(ListInput.of(copy)))
                .isInstanceOf(ListRefusedException.class)
                .hasMessageContaining(copy.toString())
                .hasMessageContaining("line 2");
    }

    @Test
    void refusesAnEmptyFileAndBytesThatAreNotUtf8() throws Exception {
        Path empty = write("empty.json", "\n\n");
        Path latin1 = tmp.resolve("latin1.json");
        Files.write(
                latin1,
                "{\"id\":\"a\",\"schema\":\"Person\",\"properties\":{\"name\":[\"Jos\u00e9\"]}}\n"
                        .getBytes(StandardCharsets.ISO_8859_1));

        assertThatThrownBy(() -> reader.read(ListInput.of(empty)))
                .isInstanceOf(ListRefusedException.class)
                .hasMessageContaining("no entities");
        assertThatThrownBy(() -> reader.read(ListInput.of(latin1)))
                .isInstanceOf(ListRefusedException.class)
                .hasMessageContaining(latin1.toString())
                .hasMessageContaining("not UTF-8");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "data/opensanctions/zala/entities.ftm.json",
                "data/opensanctions/t1/entities.ftm.json",
                "data/opensanctions/sa_wiki_peps/entities.ftm.json"
            })
    void sniffsFtmJsonLines(String file) throws IOException {
        assertThat(reader.sniff(FileHead.of(TestData.shared(file)))).contains(ListReader.MAIN);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "data/un/un_consolidated_2025-11-20.xml",
                "data/ofac/cons_nonsdn_2024-05-06.xml",
                "data/ofac/enhanced_irgc_2024-08-28.xml",
                "data/ofac/sdn_2024-05-03.csv",
                "data/ofac/2021-04/alt.csv",
                "data/uk/uk_sanctions_list_2025-08-11.csv",
                "data/uk/FCDO_SL_Mon_Aug_11_2025.ods",
                "data/opensanctions/ua_war_sanctions_targets.simple.csv"
            })
    void rejectsOtherFormats(String file) throws IOException {
        assertThat(reader.sniff(FileHead.of(TestData.shared(file)))).isEmpty();
    }

    @Test
    void rejectsJsonThatIsNotAnEntity() {
        FileHead head = new FileHead(
                Path.of("index.json"), "{\"datasets\": [], \"app\": \"yente\"}".getBytes(StandardCharsets.UTF_8));

        assertThat(reader.sniff(head)).isEmpty();
    }

    @Test
    void sniffsAnEntityWhoseFirstLineIsLongerThanTheHead() {
        String line = "{\"id\":\"x\",\"schema\":\"Person\",\"properties\":{\"notes\":[\"" + "a".repeat(FileHead.SIZE)
                + "\"]}}";
        byte[] head = Arrays.copyOf(line.getBytes(StandardCharsets.UTF_8), FileHead.SIZE);

        assertThat(reader.sniff(new FileHead(Path.of("big.json"), head))).contains(ListReader.MAIN);
    }

    private Path write(String name, String text) throws IOException {
        Path file = tmp.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    private static int lastIndexOf(byte[] bytes, byte b, int from) {
        for (int i = from; i >= 0; i--) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
    }

    private static Entity byId(ListData data, String id) {
        return data.entities().stream()
                .filter(e -> e.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no entity " + id));
    }

    private static <T> Map<String, Long> countBy(List<T> items, Function<T, String> key) {
        return items.stream().collect(Collectors.groupingBy(key, Collectors.counting()));
    }
}
