package org.armswatch.lists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.armswatch.model.Entity;
import org.armswatch.model.FtmModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UkCsvReaderTest {
    static final String HEADER =
            "Unique ID,OFSI Group ID,Name,Regime Name,Type,Designation source,Date Designated,Sanctions Imposed";
    private static final UkCsvReader READER = new UkCsvReader();
    private static ListData data;
    private static Map<String, Entity> byId;

    @TempDir
    Path tmp;

    @BeforeAll
    static void readSample() throws Exception {
        data = READER.read(ListInput.of(TestData.shared("data/uk/uk_sanctions_list_2025-08-11.csv")));
        byId = data.entities().stream().collect(Collectors.toMap(Entity::id, Function.identity()));
    }

    @Test
    void readsEveryDesignation() {
        assertCounts(data, "uk-csv");
    }

    /** The counts FORMATS.md §5 gives for the 2025-08-11 export, shared with the ODS test. */
    static void assertCounts(ListData d, String format) {
        assertThat(d.source()).isEqualTo("uk");
        assertThat(d.format()).isEqualTo(format);
        assertThat(d.publishedAt()).isEmpty();
        assertThat(d.declaredCount()).isEmpty();
        assertThat(d.recordCount()).isEqualTo(5302);
        assertThat(d.entities()).hasSize(2 * 5302);
        Map<String, Long> schemas = d.entities().stream()
                .filter(Entity::target)
                .collect(Collectors.groupingBy(Entity::schema, Collectors.counting()));
        assertThat(schemas).isEqualTo(Map.of("Person", 3754L, "Organization", 1087L, "Vessel", 461L));
        assertThat(d.entities().stream().filter(e -> e.schema().equals("Sanction")))
                .hasSize(5302);
        assertThat(d.quirks())
                .extracting(Quirk::recordId, Quirk::code)
                .containsExactly(tuple("BEL0174", "blank-name"), tuple("RUS1467", "blank-name"));
    }

    @Test
    void dprkEntityDesignatedFromTheUn() {
        checkMunitionsIndustryDepartment(byId);
    }

    static void checkMunitionsIndustryDepartment(Map<String, Entity> byId) {
        Entity e = byId.get("uk:DPR0177");
        assertThat(e.schema()).isEqualTo("Organization");
        assertThat(e.target()).isTrue();
        assertThat(e.values("name")).containsExactly("MUNITIONS INDUSTRY DEPARTMENT");
        assertThat(e.values("program")).containsExactly("Democratic People's Republic of Korea");
        assertThat(e.values("topics")).containsExactly("sanction");
        assertThat(e.values("notes")).containsExactly("OFSI Group ID 12447");
        Entity s = byId.get("uk:DPR0177/sanction");
        assertThat(s.target()).isFalse();
        assertThat(s.values("entity")).containsExactly("uk:DPR0177");
        assertThat(s.values("authority")).containsExactly("UK Foreign, Commonwealth and Development Office");
        assertThat(s.values("authorityId")).containsExactly("DPR0177");
        assertThat(s.values("recordId")).containsExactly("12447");
        assertThat(s.values("program")).containsExactly("Democratic People's Republic of Korea");
        assertThat(s.values("listingDate")).containsExactly("2016-03-02");
        assertThat(s.values("summary")).containsExactly("Designation source: UN");
        assertThat(s.values("provisions"))
                .containsExactly(
                        "Asset freeze",
                        "Chartering of Ships",
                        "Closure of representative offices",
                        "Crew servicing of ships and aircraft",
                        "Prevention of business arrangements",
                        "Prohibition of port entry");
    }

    @Test
    void individualsShipsAndOddNames() {
        Entity shoigu = byId.get("uk:RUS0689");
        assertThat(shoigu.schema()).isEqualTo("Person");
        assertThat(shoigu.values("name")).containsExactly("SHOIGU Sergei Kuzhugetovich");
        assertThat(byId.get("uk:RUS0689/sanction").values("listingDate")).containsExactly("2022-03-15");
        assertThat(byId.get("uk:RUS0689/sanction").values("summary")).containsExactly("Designation source: UK");

        Entity ship = byId.get("uk:DPR0075");
        assertThat(ship.schema()).isEqualTo("Vessel");
        assertThat(ship.values("name")).containsExactly("Petrel 8");
        assertThat(ship.values("notes")).isEmpty();
        assertThat(byId.get("uk:DPR0075/sanction").values("recordId")).isEmpty();
        assertThat(byId.get("uk:DPR0075/sanction").values("provisions")).containsExactly("Prohibition of port entry");

        assertThat(byId.get("uk:RUS1578").values("name"))
                .containsExactly("LLC Commercial Bank – International Settlements Bank");
        assertThat(byId.get("uk:AFG0012").values("name")).containsExactly("ABDUL ZAHIR Shams Ur-Rahman");

        Entity blank = byId.get("uk:BEL0174");
        assertThat(blank.values("name")).isEmpty();
        assertThat(blank.caption()).isEqualTo("uk:BEL0174");
        assertThat(blank.values("notes")).containsExactly("OFSI Group ID 16744");

        assertThat(byId.get("uk:RUS2534/sanction").values("provisions"))
                .containsExactly("Asset freeze", "Director Disqualification Sanction", "Trust Services Sanctions");
        assertThat(byId.get("uk:GUB0009/sanction").values("summary")).containsExactly("Designation source: UK, UN");
    }

    @Test
    void everyPropertyBelongsToItsSchema() {
        for (Entity e : data.entities()) {
            for (String property : e.properties().keySet()) {
                assertThat(FtmModel.get().hasProperty(e.schema(), property))
                        .as(e.id() + " " + property)
                        .isTrue();
            }
        }
    }

    @Test
    void columnsAreFoundByNameNotPosition() throws Exception {
        Path file = write(
                "reordered.csv",
                "\uFEFFName,Type,Date Designated,Unique ID,Regime Name,Sanctions Imposed,Designation source,OFSI Group ID,Extra\r\n"
                        + "MUNITIONS INDUSTRY DEPARTMENT,Entity,02-03-2016,DPR0177,Democratic People's Republic of Korea,"
                        + "\"Asset freeze, Chartering of Ships, Closure of representative offices, Crew servicing of ships and"
                        + " aircraft, Prevention of business arrangements, Prohibition of port entry\",UN,12447,x\r\n");
        ListData d = READER.read(new ListInput(file, Map.of(), Optional.of("uk-test")));
        assertThat(d.source()).isEqualTo("uk-test");
        assertThat(d.entities()).containsExactly(byId.get("uk:DPR0177"), byId.get("uk:DPR0177/sanction"));
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void anyColumnOrderGivesTheSameEntities(long seed) throws Exception {
        List<List<String>> rows = new ArrayList<>();
        try (CSVParser parser = CSVFormat.RFC4180.parse(Files.newBufferedReader(
                TestData.shared("data/uk/uk_sanctions_list_2025-08-11.csv"), StandardCharsets.UTF_8))) {
            for (CSVRecord r : parser) {
                rows.add(r.toList());
                if (rows.size() > 400) {
                    break;
                }
            }
        }
        List<Integer> order = new ArrayList<>(List.of(0, 1, 2, 3, 4, 5, 6, 7));
        Collections.shuffle(order, new Random(seed));
        StringBuilder out = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
            for (List<String> row : rows) {
                printer.printRecord(order.stream().map(row::get).toList());
            }
        }
        Path file = write("shuffled-" + seed + ".csv", out.toString());
        List<Entity> expected = data.entities().subList(0, 2 * (rows.size() - 1));
        assertThat(READER.read(ListInput.of(file)).entities()).isEqualTo(expected);
    }

    @Test
    void oddValuesBecomeQuirks() throws Exception {
        Path file = write(
                "odd.csv",
                HEADER + "\n"
                        + "XYZ0001,1,Aircraft One,Test,Aircraft,UK,31-02-2020,Asset freeze\n"
                        + "XYZ0002,2,\"  \n  \",Test,Individual,UK,01-01-2020,Asset freeze\n"
                        + "\n"
                        + "XYZ0001,3,Again,Test,Entity,UK,01-01-2020,Asset freeze\n");
        ListData d = READER.read(ListInput.of(file));
        assertThat(d.recordCount()).isEqualTo(3);
        assertThat(d.quirks())
                .extracting(Quirk::recordId, Quirk::code)
                .containsExactly(
                        tuple("XYZ0001", "bad-value"),
                        tuple("XYZ0001", "bad-date"),
                        tuple("XYZ0002", "blank-name"),
                        tuple("XYZ0001", "duplicate-id"));
        Entity odd = d.entities().get(0);
        assertThat(odd.schema()).isEqualTo("LegalEntity");
        assertThat(odd.values("notes")).contains("Date Designated as published: 31-02-2020");
        assertThat(d.entities()).hasSize(4);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            missing-column.csv | Unique ID,OFSI Group ID,Name,Regime Name,Designation source,Date Designated\\nAFG0001,1,X,Afghanistan,UN,29-06-2012\\n | lacks the column 'Type'
            open-quote.csv     | HEADER\\nAFG0001,1,"HAJI,Afghanistan,Entity,UN,29-06-2012,Asset freeze\\n | line 2: malformed CSV: EOF reached before encapsulated token finished
            short-row.csv      | HEADER\\nAFG0001,1,X,Afghanistan,Entity,UN,29-06-2012\\n | line 2: 7 fields where the header has 8
            long-row.csv       | HEADER\\nAFG0001,1,X,Afghanistan,Entity,UN,29-06-2012,Asset freeze,more\\n | 9 fields where the header has 8
            no-id.csv          | HEADER\\n ,1,X,Afghanistan,Entity,UN,29-06-2012,Asset freeze\\n | line 2: no Unique ID
            no-header.csv      | Unique Number,Name\\n1,X\\n | no header row
            latin1.csv         | HEADER\\nAFG0001,1,K\\u00f6nig,Afghanistan,Entity,UN,29-06-2012,Asset freeze\\n | not UTF-8
            """)
    void refusesBrokenFilesNamingThem(String name, String content, String expected) throws Exception {
        String text = content.replace("HEADER", HEADER).replace("\\n", "\n").replace("\\u00f6", "\u00f6");
        Path file = tmp.resolve(name);
        Files.write(
                file,
                name.startsWith("latin1")
                        ? text.getBytes(StandardCharsets.ISO_8859_1)
                        : text.getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> READER.read(ListInput.of(file)))
                .isInstanceOf(ListRefusedException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining(expected);
    }

    @Test
    void sniffsItsOwnFormatOnly() throws Exception {
        assertThat(READER.sniff(FileHead.of(TestData.shared("data/uk/uk_sanctions_list_2025-08-11.csv"))))
                .contains(ListReader.MAIN);
        for (Path other : otherFormats("data/uk/uk_sanctions_list_2025-08-11.csv")) {
            assertThat(READER.sniff(FileHead.of(other))).as(other.toString()).isEmpty();
        }
        assertThat(READER.sniff(FileHead.of(EuXmlReaderTest.fixture()))).isEmpty();
    }

    /** The real samples of every format but the one named. */
    static List<Path> otherFormats(String own) {
        return List.of(
                        "data/un/un_consolidated_2025-11-20.xml",
                        "data/un/un_consolidated_2024-09-26.xml",
                        "data/ofac/sdn_2024-05-03.csv",
                        "data/ofac/alt_approx-2024-09.csv",
                        "data/ofac/2021-04/sdn.csv",
                        "data/ofac/2021-04/alt.csv",
                        "data/ofac/2021-04/add.csv",
                        "data/ofac/cons_nonsdn_2024-05-06.xml",
                        "data/ofac/enhanced_irgc_2024-08-28.xml",
                        "data/uk/uk_sanctions_list_2025-08-11.csv",
                        "data/uk/FCDO_SL_Mon_Aug_11_2025.ods",
                        "data/opensanctions/ua_war_sanctions_targets.simple.csv",
                        "data/opensanctions/zala/entities.ftm.json",
                        "data/opensanctions/t1/entities.ftm.json")
                .stream()
                .filter(p -> !p.equals(own))
                .map(TestData::shared)
                .toList();
    }

    private Path write(String name, String text) throws IOException {
        Path file = tmp.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }
}
