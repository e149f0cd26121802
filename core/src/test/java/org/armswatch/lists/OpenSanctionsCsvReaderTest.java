package org.armswatch.lists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.armswatch.model.Entity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class OpenSanctionsCsvReaderTest {
    private static final Path CSV = TestData.shared("data/opensanctions/ua_war_sanctions_targets.simple.csv");
    private static final String HEADER =
            "\"id\",\"schema\",\"name\",\"aliases\",\"birth_date\",\"countries\",\"addresses\",\"identifiers\","
                    + "\"sanctions\",\"phones\",\"emails\",\"program_ids\",\"dataset\",\"first_seen\",\"last_seen\",\"last_change\"\n";

    private static ListData data;
    private final OpenSanctionsCsvReader reader = new OpenSanctionsCsvReader();

    @TempDir
    Path tmp;

    @BeforeAll
    static void readTheSample() throws Exception {
        data = new OpenSanctionsCsvReader().read(ListInput.of(CSV));
    }

    @Test
    void readsEveryRowWithItsSchema() {
        List<Entity> targets = data.entities().stream().filter(Entity::target).toList();

        assertThat(data.format()).isEqualTo("opensanctions-csv");
        assertThat(data.source()).isEqualTo("opensanctions-ukraine-war-and-sanctions");
        assertThat(data.recordCount()).isEqualTo(5600);
        assertThat(data.declaredCount()).isEmpty();
        assertThat(data.publishedAt()).contains(Instant.parse("2026-03-11T05:41:01Z"));
        assertThat(targets).hasSize(5600).allSatisfy(e -> assertThat(e.id()).startsWith("os:"));
        assertThat(targets.stream().collect(Collectors.groupingBy(Entity::schema, Collectors.counting())))
                .containsExactlyInAnyOrderEntriesOf(
                        Map.of("Person", 1543L, "Company", 1524L, "Vessel", 1340L, "LegalEntity", 1193L));
        assertThat(targets.stream().filter(e -> !e.values("alias").isEmpty())).hasSize(3869);
        assertThat(data.entities().stream().filter(e -> e.schema().equals("Sanction")))
                .hasSize(5600)
                .allSatisfy(s -> assertThat(s.target()).isFalse());
        assertThat(data.quirks()).isEmpty();
    }

    @Test
    void typesRussianRegistryNumbersByTheirLength() {
        Entity zala = byId("os:NK-cPks3aTbes8k4aCerfBAzN");

        assertThat(zala.schema()).isEqualTo("LegalEntity");
        assertThat(zala.values("name")).containsExactly("JOINT-STOCK COMPANY ZALA AERO");
        assertThat(zala.values("alias")).containsExactly("ZALA AERO JSC");
        assertThat(zala.values("ogrnCode")).containsExactly("1247700258651");
        assertThat(zala.values("innCode")).containsExactly("9715478507");
        assertThat(zala.values("country")).containsExactly("ru");
        assertThat(zala.values("programId")).containsExactly("UA-WS-UAVS");
        assertThat(zala.values("address")).singleElement().asString().startsWith("127055, Moscow");
        Entity sanction = byId("os:NK-cPks3aTbes8k4aCerfBAzN/sanction");
        assertThat(sanction.values("entity")).containsExactly("os:NK-cPks3aTbes8k4aCerfBAzN");
        assertThat(sanction.values("program")).containsExactly("UA-WS-UAVS");
        assertThat(sanction.values("reason")).singleElement().asString().contains("Lancet, Italmas and Kub");
    }

    @Test
    void readsVesselIdentifiers() {
        Entity rosalin = byId("os:NK-24cf2zYe7LEKhr2zFck73j");
        Entity centurion = data.entities().stream()
                .filter(e -> e.values("imoNumber").contains("IMO9380673"))
                .findFirst()
                .orElseThrow();

        assertThat(rosalin.schema()).isEqualTo("Vessel");
        assertThat(rosalin.values("imoNumber")).containsExactly("IMO9253325");
        assertThat(rosalin.values("alias")).containsExactly("Ceram Sea", "Gold Sun", "Nurkez");
        assertThat(rosalin.values("country")).containsExactly("lr", "pa", "sg", "st");
        assertThat(centurion.values("name")).containsExactly("CENTURION");
        assertThat(centurion.values("mmsi")).containsExactly("667001255");
        assertThat(centurion.values("callSign")).containsExactly("9LU2058");
        assertThat(byId("os:NK-24ZomtS59XsEEB94Qcqy7S").values("imoNumber")).containsExactly("IMO6495856");
    }

    @Test
    void keepsAMultiLineSanctionTextWhole() {
        Entity sanction = byId("os:NK-28mqu8V3AzembAmAfehWPd/sanction");

        assertThat(byId("os:NK-28mqu8V3AzembAmAfehWPd").values("name"))
                .containsExactly("JOINT-STOCK COMPANY \"KRASNOZAVODSKY CHEMICAL PLANT\"");
        assertThat(sanction.values("reason"))
                .singleElement()
                .asString()
                .startsWith("A russian developer of pyrotechnic products.")
                .contains("smoothbore guns. It is part of the russian state corporation Rostec.")
                .endsWith("owned by Technodinamika holding company.");
    }

    @Test
    void readsTheEmptyValueMarkerAsNothing() {
        assertThat(byId("os:NK-24ZomtS59XsEEB94Qcqy7S/sanction").values("reason"))
                .isEmpty();
        assertThat(data.entities()).allSatisfy(e -> assertThat(e.properties().values())
                .allSatisfy(vs -> assertThat(vs).doesNotContain("\"\"", "")));
        assertThat(data.entities().stream().flatMap(e -> e.values("reason").stream()))
                .noneMatch(r -> r.startsWith("\"") || r.startsWith(";"));
    }

    @Test
    void keepsCyrillicAliasesAndPartialIdentifiers() {
        Entity ivakha = byId("os:NK-26WkuEefVYLmYk8aTHMC9E");
        Entity uspenskaya = byId("os:NK-29dGPcB5CxPwUQt4N3ZVEj");

        assertThat(ivakha.values("alias")).containsExactly("ІВАХА Денис Володимирович", "ИВАХА Денис Владимирович");
        assertThat(uspenskaya.values("birthDate")).containsExactly("1987-09-14");
        assertThat(uspenskaya.values("innCode")).containsExactly("773006863179");
        assertThat(data.entities().stream().filter(e -> e.values("birthDate").size() == 2))
                .hasSize(2);
    }

    @ParameterizedTest
    @CsvSource({
        "Company, IMO9253325, imoNumber",
        "Vessel, IMO 9253325, imoNumber",
        "Vessel, 273451870, mmsi",
        "Vessel, UBRS8, callSign",
        "Vessel, AB 123456, registrationNumber",
        "LegalEntity, 1247700258651, ogrnCode",
        "LegalEntity, 9715478507, innCode",
        "Company, 771234567890, innCode",
        "Company, 312345678901234, ogrnCode",
        "Company, 12345678, registrationNumber",
        "LegalEntity, IMO1234567, registrationNumber",
        "Person, 773006863179, innCode",
        "Person, 3095703606, taxNumber",
        "Person, 26823158798, idNumber",
        "Person, AB1234567, idNumber"
    })
    void infersIdentifierTypesFromShape(String schema, String value, String property) {
        assertThat(OpenSanctionsCsvReader.identifierProperty(schema, value)).contains(property);
    }

    @ParameterizedTest
    @CsvSource({
        "Ukraine War and Sanctions, opensanctions-ukraine-war-and-sanctions",
        "'  EU: Financial Sanctions (FSF) ', opensanctions-eu-financial-sanctions-fsf"
    })
    void slugsDatasetTitles(String title, String source) {
        assertThat(OpenSanctionsCsvReader.slug(title)).isEqualTo(source);
    }

    @Test
    void reportsRecordOdditiesAndLoadsAround() throws Exception {
        Path file = write(
                "odd.csv",
                HEADER
                        + "\"p1\",\"Person\",\"\",\"\",\"12 May 1960\",\"ru;Atlantis\",\"\",\"\",\"\",\"\",\"\",\"\",\"Test Set\",\"\",\"\",\"2025-01-02T03:04:05\"\n"
                        + "\"p2\",\"Spaceship\",\"Enterprise\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"Test Set\",\"\",\"\",\"2025-01-03T03:04:05\"\n"
                        + "\"p1\",\"Person\",\"Again\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"Test Set\",\"\",\"\",\"yesterday\"\n"
                        + "\"v1\",\"Vessel\",\"Boaty\",\"\",\"1990\",\"\",\"\",\"\",\"\",\"+1 555\",\"\",\"\",\"Test Set\",\"\",\"\",\"\"\n");

        ListData odd = reader.read(ListInput.of(file));

        assertThat(odd.recordCount()).isEqualTo(4);
        assertThat(odd.entities())
                .extracting(Entity::id)
                .containsExactly("os:p1", "os:p1/sanction", "os:v1", "os:v1/sanction");
        assertThat(odd.entities().get(0).values("notes"))
                .containsExactly("Birth date: 12 May 1960", "Country: Atlantis");
        assertThat(odd.entities().get(0).values("country")).containsExactly("ru");
        assertThat(odd.quirks())
                .extracting(q -> q.recordId() + " " + q.code())
                .containsExactly(
                        "p1 blank-name",
                        "p1 bad-date",
                        "p1 bad-country",
                        "p2 unknown-schema",
                        "p1 bad-date",
                        "p1 duplicate-id",
                        "v1 unknown-property",
                        "v1 unknown-property");
        assertThat(odd.source()).isEqualTo("opensanctions-test-set");
        assertThat(odd.publishedAt()).contains(Instant.parse("2025-01-03T03:04:05Z"));
    }

    @Test
    void theSourceOverrideWinsAndLastSeenStandsInForLastChange() throws Exception {
        Path file = write("one.csv", "id,schema,name,last_seen\nx1,Company,Acme,2024-05-06T07:08:09\n");

        ListData one = reader.read(new ListInput(file, Map.of(), Optional.of("ua-ws")));

        assertThat(one.source()).isEqualTo("ua-ws");
        assertThat(one.publishedAt()).contains(Instant.parse("2024-05-06T07:08:09Z"));
        assertThat(one.entities()).extracting(Entity::id).containsExactly("os:x1", "os:x1/sanction");
    }

    @Test
    void refusesAHeaderWithoutTheNameColumn() throws Exception {
        Path file = write("noname.csv", "\"id\",\"schema\",\"caption\"\n\"a\",\"Person\",\"A\"\n");

        assertThatThrownBy(() -> reader.read(ListInput.of(file)))
                .isInstanceOf(ListRefusedException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("'name'");
    }

    @Test
    void refusesACopyCutInsideAQuotedCell() throws Exception {
        String text = Files.readString(CSV);
        int cut = text.indexOf("It is part of the russian state corporation Rostec.");
        Path copy = write("cut.csv", text.substring(0, cut));

        assertThatThrownBy(() -> reader.read(ListInput.of(copy)))
                .isInstanceOf(ListRefusedException.class)
                .hasMessageContaining(copy.toString())
                .hasMessageContaining("line 9")
                .hasMessageContaining("truncated");
    }

    @Test
    void refusesACopyCutBetweenCells() throws Exception {
        String text = Files.readString(CSV);
        int cut = text.indexOf(",\"UA-WS-MARE\"", text.indexOf("NK-24cf2zYe7LEKhr2zFck73j"));
        Path copy = write("cut.csv", text.substring(0, cut));

        assertThatThrownBy(() -> reader.read(ListInput.of(copy)))
                .isInstanceOf(ListRefusedException.class)
                .hasMessageContaining("fields where the header has 16");
    }

    @Test
    void refusesARowWithTheWrongNumberOfFieldsNamingItsLine() throws Exception {
        Path file = write("short.csv", "id,schema,name\na1,Person,Ann\n\"a2\",\"Person\"\n");

        assertThatThrownBy(() -> reader.read(ListInput.of(file)))
                .isInstanceOf(ListRefusedException.class)
                .hasMessageContaining(file + " line 3: 2 fields where the header has 3");
    }

    @Test
    void refusesARowWithoutAnId() throws Exception {
        Path file = write("noid.csv", "id,schema,name\na1,Person,Ann\n\"a2\",Person,Bo\n\"\",Person,Cy\n");

        assertThatThrownBy(() -> reader.read(ListInput.of(file)))
                .isInstanceOf(ListRefusedException.class)
                .hasMessageContaining(file + " line 4: row without an id");
    }

    @Test
    void refusesAFileWithoutRowsOrNotInUtf8() throws Exception {
        Path empty = write("empty.csv", "id,schema,name\n");
        Path latin1 = tmp.resolve("latin1.csv");
        Files.write(latin1, "id,schema,name\na1,Person,Jos\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));

        assertThatThrownBy(() -> reader.read(ListInput.of(empty)))
                .isInstanceOf(ListRefusedException.class)
                .hasMessageContaining("no rows");
        assertThatThrownBy(() -> reader.read(ListInput.of(latin1)))
                .isInstanceOf(ListRefusedException.class)
                .hasMessageContaining(latin1.toString())
                .hasMessageContaining("not UTF-8");
    }

    @Test
    void sniffsTheSimpleCsvQuotedOrNot() throws IOException {
        assertThat(reader.sniff(FileHead.of(CSV))).contains(ListReader.MAIN);
        assertThat(reader.sniff(head("id,schema,name,aliases\n"))).contains(ListReader.MAIN);
        assertThat(reader.sniff(head("id,schema,name\r\n"))).contains(ListReader.MAIN);
        assertThat(reader.sniff(head("id,schema,names\n"))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "data/un/un_consolidated_2025-11-20.xml",
                "data/ofac/cons_nonsdn_2024-05-06.xml",
                "data/ofac/enhanced_irgc_2024-08-28.xml",
                "data/ofac/sdn_2024-05-03.csv",
                "data/ofac/2021-04/add.csv",
                "data/uk/uk_sanctions_list_2025-08-11.csv",
                "data/uk/FCDO_SL_Mon_Aug_11_2025.ods",
                "data/opensanctions/zala/entities.ftm.json"
            })
    void rejectsOtherFormats(String file) throws IOException {
        assertThat(reader.sniff(FileHead.of(TestData.shared(file)))).isEmpty();
    }

    private static FileHead head(String text) {
        return new FileHead(Path.of("head.csv"), text.getBytes(StandardCharsets.UTF_8));
    }

    private Path write(String name, String text) throws IOException {
        Path file = tmp.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    private static Entity byId(String id) {
        return data.entities().stream()
                .filter(e -> e.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no entity " + id));
    }
}
