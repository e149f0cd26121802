package org.armswatch.lists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.armswatch.model.Entity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OfacCsvReaderTest {
    private static final String SDN_2024 = "data/ofac/sdn_2024-05-03.csv";
    private static final String ALT_2024 = "data/ofac/alt_approx-2024-09.csv";
    private static final String SDN_2021 = "data/ofac/2021-04/sdn.csv";
    private static final String ALT_2021 = "data/ofac/2021-04/alt.csv";
    private static final String ADD_2021 = "data/ofac/2021-04/add.csv";

    private static final OfacCsvReader READER = new OfacCsvReader();
    private static ListData sdn2024;
    private static Map<String, Entity> byId2024;
    private static ListData set2021;
    private static Map<String, Entity> byId2021;

    @TempDir
    Path tmp;

    @BeforeAll
    static void readSamples() throws Exception {
        sdn2024 = read(SDN_2024, Map.of(OfacCsvReader.ALT, ALT_2024));
        byId2024 = index(sdn2024);
        set2021 = read(SDN_2021, Map.of(OfacCsvReader.ALT, ALT_2021, OfacCsvReader.ADD, ADD_2021));
        byId2021 = index(set2021);
    }

    private static ListData read(String main, Map<String, String> companions) throws Exception {
        Map<String, Path> paths = new HashMap<>();
        companions.forEach((role, file) -> paths.put(role, TestData.shared(file)));
        return READER.read(new ListInput(TestData.shared(main), paths, Optional.empty()));
    }

    private static Map<String, Entity> index(ListData data) {
        return data.entities().stream().collect(Collectors.toMap(Entity::id, Function.identity()));
    }

    private static Map<String, Long> targetsBySchema(ListData data) {
        return data.entities().stream()
                .filter(Entity::target)
                .collect(Collectors.groupingBy(Entity::schema, Collectors.counting()));
    }

    private static long quirks(ListData data, String code) {
        return data.quirks().stream().filter(q -> q.code().equals(code)).count();
    }

    @Test
    void readsEveryEntryOfThe2024List() {
        assertThat(sdn2024.recordCount()).isEqualTo(14_965);
        assertThat(targetsBySchema(sdn2024))
                .containsExactlyInAnyOrderEntriesOf(
                        Map.of("Person", 6_854L, "Vessel", 851L, "Airplane", 376L, "Organization", 6_884L));
        assertThat(sdn2024.format()).isEqualTo("ofac-csv");
        assertThat(sdn2024.source()).isEqualTo("ofac-sdn");
        assertThat(sdn2024.publishedAt()).isEmpty();
        assertThat(sdn2024.declaredCount()).isEmpty();
        assertThat(sdn2024.entities().stream().filter(e -> e.schema().equals("Sanction")))
                .hasSize(14_965)
                .allSatisfy(s -> assertThat(s.first("authority")).isEqualTo("Office of Foreign Assets Control"));
        assertThat(sdn2024.entities().stream().filter(Entity::target))
                .allSatisfy(e -> assertThat(e.values("topics")).contains("sanction"));
    }

    @Test
    void keepsNamesAsOfacPrintsThemAndSplitsPersons() {
        Entity cho = byId2024.get("ofac:20577");
        assertThat(cho.schema()).isEqualTo("Person");
        assertThat(cho.first("name")).isEqualTo("CHO, Chun-ryong");
        assertThat(cho.values("lastName")).containsExactly("CHO");
        assertThat(cho.values("firstName")).containsExactly("Chun-ryong");
        assertThat(cho.values("birthDate")).containsExactly("1960-04-04");
        assertThat(cho.values("program")).containsExactly("DPRK2");
        assertThat(cho.values("position")).containsExactly("Chairman of the Second Economic Committee");
        assertThat(cho.values("alias")).contains("JO, Chun Ryong");
    }

    @Test
    void linksAnEntryToTheEntryItsRemarksName() {
        assertThat(byId2024.get("ofac:12213").first("name")).isEqualTo("SECOND ECONOMIC COMMITTEE");
        Entity link = byId2024.get("ofac:20577/link/1");
        assertThat(link.schema()).isEqualTo("UnknownLink");
        assertThat(link.target()).isFalse();
        assertThat(link.values("subject")).containsExactly("ofac:20577");
        assertThat(link.values("object")).containsExactly("ofac:12213");
        assertThat(link.values("role")).containsExactly("Linked To");
    }

    @Test
    void findsALinkedNameWhoseOwnPeriodMergedWithTheRemarksPeriod() {
        // "… Linked To: PERSIAN GULF PETROCHEMICAL INDUSTRY CO." names entry 26817 "… CO.".
        assertThat(byId2024.get("ofac:11620/link/1").values("object")).containsExactly("ofac:26817");
    }

    @Test
    void linksThatNameNoEntryAreQuirksNotLinks() {
        assertThat(sdn2024.quirks())
                .filteredOn(q -> q.code().equals("dangling-link"))
                .extracting(Quirk::recordId)
                .contains("18299", "27018", "25436");
        assertThat(byId2024.get("ofac:27018").values("notes")).contains("Linked To: PRESIDENCY OF DEFENSE INDUSTRIES");
        assertThat(byId2024).doesNotContainKey("ofac:27018/link/1");
    }

    @Test
    void readsProgramsAndTheirQuirkyJoins() {
        assertThat(byId2024.get("ofac:12214").first("name")).isEqualTo("MUNITIONS INDUSTRY DEPARTMENT");
        assertThat(byId2024.get("ofac:12214").values("program")).containsExactly("NPWMD");
        assertThat(byId2024.get("ofac:22543").values("program"))
                .containsExactly("TCO", "UKRAINE-EO13660", "CAR", "RUSSIA-EO14024");
        assertThat(byId2024.get("ofac:22543/sanction").values("program"))
                .containsExactly("TCO", "UKRAINE-EO13660", "CAR", "RUSSIA-EO14024");
        assertThat(OfacCsvReader.programs("IRAN] [SDGT] [IRGC] [IFSR")).containsExactly("IRAN", "SDGT", "IRGC", "IFSR");
        assertThat(OfacCsvReader.programs("[SDGT]")).containsExactly("SDGT");
    }

    @Test
    void readsVesselsFromColumnsAndRemarks() {
        Entity artavil = byId2024.get("ofac:15036");
        assertThat(artavil.schema()).isEqualTo("Vessel");
        assertThat(artavil.values("imoNumber")).containsExactly("IMO9187629");
        assertThat(artavil.values("mmsi")).containsExactly("572469210");
        assertThat(artavil.values("callSign")).containsExactly("T2EU4");
        assertThat(artavil.values("tonnage")).containsExactly("99,144");
        assertThat(artavil.values("grossRegisteredTonnage")).containsExactly("56,068");
        assertThat(artavil.values("flag")).containsExactly("ir");
        assertThat(artavil.values("pastFlags")).containsExactly("mt", "tv", "tz");
        assertThat(artavil.values("weakAlias")).containsExactly("ALPHA");
        assertThat(byId2024.get("ofac:4243").values("imoNumber")).containsExactly("IMO7406784");
        // A bare 7-digit registration with a valid IMO check digit, and a national register's number.
        assertThat(byId2024.get("ofac:17104").values("imoNumber")).containsExactly("IMO8606173");
        assertThat(byId2024.get("ofac:37479").values("registrationNumber")).containsExactly("RS 150443");
        assertThat(byId2024.get("ofac:37479").values("imoNumber")).isEmpty();
    }

    @Test
    void readsAircraftDetails() {
        Entity plane = byId2024.get("ofac:15431");
        assertThat(plane.schema()).isEqualTo("Airplane");
        assertThat(plane.first("name")).isEqualTo("EP-GOM");
        assertThat(plane.values("model")).containsExactly("IL76-TD");
        assertThat(plane.values("serialNumber")).containsExactly("1023409321");
        assertThat(plane.values("buildDate")).containsExactly("1992");
    }

    @Test
    void readsPersonalDetailsAndDocuments() {
        Entity p = byId2024.get("ofac:6905");
        assertThat(p.values("birthDate")).containsExactly("1971-03-12");
        assertThat(p.values("birthPlace")).containsExactly("Riyadh, Saudi Arabia");
        assertThat(p.values("nationality")).containsExactly("ps");
        assertThat(p.values("gender")).containsExactly("male");
        assertThat(p.values("passportNumber")).containsExactly("484824");
        assertThat(p.values("weakAlias")).containsExactly("ABU ZUBAIDA", "ABU ZUBAYDAH");
    }

    @Test
    void doesNotBreakValuesThatContainTheNullToken() {
        assertThat(byId2024.get("ofac:8214").values("taxNumber")).containsExactly("CH-217-0-431-423-3");
        assertThat(byId2021.get("ofac:2831").values("taxNumber")).containsExactly("CH-660-0-469-982-0");
    }

    @Test
    void attachesAliasesOfTheLaterAltFileAndCountsTheOnesWithoutEntry() {
        assertThat(quirks(sdn2024, "dangling-alias")).isEqualTo(560);
        assertThat(sdn2024.quirks())
                .filteredOn(q -> q.code().equals("dangling-alias"))
                .allSatisfy(q -> assertThat(q.message()).contains("ent_num " + q.recordId()));
        assertThat(byId2024.get("ofac:12214").values("alias")).contains("MILITARY SUPPLIES INDUSTRY DEPARTMENT");
    }

    @Test
    void readsTheConsistent2021SetWithoutDanglingRows() {
        assertThat(set2021.recordCount()).isEqualTo(8_890);
        assertThat(quirks(set2021, "dangling-alias")).isZero();
        assertThat(quirks(set2021, "dangling-address")).isZero();
        long aliases = set2021.entities().stream()
                .mapToLong(
                        e -> e.values("alias").size() + e.values("previousName").size())
                .sum();
        // 11,742 rows; two repeat a name already given to the same entry.
        assertThat(aliases).isEqualTo(11_740L);

        Entity bank = byId2021.get("ofac:306");
        assertThat(bank.first("name")).isEqualTo("BANCO NACIONAL DE CUBA");
        assertThat(bank.values("weakAlias")).containsExactly("BNC");
        assertThat(bank.values("alias")).contains("NATIONAL BANK OF CUBA");
        assertThat(bank.values("address")).contains("Zweierstrasse 35, Zurich CH-8022, Switzerland");
        assertThat(bank.values("country")).contains("ch", "es", "jp", "pa");
        assertThat(byId2021.get("ofac:8214").values("previousName")).containsExactly("LOGARCHEO AG");
    }

    @Test
    void emitsOnlyKnownQuirkCodes() {
        assertThat(sdn2024.quirks()).extracting(Quirk::code).allMatch(code -> List.of(
                        "bad-value",
                        "bad-country",
                        "bad-date",
                        "dangling-alias",
                        "dangling-link",
                        "unknown-property",
                        "blank-name",
                        "duplicate-id")
                .contains(code));
    }

    @Test
    void keepsACutRemarksTailAsANoteWithoutComments() {
        Entity lazarus = byId2024.get("ofac:27307");
        assertThat(lazarus.values("notes")).anyMatch(n -> n.endsWith("'WHOIS HACKIN"));
        assertThat(lazarus.values("weakAlias")).noneMatch(n -> n.startsWith("WHOIS HACKIN"));
        assertThat(sdn2024.quirks())
                .anyMatch(q -> q.recordId().equals("27307") && q.code().equals("bad-value"));
    }

    @Test
    void joinsCutRemarksWithTheirContinuationInSdnComments() throws Exception {
        Path comments = tmp.resolve("sdn_comments.csv");
        Files.writeString(
                comments,
                "27307,\"G TEAM'; a.k.a. 'SECOND PART'.\"\r\n99999999,\"nobody's.\"\r\n\u001a",
                StandardCharsets.ISO_8859_1);
        assertThat(READER.sniff(FileHead.of(comments))).contains(OfacCsvReader.COMMENTS);
        ListData data = READER.read(
                new ListInput(TestData.shared(SDN_2024), Map.of(OfacCsvReader.COMMENTS, comments), Optional.empty()));
        Entity lazarus = index(data).get("ofac:27307");
        assertThat(lazarus.values("weakAlias")).contains("WHOIS HACKING TEAM", "SECOND PART");
        assertThat(data.quirks()).noneMatch(q -> q.recordId().equals("27307"));
        assertThat(data.quirks())
                .filteredOn(q -> q.code().equals("dangling-comment"))
                .extracting(Quirk::recordId)
                .containsExactly("99999999");
    }

    @Test
    void sniffsEachFileOfTheSetByItsShape() throws IOException {
        assertThat(READER.sniff(FileHead.of(TestData.shared(SDN_2024)))).contains(ListReader.MAIN);
        assertThat(READER.sniff(FileHead.of(TestData.shared(SDN_2021)))).contains(ListReader.MAIN);
        assertThat(READER.sniff(FileHead.of(TestData.shared(ALT_2024)))).contains(OfacCsvReader.ALT);
        assertThat(READER.sniff(FileHead.of(TestData.shared(ALT_2021)))).contains(OfacCsvReader.ALT);
        assertThat(READER.sniff(FileHead.of(TestData.shared(ADD_2021)))).contains(OfacCsvReader.ADD);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "data/un/un_consolidated_2025-11-20.xml",
                "data/ofac/cons_nonsdn_2024-05-06.xml",
                "data/ofac/enhanced_irgc_2024-08-28.xml",
                "data/uk/uk_sanctions_list_2025-08-11.csv",
                "data/uk/FCDO_SL_Mon_Aug_11_2025.ods",
                "data/opensanctions/ua_war_sanctions_targets.simple.csv",
                "data/opensanctions/zala/entities.ftm.json",
            })
    void leavesOtherFormatsAlone(String file) throws IOException {
        assertThat(READER.sniff(FileHead.of(TestData.shared(file)))).isEmpty();
    }

    @Test
    void readsAFileWithoutTheEndOfFileByte() throws Exception {
        byte[] bytes = Files.readAllBytes(TestData.shared(SDN_2021));
        assertThat(bytes[bytes.length - 1]).isEqualTo((byte) 0x1A);
        Path copy = tmp.resolve("sdn.csv");
        Files.write(copy, Arrays.copyOf(bytes, bytes.length - 1));
        assertThat(READER.read(ListInput.of(copy)).recordCount()).isEqualTo(8_890);
    }

    @Test
    void refusesACopyCutInsideARecord() throws Exception {
        byte[] bytes = Files.readAllBytes(TestData.shared(SDN_2024));
        Path copy = tmp.resolve("cut-sdn.csv");
        Files.write(copy, Arrays.copyOf(bytes, bytes.length / 2));
        assertThatThrownBy(() -> READER.read(ListInput.of(copy)))
                .isInstanceOf(ListRefusedException.class)
                .hasMessageContaining("cut-sdn.csv")
                .hasMessageMatching(".*line \\d+.*");
    }

    /** Cutting any record anywhere but its last few bytes must be refused, never read as a shorter list. */
    @ParameterizedTest
    @ValueSource(longs = {3L, 11L, 29L, 101L, 2021L})
    void refusesSeededCutsInsideRecords(long seed) throws Exception {
        String text = Files.readString(TestData.shared(SDN_2021), StandardCharsets.ISO_8859_1);
        Random random = new Random(seed);
        int lineStart;
        int lineEnd;
        do {
            int at = random.nextInt(text.length() - 2);
            lineStart = text.lastIndexOf('\n', at) + 1;
            lineEnd = text.indexOf("\r\n", lineStart);
        } while (lineEnd < 0 || lineEnd - lineStart < 40);
        int cut = lineStart + 1 + random.nextInt(lineEnd - lineStart - 6);
        Path copy = tmp.resolve("seeded-" + seed + ".csv");
        Files.writeString(copy, text.substring(0, cut), StandardCharsets.ISO_8859_1);
        int line = (int) text.substring(0, lineStart)
                        .chars()
                        .filter(c -> c == '\n')
                        .count()
                + 1;
        assertThatThrownBy(() -> READER.read(ListInput.of(copy)))
                .isInstanceOf(ListRefusedException.class)
                .hasMessageContaining(copy.getFileName().toString())
                .hasMessageContaining("line " + line);
    }

    @Test
    void refusesARecordWithTheWrongNumberOfFields() throws Exception {
        Path bad = tmp.resolve("short.csv");
        Files.writeString(
                bad,
                "36,\"AEROCARIBBEAN AIRLINES\",-0- ,\"CUBA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n"
                        + "173,\"ANGLO-CARIBBEAN CO., LTD.\",-0- ,\"CUBA\",-0- ,-0- \r\n\u001a",
                StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> READER.read(ListInput.of(bad)))
                .isInstanceOf(ListRefusedException.class)
                .hasMessageContaining("short.csv line 2")
                .hasMessageContaining("expected 12 fields");
    }

    @Test
    void refusesARecordWithoutAnIntegerId() throws Exception {
        Path bad = tmp.resolve("noid.csv");
        Files.writeString(
                bad,
                "X36,\"AEROCARIBBEAN AIRLINES\",-0- ,\"CUBA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n\u001a",
                StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> READER.read(ListInput.of(bad)))
                .isInstanceOf(ListRefusedException.class)
                .hasMessageContaining("noid.csv line 1 field 1 (ent_num)");
    }

    @Test
    void refusesAnUnclosedQuoteAndDataAfterTheEndByte() throws Exception {
        Path open = tmp.resolve("open.csv");
        Files.writeString(open, "36,\"AEROCARIBBEAN AIRLINES,-0- \r\n", StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> READER.read(ListInput.of(open)))
                .isInstanceOf(ListRefusedException.class)
                .hasMessageContaining("open.csv line 1 field 2");
        Path after = tmp.resolve("after.csv");
        Files.writeString(
                after,
                "36,\"A\",-0- ,\"CUBA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n\u001a37,\"B\"",
                StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> READER.read(ListInput.of(after)))
                .isInstanceOf(ListRefusedException.class)
                .hasMessageContaining("after.csv line 2")
                .hasMessageContaining("0x1A");
    }

    @Test
    void refusesACompanionOfTheWrongShape() throws Exception {
        ListInput swapped = new ListInput(
                TestData.shared(SDN_2021), Map.of(OfacCsvReader.ALT, TestData.shared(ADD_2021)), Optional.empty());
        assertThatThrownBy(() -> READER.read(swapped))
                .isInstanceOf(ListRefusedException.class)
                .hasMessageContaining("add.csv line 1")
                .hasMessageContaining("expected 5 fields");
    }

    @Test
    void readsWindows1252TextAndHonoursASourceOverride() throws Exception {
        Path file = tmp.resolve("accents.csv");
        Files.write(
                file,
                "1,\"MU\u00d1OZ, Jos\u00e9\",\"individual\",\"SDNTK\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,\"DOB circa 1957; nationality Mexico.\"\r\n"
                        .getBytes("windows-1252"));
        ListData data = READER.read(new ListInput(file, Map.of(), Optional.of("ofac-test")));
        Entity p = index(data).get("ofac:1");
        assertThat(data.source()).isEqualTo("ofac-test");
        assertThat(p.values("firstName")).containsExactly("Jos\u00e9");
        assertThat(p.values("lastName")).containsExactly("MU\u00d1OZ");
        assertThat(p.values("birthDate")).containsExactly("1957");
        assertThat(p.values("nationality")).containsExactly("mx");
    }

    @Test
    void reportsUnreadableDatesAndCountriesAndKeepsTheText() throws Exception {
        Path file = tmp.resolve("odd.csv");
        Files.writeString(
                file,
                "1,\"DOE, John\",\"individual\",\"SDGT\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,"
                        + "\"DOB sometime in spring; nationality Atlantis; Gender Male.\"\r\n"
                        + "1,\"DOE, Jane\",\"individual\",\"SDGT\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n",
                StandardCharsets.ISO_8859_1);
        ListData data = READER.read(ListInput.of(file));
        Entity p = index(data).get("ofac:1");
        assertThat(p.values("notes")).contains("DOB sometime in spring", "nationality: Atlantis");
        assertThat(p.values("gender")).containsExactly("male");
        assertThat(data.quirks()).extracting(Quirk::code).containsExactly("duplicate-id", "bad-date", "bad-country");
        assertThat(data.recordCount()).isEqualTo(2);
    }
}
