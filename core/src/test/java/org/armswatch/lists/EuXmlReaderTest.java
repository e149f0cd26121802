package org.armswatch.lists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.armswatch.model.Entity;
import org.armswatch.model.FtmModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class EuXmlReaderTest {
    private static final EuXmlReader READER = new EuXmlReader();
    private static Path sample;
    private static String sampleText;
    private static ListData data;
    private static Map<String, Entity> byId;

    @TempDir
    Path tmp;

    @BeforeAll
    static void readSample() throws Exception {
        sample = fixture();
        sampleText = Files.readString(sample);
        data = READER.read(ListInput.of(sample));
        byId = data.entities().stream().collect(Collectors.toMap(Entity::id, Function.identity()));
    }

    static Path fixture() throws URISyntaxException {
        return Path.of(EuXmlReaderTest.class
                .getResource("/org/armswatch/lists/eu/eu_fsf_sample.xml")
                .toURI());
    }

    @Test
    void readsListMetadataAndCounts() {
        assertThat(data.source()).isEqualTo("eu");
        assertThat(data.format()).isEqualTo("eu-xml");
        assertThat(data.publishedAt()).contains(Instant.parse("2025-10-02T07:15:27.118Z"));
        assertThat(data.declaredCount()).isEmpty();
        assertThat(data.recordCount()).isEqualTo(5);
        assertThat(data.quirks()).isEmpty();
        List<Entity> targets = data.entities().stream().filter(Entity::target).toList();
        assertThat(targets)
                .extracting(Entity::id)
                .containsExactly("eu:EU.9001.41", "eu:EU.9002.77", "eu:EU.9003.12", "eu:170044", "eu:EU.9005.30");
        assertThat(targets.stream().collect(Collectors.groupingBy(Entity::schema, Collectors.counting())))
                .isEqualTo(Map.of("Person", 3L, "Organization", 2L));
        assertThat(data.entities().stream().filter(e -> !e.target()))
                .allSatisfy(e -> assertThat(e.schema()).isEqualTo("Sanction"))
                .hasSize(5);
    }

    @Test
    void personNamesFromAliasesWithTranslationsAndWeakOnes() {
        Entity p = byId.get("eu:EU.9001.41");
        assertThat(p.schema()).isEqualTo("Person");
        assertThat(p.caption()).isEqualTo("Dragomir Ilyich VASKOV");
        assertThat(p.values("name")).containsExactly("Dragomir Ilyich VASKOV");
        assertThat(p.values("alias"))
                .containsExactly("Драгомир Илич ВАСКОВ", "Ντραγκομίρ Ίλιτς ΒΑΣΚΟΦ", "Dragomir Iljitsch WASKOW");
        assertThat(p.values("weakAlias")).containsExactly("Dragomir VASKOFF", "D. I. Vaskov");
        assertThat(p.values("firstName")).containsExactly("Dragomir", "Драгомир");
        assertThat(p.values("middleName")).containsExactly("Ilyich", "Илич");
        assertThat(p.values("lastName")).containsExactly("VASKOV", "ВАСКОВ");
        assertThat(p.values("position")).containsExactly("Deputy Director General", "Chief Designer");
        assertThat(p.values("gender")).containsExactly("male");
        assertThat(p.values("notes"))
                .containsExactly(
                        "Chief designer at a state-owned missile design bureau in Tula.", "Foreign travel passport");
        assertThat(p.values("topics")).containsExactly("sanction");
        assertThat(p.values("program")).containsExactly("UKR");
    }

    @Test
    void birthDatesStayPartial() {
        Entity vaskov = byId.get("eu:EU.9001.41");
        assertThat(vaskov.values("birthDate")).containsExactly("1961-07-04", "1962");
        assertThat(vaskov.values("birthPlace")).containsExactly("Tula, Tula Oblast");
        assertThat(vaskov.values("birthCountry")).containsExactly("ru");
        assertThat(vaskov.values("citizenship")).containsExactly("ru");
        assertThat(vaskov.values("passportNumber")).containsExactly("710042917");

        Entity kim = byId.get("eu:EU.9003.12");
        assertThat(kim.values("birthDate")).containsExactly("1968-04-15", "1969-11");
        assertThat(kim.values("birthPlace")).containsExactly("Pyongyang");
        assertThat(kim.values("citizenship")).containsExactly("kp");

        Entity circa = byId.get("eu:170044");
        assertThat(circa.values("birthDate")).containsExactly("1974");
        assertThat(circa.values("citizenship")).isEmpty();
        assertThat(circa.values("birthCountry")).isEmpty();
    }

    @Test
    void unDerivedEntryCarriesItsUnReference() {
        Entity kim = byId.get("eu:EU.9003.12");
        assertThat(kim.values("name")).containsExactly("KIM Song Guk");
        assertThat(kim.values("alias")).containsExactly("Kim Song-guk");
        assertThat(kim.values("weakAlias")).containsExactly("Kim Son Guk");
        assertThat(kim.values("title")).containsExactly("Colonel", "Engineer");
        assertThat(kim.values("position")).containsExactly("Missile engineer");
        assertThat(kim.values("firstName")).containsExactly("Song Guk");
        assertThat(kim.values("lastName")).containsExactly("KIM");

        Entity s = byId.get("eu:EU.9003.12/sanction");
        assertThat(s.values("unscId")).containsExactly("KPi.901");
        assertThat(s.values("authorityId")).containsExactly("EU.9003.12");
        assertThat(s.values("program")).containsExactly("PRK");
        assertThat(s.values("listingDate")).containsExactly("2017-08-05");
    }

    @Test
    void enterpriseWithRegistrationAndContacts() {
        Entity o = byId.get("eu:EU.9002.77");
        assertThat(o.schema()).isEqualTo("Organization");
        assertThat(o.values("name")).containsExactly("Joint Stock Company Severnaya Tochnaya Mekhanika");
        assertThat(o.values("alias")).containsExactly("АО Северная точная механика", "JSC STM");
        assertThat(o.values("registrationNumber")).containsExactly("1027100512345");
        assertThat(o.values("taxNumber")).containsExactly("7106001234");
        assertThat(o.values("address")).containsExactly("ul. Oruzheinaya 9, 300012 Tula, Russia");
        assertThat(o.values("country")).containsExactly("ru");
        assertThat(o.values("phone")).containsExactly("+7 4872 000 111");
        assertThat(o.values("email")).containsExactly("office@stm.example");
        assertThat(o.values("website")).containsExactly("www.stm.example");
        assertThat(o.values("notes"))
                .contains(
                        "Manufacturer of navigation modules for loitering munitions.",
                        "Primary State Registration Number (OGRN)",
                        "Fax: +7 4872 000 112");
    }

    @Test
    void vesselOperatorWithImoNumberAndUnknownCountry() {
        Entity o = byId.get("eu:EU.9005.30");
        assertThat(o.values("imoNumber")).containsExactly("IMO9376542");
        assertThat(o.values("address")).containsExactly("PO Box 1584, Bandar Abbas, Hormozgan, Iran");
        assertThat(o.values("country")).containsExactly("ir");
        assertThat(o.values("notes")).containsExactly("Registered office");
    }

    @Test
    void sanctionTakesTheEarliestStartAndDescribesTheRegulations() {
        Entity s = byId.get("eu:EU.9001.41/sanction");
        assertThat(s.target()).isFalse();
        assertThat(s.values("entity")).containsExactly("eu:EU.9001.41");
        assertThat(s.values("authority")).containsExactly("European Union");
        assertThat(s.values("authorityId")).containsExactly("EU.9001.41");
        assertThat(s.values("program")).containsExactly("UKR");
        assertThat(s.values("listingDate")).containsExactly("2022-04-08");
        assertThat(s.values("reason"))
                .containsExactly("Senior designer of guided missiles supplied for the war against Ukraine.");
        assertThat(s.values("summary"))
                .containsExactly("council amendment 2022/581 (OJ L110) (published 2022-04-08, in force 2022-04-09)");
        assertThat(s.values("sourceUrl"))
                .containsExactly("https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=OJ:L:2022:110:FULL");
        assertThat(s.values("unscId")).isEmpty();

        // The regulation in force before the designation date wins.
        assertThat(byId.get("eu:EU.9002.77/sanction").values("listingDate")).containsExactly("2023-02-25");
        Entity two = byId.get("eu:EU.9005.30/sanction");
        assertThat(two.values("listingDate")).containsExactly("2024-05-14");
        assertThat(two.values("summary")).hasSize(2);
        assertThat(two.values("program")).containsExactly("IRN");
    }

    @Test
    void entryWithoutReferenceNumberFallsBackToLogicalId() {
        Entity e = byId.get("eu:170044");
        assertThat(e.values("name")).containsExactly("Abu Tariq AL-SHAMMARI");
        assertThat(e.values("alias")).containsExactly("Абу Тарик АЛ-ШАМАРИ", "Άμπου Ταρίκ ΑΛ-ΣΑΜΑΡΙ");
        Entity s = byId.get("eu:170044/sanction");
        assertThat(s.values("authorityId")).isEmpty();
        assertThat(s.values("program")).containsExactly("TERR");
        assertThat(s.values("listingDate")).containsExactly("2019-01-21");
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
    void sourceOverrideWins() throws Exception {
        ListData d = READER.read(new ListInput(sample, Map.of(), Optional.of("eu-test")));
        assertThat(d.source()).isEqualTo("eu-test");
    }

    @Test
    void oddRecordsBecomeQuirks() throws Exception {
        String text = sampleText
                .replace(
                        "countryIso2Code=\"KP\" countryDescription=\"NORTH KOREA\" regulationLanguage=\"en\" logicalId=\"200020\"",
                        "countryIso2Code=\"QQ\" countryDescription=\"ATLANTIS\" regulationLanguage=\"en\" logicalId=\"200020\"")
                .replace("year=\"1974\"", "year=\"19x4\"")
                .replace(
                        "<subjectType code=\"enterprise\" classificationCode=\"E\"/>\n    <nameAlias firstName=\"\" middleName=\"\" lastName=\"\" wholeName=\"Ocean",
                        "<subjectType code=\"enterprise\" classificationCode=\"E\"/>\n    <shoeSize value=\"44\"/>\n    <nameAlias firstName=\"\" middleName=\"\" lastName=\"\" wholeName=\"Ocean")
                .replace("designationDate=\"2022-04-08\"", "designationDate=\"08/04/2022\"")
                .replace("logicalId=\"170044\"", "euReferenceNumber=\"EU.9002.77\" logicalId=\"170044\"");
        ListData d = READER.read(ListInput.of(write("quirky.xml", text)));
        assertThat(d.recordCount()).isEqualTo(5);
        assertThat(d.quirks())
                .extracting(Quirk::recordId, Quirk::code)
                .containsExactlyInAnyOrder(
                        tuple("EU.9001.41", "bad-date"),
                        tuple("EU.9003.12", "bad-country"),
                        tuple("EU.9002.77", "duplicate-id"),
                        tuple("EU.9005.30", "unknown-element"));
        Map<String, Entity> ids = d.entities().stream().collect(Collectors.toMap(Entity::id, Function.identity()));
        assertThat(ids).doesNotContainKey("eu:170044");
        assertThat(ids.get("eu:EU.9003.12").values("citizenship")).isEmpty();
        assertThat(ids.get("eu:EU.9003.12").values("notes"))
                .contains("Country as published (citizenship): QQ ATLANTIS");
        // The regulation's date stands in for the unreadable designation date.
        assertThat(ids.get("eu:EU.9001.41/sanction").values("listingDate")).containsExactly("2022-04-09");
    }

    @Test
    void unreadableBirthYearIsAQuirkKeptInNotes() throws Exception {
        String text = sampleText.replace("year=\"1962\"", "year=\"early sixties\"");
        ListData d = READER.read(ListInput.of(write("birth.xml", text)));
        assertThat(d.quirks())
                .extracting(Quirk::recordId, Quirk::code)
                .containsExactly(tuple("EU.9001.41", "bad-date"));
        Entity p = d.entities().get(0);
        assertThat(p.values("birthDate")).containsExactly("1961-07-04");
        assertThat(p.values("notes")).anyMatch(n -> n.contains("early sixties"));
    }

    static Stream<Arguments> brokenVariants() {
        return Stream.of(
                Arguments.of("truncated.xml", edit(t -> t.substring(0, t.length() / 2)), "truncated"),
                Arguments.of(
                        "malformed.xml",
                        edit(t -> t.replaceFirst("</sanctionEntity>", "</sanctionEntty>")),
                        "not well-formed"),
                Arguments.of(
                        "doctype.xml",
                        edit(t -> t.replaceFirst(
                                "<export ", "<!DOCTYPE export [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n<export ")),
                        "DOCTYPE"),
                Arguments.of(
                        "root.xml",
                        edit(t -> t.replaceAll("(</?)export\\b", "$1exported")),
                        "not the EU sanctions export"),
                Arguments.of(
                        "namespace.xml",
                        edit(t -> t.replace(EuXmlReader.NAMESPACE, "http://example.org/other")),
                        "not the EU sanctions export"),
                Arguments.of(
                        "noid.xml",
                        edit(t -> t.replace("euReferenceNumber=\"EU.9003.12\" logicalId=\"170003\"", "")),
                        "neither euReferenceNumber nor logicalId"));
    }

    private static UnaryOperator<String> edit(UnaryOperator<String> edit) {
        return edit;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenVariants")
    void refusesBrokenFilesNamingThem(String name, UnaryOperator<String> edit, String expected) throws Exception {
        Path file = write(name, edit.apply(sampleText));
        assertThatThrownBy(() -> READER.read(ListInput.of(file)))
                .isInstanceOf(ListRefusedException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining(expected);
    }

    @Test
    void sniffsItsOwnFormatOnly() throws Exception {
        assertThat(READER.sniff(FileHead.of(sample))).contains(ListReader.MAIN);
        for (Path other : otherFormats()) {
            assertThat(READER.sniff(FileHead.of(other))).as(other.toString()).isEmpty();
        }
        Path plain = write("other.xml", "<?xml version=\"1.0\"?><export><row/></export>");
        assertThat(READER.sniff(FileHead.of(plain))).isEmpty();
    }

    static List<Path> otherFormats() {
        return Stream.of(
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
                        "data/opensanctions/zala/entities.ftm.json")
                .map(TestData::shared)
                .toList();
    }

    private Path write(String name, String text) throws IOException {
        Path file = tmp.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }
}
