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
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.armswatch.model.Entity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UnXmlReaderTest {
    private static final Path FILE_2025 = TestData.shared("data/un/un_consolidated_2025-11-20.xml");
    private static final Path FILE_2024 = TestData.shared("data/un/un_consolidated_2024-09-26.xml");

    private static ListData list2025;
    private static ListData list2024;
    private static Map<String, Entity> byId2025;
    private static Map<String, Entity> byId2024;

    private final UnXmlReader reader = new UnXmlReader();

    @TempDir
    Path tmp;

    @BeforeAll
    static void readBoth() throws Exception {
        list2025 = new UnXmlReader().read(ListInput.of(FILE_2025));
        list2024 = new UnXmlReader().read(ListInput.of(FILE_2024));
        byId2025 = index(list2025);
        byId2024 = index(list2024);
    }

    private static Map<String, Entity> index(ListData data) {
        return data.entities().stream().collect(Collectors.toMap(Entity::id, Function.identity()));
    }

    private static long count(ListData data, String schema) {
        return data.entities().stream()
                .filter(e -> e.target() && e.schema().equals(schema))
                .count();
    }

    private static long quirks(ListData data, String code) {
        return data.quirks().stream().filter(q -> q.code().equals(code)).count();
    }

    @Test
    void readsTheWholeNovember2025List() {
        assertThat(list2025.format()).isEqualTo("un-xml");
        assertThat(list2025.source()).isEqualTo("un");
        assertThat(list2025.recordCount()).isEqualTo(1000);
        assertThat(count(list2025, "Person")).isEqualTo(727);
        assertThat(count(list2025, "Organization")).isEqualTo(273);
        assertThat(count(list2025, "Sanction")).isZero();
        assertThat(list2025.entities())
                .filteredOn(e -> e.schema().equals("Sanction"))
                .hasSize(1000);
        assertThat(list2025.publishedAt()).contains(Instant.parse("2025-11-20T23:00:09.067Z"));
        assertThat(list2025.declaredCount()).isEmpty();
    }

    @Test
    void readsTheSeptember2024List() {
        assertThat(list2024.recordCount()).isEqualTo(875);
        assertThat(count(list2024, "Person")).isEqualTo(682);
        assertThat(count(list2024, "Organization")).isEqualTo(193);
        assertThat(list2024.publishedAt()).contains(Instant.parse("2024-09-26T00:00:07.514Z"));
    }

    @Test
    void everyEntityIdIsUnique() {
        assertThat(byId2025).hasSize(list2025.entities().size());
        assertThat(byId2024).hasSize(list2024.entities().size());
    }

    @Test
    void sourceOverrideWins() throws Exception {
        ListData data = reader.read(new ListInput(FILE_2024, Map.of(), java.util.Optional.of("un-test")));
        assertThat(data.source()).isEqualTo("un-test");
        assertThat(data.entities().get(0).id()).startsWith("un:");
    }

    @Test
    void munitionsIndustryDepartment() {
        Entity mid = byId2025.get("un:KPe.028");
        assertThat(mid.schema()).isEqualTo("Organization");
        assertThat(mid.target()).isTrue();
        assertThat(mid.values("name")).containsExactly("MUNITIONS INDUSTRY DEPARTMENT");
        assertThat(mid.values("alias")).containsExactly("Military Supplies Industry Department", "MID");
        assertThat(mid.values("previousName")).containsExactly("MACHINE INDUSTRY DEPARTMENT");
        assertThat(mid.values("address")).containsExactly("Pyongyang, Democratic People's Republic of Korea");
        assertThat(mid.values("country")).containsExactly("kp");
        assertThat(mid.values("program")).containsExactly("DPRK");
        assertThat(mid.values("topics")).containsExactly("sanction");
        assertThat(mid.values("modifiedAt")).containsExactly("2023-08-16");
        assertThat(mid.first("notes")).startsWith("The Munitions Industry Department is involved");

        Entity sanction = byId2025.get("un:KPe.028/sanction");
        assertThat(sanction.target()).isFalse();
        assertThat(sanction.values("entity")).containsExactly("un:KPe.028");
        assertThat(sanction.values("authority")).containsExactly("United Nations Security Council");
        assertThat(sanction.values("unscId")).containsExactly("KPe.028");
        assertThat(sanction.values("authorityId")).containsExactly("KPe.028");
        assertThat(sanction.values("program")).containsExactly("DPRK");
        assertThat(sanction.values("listingDate")).containsExactly("2016-03-02");
    }

    @Test
    void theInternalDataIdIsNotStored() {
        // DATAID 6908522 belongs to KPe.028 and changes between versions of the list.
        for (String id : List.of("un:KPe.028", "un:KPe.028/sanction")) {
            assertThat(byId2025.get(id).properties().values())
                    .allSatisfy(values -> assertThat(values).doesNotContain("6908522"));
        }
    }

    @Test
    void yearRangeBecomesEveryYear() {
        Entity kim = byId2025.get("un:KPi.066");
        assertThat(kim.values("name")).containsExactly("KIM JONG SIK");
        assertThat(kim.values("birthDate")).containsExactly("1967", "1968", "1969");
        assertThat(kim.values("alias")).containsExactly("Kim Cho’ng-sik");
        assertThat(kim.values("nationality")).containsExactly("kp");
        assertThat(kim.values("gender")).containsExactly("male");
        assertThat(kim.values("position")).singleElement().asString().startsWith("A leading official");
    }

    @Test
    void namePartsAreNotGivenAndFamilyNames() {
        Entity cho = byId2025.get("un:KPi.038");
        assertThat(cho.values("name")).containsExactly("CHO CHUN RYONG");
        assertThat(cho.values("firstName")).isEmpty();
        assertThat(cho.values("lastName")).isEmpty();
        assertThat(cho.values("birthDate")).containsExactly("1960-04-04");
        assertThat(cho.values("position")).containsExactly("Chairman of the Second Economic Committee (SEC)");
    }

    @Test
    void theSchemaDefaultNaIsNotANamePart() {
        assertThat(byId2025.get("un:TAi.153").values("name")).containsExactly("FAIZULLAH KHAN NOORZAI");
    }

    @Test
    void hanAndCyrillicNamesStayAsWritten() {
        assertThat(byId2025.get("un:KPe.016").values("alias")).contains("朝鲜联合机械贸易会社");
        Entity umarov = byId2025.get("un:QDi.290");
        assertThat(umarov.values("alias")).contains("Умаров Доку Хаматович");
        assertThat(umarov.values("nationality")).contains("su");
    }

    @Test
    void lowQualityAliasesAreWeak() {
        long weak = list2025.entities().stream()
                .mapToLong(e -> e.values("weakAlias").size())
                .sum();
        assertThat(weak).isPositive().isLessThanOrEqualTo(615);
        assertThat(byId2025.get("un:QDi.055").values("alias")).contains("Mahmood, Sultan Bashiruddin");
    }

    @Test
    void yearOnlyAndListedYearsStayPartial() {
        assertThat(byId2025.get("un:CDi.001").values("birthDate")).containsExactly("1971");
        assertThat(byId2025.get("un:QDi.055").values("birthDate"))
                .containsExactly("1937", "1938", "1939", "1940", "1941", "1942", "1943", "1944", "1945");
    }

    @Test
    void freeTextBirthDatesAreReadWhereTheyParse() {
        assertThat(byId2025.get("un:CDi.004").values("birthDate")).containsExactly("1973-11");
        assertThat(byId2025.get("un:CFi.009").values("birthDate")).contains("1961-08", "1961-07", "1963-04");
        assertThat(byId2025.get("un:QDi.306").values("birthDate")).contains("1977-08", "1977-09");
        assertThat(byId2025.get("un:QDi.395").values("birthDate")).containsExactly("1958-09");
        Entity falsePassport = byId2025.get("un:QDi.295");
        assertThat(falsePassport.values("birthDate")).contains("1979-03-03");
        assertThat(falsePassport.values("notes")).contains("Date of birth 1979-03-03: from false passport");
    }

    @Test
    void aliasGroupsWithoutANameStillGiveBirthDates() {
        // The 2024 file holds some birth years only in nameless alias groups, as "1958 - 1964".
        Entity tai150 = byId2024.get("un:TAi.150");
        assertThat(tai150.values("birthDate")).contains("1958", "1961", "1964");
        assertThat(tai150.values("alias")).doesNotContain("");
        assertThat(quirks(list2024, "bad-value")).isZero();
    }

    @Test
    void unreadableBirthDatesBecomeQuirksAndNotes() {
        assertThat(list2025.quirks())
                .filteredOn(q -> q.code().equals("bad-date"))
                .extracting(Quirk::recordId)
                .containsExactlyInAnyOrder("LYi.022", "QDi.291");
        assertThat(byId2025.get("un:LYi.022").values("notes")).contains("Date of birth: 30-35 years old");
        assertThat(byId2025.get("un:LYi.022").values("birthDate")).isEmpty();
        assertThat(quirks(list2024, "bad-date")).isEqualTo(1);
    }

    @Test
    void realFilesHaveNoUnknownElementsOrCountries() {
        for (ListData data : List.of(list2025, list2024)) {
            assertThat(quirks(data, "unknown-element")).isZero();
            assertThat(quirks(data, "bad-country")).isZero();
            assertThat(quirks(data, "blank-name")).isZero();
            assertThat(quirks(data, "duplicate-id")).isZero();
            assertThat(quirks(data, "bad-value")).isZero();
        }
    }

    @Test
    void unNationalityNames() {
        assertThat(byId2025.get("un:IRi.003").values("nationality")).containsExactly("ir");
        assertThat(byId2025.get("un:QDi.261").values("nationality")).contains("tr");
        // "na" (not available) is not Namibia.
        assertThat(byId2025.get("un:SDi.001").values("nationality")).doesNotContain("na");
    }

    @Test
    void documentsBecomeIdentifiers() {
        assertThat(byId2025.get("un:KPi.017").values("passportNumber")).containsExactly("563110024");
        Entity kpi006 = byId2025.get("un:KPi.006");
        assertThat(kpi006.values("passportNumber")).containsExactly("381420754");
        Entity qdi037 = byId2025.get("un:QDi.037");
        assertThat(qdi037.values("notes"))
                .contains("National Identification Number: SSN 156-92-9858 (United States of America)");
    }

    @Test
    void placeOfBirthReadsTheStreetOutsideTheSchema() {
        Entity cdi037 = byId2025.get("un:CDi.037");
        assertThat(cdi037.values("birthPlace"))
                .contains("Karandaryi Cell, Mwiyanike Sector, Karago Commune, Gisenyi Prefecture, Rwanda");
        assertThat(cdi037.values("birthCountry")).containsExactly("rw");
    }

    @Test
    void entityAliasNotesAreKept() {
        assertThat(byId2025.get("un:QDe.157").values("notes"))
                .contains("Alias Al Kawthar Co.: in Arabic script: شركة الكوثر");
    }

    @Test
    void trailingSpaceInReferenceIsTrimmed() {
        assertThat(byId2025).containsKey("un:KPe.023");
        assertThat(byId2025.get("un:KPe.023/sanction").values("unscId")).containsExactly("KPe.023");
        assertThat(byId2025.keySet()).noneMatch(id -> id.contains(" "));
    }

    @Test
    void listingDateWithZoneSuffix() {
        assertThat(byId2025.get("un:QDi.352/sanction").values("listingDate")).containsExactly("2015-04-07");
    }

    @Test
    void reinstatedIranListOnlyIn2025() {
        assertThat(byId2024).doesNotContainKey("un:IRe.001");
        Entity tir = byId2025.get("un:IRe.001");
        assertThat(tir.values("name")).containsExactly("7TH OF TIR");
        assertThat(tir.values("program")).containsExactly("Iran");
        assertThat(byId2025.get("un:IRe.001/sanction").values("listingDate")).containsExactly("2006-12-23");
    }

    @Test
    void sniffRecognisesBothVersions() throws IOException {
        assertThat(reader.sniff(FileHead.of(FILE_2025))).contains(ListReader.MAIN);
        assertThat(reader.sniff(FileHead.of(FILE_2024))).contains(ListReader.MAIN);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "data/ofac/cons_nonsdn_2024-05-06.xml",
                "data/ofac/enhanced_irgc_2024-08-28.xml",
                "data/ofac/sdn_2024-05-03.csv",
                "data/ofac/2021-04/alt.csv",
                "data/uk/uk_sanctions_list_2025-08-11.csv",
                "data/uk/FCDO_SL_Mon_Aug_11_2025.ods",
                "data/opensanctions/zala/entities.ftm.json",
                "data/opensanctions/ua_war_sanctions_targets.simple.csv",
                "data/un/sc-sanctions.xsd"
            })
    void sniffRejectsOtherFormats(String other) throws IOException {
        assertThat(reader.sniff(FileHead.of(TestData.shared(other)))).isEmpty();
    }

    @Test
    void sniffRejectsAnEuExport() throws IOException {
        Path eu = write(
                "eu.xml", "<?xml version=\"1.0\"?>\n<export generationDate=\"2018-12-21T14:39:54.511+01:00\"/>\n");
        assertThat(reader.sniff(FileHead.of(eu))).isEmpty();
    }

    @Test
    void refusesATruncatedCopy() throws IOException {
        byte[] bytes = Files.readAllBytes(FILE_2025);
        Path cut = tmp.resolve("truncated.xml");
        Files.write(cut, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        assertRefused(cut, "truncated.xml");
    }

    @ParameterizedTest
    @ValueSource(longs = {1L, 7L, 42L, 2024L, 20251120L})
    void refusesCopiesCutAtSeededRandomPoints(long seed) throws IOException {
        byte[] bytes = Files.readAllBytes(FILE_2024);
        // Any cut before the closing root tag leaves the document incomplete.
        int end = new String(bytes, StandardCharsets.UTF_8).lastIndexOf("</CONSOLIDATED_LIST>");
        int at = 1 + new Random(seed).nextInt(end - 1);
        Path cut = tmp.resolve("cut-" + seed + ".xml");
        Files.write(cut, java.util.Arrays.copyOf(bytes, at));
        assertRefused(cut, "cut-" + seed + ".xml");
    }

    @Test
    void refusesACopyWithADoctype() throws IOException {
        String head = """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE CONSOLIDATED_LIST [
                  <!ENTITY lol "lol">
                  <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
                  <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
                ]>
                """;
        String body = Files.readString(FILE_2024).replaceFirst("^<\\?xml[^>]*\\?>\\s*", "");
        Path doctype = write("doctype.xml", head + body.replaceFirst("<FIRST_NAME>", "<FIRST_NAME>&lol3;"));
        assertThatThrownBy(() -> reader.read(ListInput.of(doctype)))
                .isInstanceOf(ListRefusedException.class)
                .hasMessageContaining("doctype.xml")
                .hasMessageContaining("DOCTYPE");
    }

    @Test
    void refusesAMalformedCopy() throws IOException {
        String text = Files.readString(FILE_2024).replaceFirst("</FIRST_NAME>", "</FIRST_NAM>");
        assertRefused(write("malformed.xml", text), "malformed.xml");
    }

    @Test
    void refusesAnotherRoot() throws IOException {
        Path other = write("other.xml", "<?xml version=\"1.0\"?>\n<sdnList><sdnEntry/></sdnList>\n");
        assertThatThrownBy(() -> reader.read(ListInput.of(other)))
                .isInstanceOf(ListRefusedException.class)
                .hasMessageContaining("other.xml")
                .hasMessageContaining("sdnList");
    }

    @Test
    void refusesARecordWithoutReference() throws IOException {
        String text = Files.readString(FILE_2024).replaceFirst("<REFERENCE_NUMBER>[^<]*</REFERENCE_NUMBER>", "");
        Path noRef = write("noref.xml", text);
        assertThatThrownBy(() -> reader.read(ListInput.of(noRef)))
                .isInstanceOf(ListRefusedException.class)
                .hasMessageContaining("noref.xml")
                .hasMessageContaining("REFERENCE_NUMBER");
    }

    @Test
    void unknownElementsAreQuirksOncePerRecordAndName() throws Exception {
        String text = Files.readString(FILE_2024)
                .replaceFirst("<UN_LIST_TYPE>", "<SHOE_SIZE>44</SHOE_SIZE><SHOE_SIZE>45</SHOE_SIZE><UN_LIST_TYPE>")
                .replaceFirst("<QUALITY>", "<MOOD>calm</MOOD><QUALITY>");
        ListData data = reader.read(ListInput.of(write("extra.xml", text)));
        assertThat(data.recordCount()).isEqualTo(875);
        assertThat(data.quirks())
                .filteredOn(q -> q.code().equals("unknown-element"))
                .extracting(Quirk::message)
                .hasSize(2)
                .anyMatch(m -> m.contains("SHOE_SIZE"))
                .anyMatch(m -> m.contains("MOOD"));
    }

    @Test
    void duplicateReferenceIsAQuirk() throws Exception {
        String text = Files.readString(FILE_2024);
        int start = text.indexOf("<INDIVIDUAL>");
        int end = text.indexOf("</INDIVIDUAL>") + "</INDIVIDUAL>".length();
        String doubled = text.substring(0, end) + text.substring(start, end) + text.substring(end);
        ListData data = reader.read(ListInput.of(write("dup.xml", doubled)));
        assertThat(data.recordCount()).isEqualTo(876);
        assertThat(quirks(data, "duplicate-id")).isEqualTo(1);
        assertThat(data.entities()).filteredOn(Entity::target).hasSize(875);
    }

    @Test
    void readsTheLargestSampleQuickly() throws Exception {
        long start = System.nanoTime();
        reader.read(ListInput.of(FILE_2025));
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(5_000);
    }

    @Test
    void freeDateShapes() {
        assertThat(UnXmlReader.freeDate("Nov. 1973 ")).containsExactly("1973-11");
        assertThat(UnXmlReader.freeDate("16 Dec. 1948")).containsExactly("1948-12-16");
        assertThat(UnXmlReader.freeDate("1955")).containsExactly("1955");
        assertThat(UnXmlReader.freeDate("1984 - 1986")).containsExactly("1984", "1985", "1986");
        assertThat(UnXmlReader.freeDate("Between Aug. and Sep. 1977")).containsExactly("1977-08", "1977-09");
        assertThat(UnXmlReader.freeDate("24/06/1402 (Hijri Calendar)")).isEmpty();
        assertThat(UnXmlReader.freeDate("31 Feb. 1970")).isEmpty();
        assertThat(UnXmlReader.yearRange(1900, 1950)).containsExactly("1900", "1950");
    }

    private Path write(String name, String text) throws IOException {
        Path p = tmp.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    private void assertRefused(Path file, String name) {
        assertThatThrownBy(() -> reader.read(ListInput.of(file)))
                .isInstanceOf(ListRefusedException.class)
                .hasMessageContaining(name);
    }
}
