package org.armswatch.lists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
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

class OfacXmlReaderTest {
    private static final Path CONS = TestData.shared("data/ofac/cons_nonsdn_2024-05-06.xml");
    private static final String NAMESPACE =
            "xmlns=\"https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/XML\"";

    private static ListData cons;
    private static Map<String, Entity> byId;

    private final OfacXmlReader reader = new OfacXmlReader();

    @TempDir
    Path tmp;

    @BeforeAll
    static void readSample() throws Exception {
        cons = new OfacXmlReader().read(ListInput.of(CONS));
        byId = index(cons);
    }

    private static Map<String, Entity> index(ListData data) {
        return data.entities().stream().collect(Collectors.toMap(Entity::id, Function.identity()));
    }

    private static long targets(ListData data, String schema) {
        return data.entities().stream()
                .filter(e -> e.target() && e.schema().equals(schema))
                .count();
    }

    @Test
    void readsTheConsolidatedList() {
        assertThat(cons.format()).isEqualTo("ofac-xml");
        assertThat(cons.source()).isEqualTo("ofac-cons");
        assertThat(cons.recordCount()).isEqualTo(443);
        assertThat(cons.declaredCount()).hasValue(443);
        assertThat(cons.publishedAt()).contains(Instant.parse("2024-05-06T00:00:00Z"));
        assertThat(targets(cons, "Person")).isEqualTo(79);
        assertThat(targets(cons, "Organization")).isEqualTo(364);
        assertThat(cons.entities())
                .filteredOn(e -> e.schema().equals("Sanction"))
                .hasSize(443);
        assertThat(byId).hasSize(cons.entities().size());
    }

    @Test
    void theSampleHasNoQuirks() {
        assertThat(cons.quirks()).isEmpty();
    }

    @Test
    void zahhar() {
        Entity z = byId.get("ofac:9647");
        assertThat(z.schema()).isEqualTo("Person");
        assertThat(z.target()).isTrue();
        assertThat(z.values("name")).containsExactly("ZAHHAR, Mahmoud Khaled");
        assertThat(z.values("firstName")).containsExactly("Mahmoud Khaled");
        assertThat(z.values("lastName")).containsExactly("ZAHHAR");
        assertThat(z.values("alias")).containsExactly("AL ZAHAR, Mahmoud Khaled");
        assertThat(z.values("weakAlias")).containsExactly("ZAHAR, Mahmoud", "AL-ZAHAR, Mahmoud");
        assertThat(z.values("program")).containsExactly("NS-PLC", "SDGT");
        assertThat(z.values("birthDate")).containsExactly("1945");
        assertThat(z.values("birthPlace")).containsExactly("Gaza Strip");
        assertThat(z.values("country")).containsExactly("ps");
        assertThat(z.values("nationality")).containsExactly("ps");
        assertThat(z.values("gender")).containsExactly("male");
        assertThat(z.values("topics")).containsExactly("sanction");
        assertThat(z.values("notes"))
                .contains(
                        "(Linked To: HAMAS)",
                        "Secondary sanctions risk: section 1(b) of Executive Order 13224, as amended by Executive Order 13886");

        Entity s = byId.get("ofac:9647/sanction");
        assertThat(s.target()).isFalse();
        assertThat(s.values("entity")).containsExactly("ofac:9647");
        assertThat(s.values("authority")).containsExactly("Office of Foreign Assets Control");
        assertThat(s.values("authorityId")).containsExactly("9647");
        assertThat(s.values("program")).containsExactly("NS-PLC", "SDGT");
    }

    @Test
    void vtbBankIdentifiersAndDirective() {
        Entity vtb = byId.get("ofac:17013");
        assertThat(vtb.schema()).isEqualTo("Organization");
        assertThat(vtb.values("name")).containsExactly("VTB BANK PUBLIC JOINT STOCK COMPANY");
        assertThat(vtb.values("previousName")).contains("JSC VTB BANK", "VNESHTORGBANK");
        assertThat(vtb.values("alias")).contains("VTB BANK PJSC");
        assertThat(vtb.values("registrationNumber")).containsExactly("1027739609391");
        assertThat(vtb.values("taxNumber")).containsExactly("7702070139");
        assertThat(vtb.values("swiftBic")).containsExactly("VTBRRUMM");
        assertThat(vtb.values("leiCode")).containsExactly("253400V1H6ART1UQ0N98");
        assertThat(vtb.values("website")).containsExactly("www.vtb.com", "www.vtb.ru");
        assertThat(vtb.values("incorporationDate")).containsExactly("1990-10-17");
        assertThat(vtb.values("country")).containsExactly("ru");
        assertThat(vtb.values("address")).contains("29, Bolshaya Morskaya str., St. Petersburg, 190000, Russia");
        assertThat(vtb.values("notes"))
                .contains(
                        "Government Gazette Number: 00032520 (Russia)",
                        "BIK (RU): 044030707",
                        "License: 1000 (Russia)");
        assertThat(vtb.values("program")).containsExactly("UKRAINE-EO13662", "RUSSIA-EO14024");
        assertThat(byId.get("ofac:17013/sanction").values("provisions")).containsExactly("Subject to Directive 1");
    }

    @Test
    void cmicListingDatesGoToTheSanction() {
        Entity s = byId.get("ofac:30882/sanction");
        assertThat(s.values("program")).containsExactly("CMIC-EO13959");
        assertThat(s.values("listingDate")).containsExactly("2021-06-03");
        assertThat(s.values("startDate")).containsExactly("2021-08-02");
        Entity telecom = byId.get("ofac:30882");
        assertThat(telecom.values("registrationNumber")).containsExactly("9111000071093019X7");
        assertThat(telecom.values("notes")).contains("ISIN: US1694261033", "Equity Ticker: CHA US");
    }

    @Test
    void directiveLinksAreProgramUrls() {
        Entity s = byId.get("ofac:17014/sanction");
        assertThat(s.values("provisions")).hasSize(2).allMatch(p -> p.startsWith("Subject to Directive"));
        assertThat(s.values("programUrl"))
                .containsExactly(
                        "https://home.treasury.gov/policy-issues/financial-sanctions/sanctions-programs-and-country-information/russian-harmful-foreign-activities-sanctions#directives");
        assertThat(s.values("listingDate")).containsExactly("2022-02-24");
        assertThat(s.values("startDate")).containsExactly("2022-03-26");
    }

    @Test
    void passportAndCitizenship() {
        Entity k = byId.get("ofac:26182");
        assertThat(k.values("name")).containsExactly("KAYAKIRAN, Evren");
        assertThat(k.values("passportNumber")).containsExactly("U00242309");
        assertThat(k.values("citizenship")).containsExactly("tr");
        assertThat(k.values("birthDate")).containsExactly("1980-02-08");
        assertThat(k.values("program")).containsExactly("FSE-IR");
    }

    @Test
    void sourceOverrideWins() throws Exception {
        ListData data = reader.read(new ListInput(CONS, Map.of(), Optional.of("ofac-sdn")));
        assertThat(data.source()).isEqualTo("ofac-sdn");
    }

    @Test
    void aCopyWithoutNamespaceStillReads() throws Exception {
        String text = Files.readString(CONS).replace(NAMESPACE, "");
        assertThat(text).doesNotContain("sanctionslistservice");
        ListData data = reader.read(ListInput.of(write("plain.xml", text)));
        assertThat(data.recordCount()).isEqualTo(443);
        assertThat(data.declaredCount()).hasValue(443);
        assertThat(index(data).get("ofac:9647")).isEqualTo(byId.get("ofac:9647"));
    }

    @Test
    void aCopyWithTheOlderNamespaceStillReads() throws Exception {
        String text = Files.readString(CONS).replace(NAMESPACE, "xmlns=\"http://tempuri.org/sdnList.xsd\"");
        ListData data = reader.read(ListInput.of(write("tempuri.xml", text)));
        assertThat(data.recordCount()).isEqualTo(443);
        assertThat(reader.sniff(FileHead.of(tmp.resolve("tempuri.xml")))).contains(ListReader.MAIN);
    }

    @Test
    void sdnListEntriesAreDetectedAsSdn() throws Exception {
        ListData data = reader.read(ListInput.of(write("sdn.xml", sdnSample())));
        assertThat(data.source()).isEqualTo("ofac-sdn");
        assertThat(data.recordCount()).isEqualTo(3);
        assertThat(data.declaredCount()).hasValue(3);
        assertThat(data.publishedAt()).contains(Instant.parse("2024-03-01T00:00:00Z"));
        assertThat(data.quirks()).isEmpty();
    }

    @Test
    void vesselAircraftAndDateShapes() throws Exception {
        Map<String, Entity> sdn = index(reader.read(ListInput.of(write("sdn.xml", sdnSample()))));
        Entity ship = sdn.get("ofac:900001");
        assertThat(ship.schema()).isEqualTo("Vessel");
        assertThat(ship.values("imoNumber")).containsExactly("IMO9146338");
        assertThat(ship.values("mmsi")).containsExactly("273000000");
        assertThat(ship.values("callSign")).containsExactly("ZZTEST");
        assertThat(ship.values("type")).containsExactly("Crude Oil Tanker");
        assertThat(ship.values("flag")).containsExactly("pa");
        assertThat(ship.values("tonnage")).containsExactly("99,144");
        assertThat(ship.values("notes")).contains("Vessel owner: Example Shipping Ltd");

        Entity plane = sdn.get("ofac:900002");
        assertThat(plane.schema()).isEqualTo("Airplane");
        assertThat(plane.values("serialNumber")).containsExactly("1234");
        assertThat(plane.values("model")).containsExactly("Example 100");

        Entity person = sdn.get("ofac:900003");
        assertThat(person.values("birthDate")).containsExactly("1957", "1951", "1952", "1953");
        assertThat(person.values("alias")).containsExactly("NEWNAME, Example");
        assertThat(person.values("previousName")).containsExactly("OLDNAME, Example");
        assertThat(person.values("weakAlias")).containsExactly("EXY");
        assertThat(person.values("position")).containsExactly("Example Minister");
        assertThat(person.values("birthCountry")).containsExactly("ir");
    }

    @Test
    void sniffRecognisesTheClassicSchema() throws IOException {
        assertThat(reader.sniff(FileHead.of(CONS))).contains(ListReader.MAIN);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "data/un/un_consolidated_2025-11-20.xml",
                "data/ofac/enhanced_irgc_2024-08-28.xml",
                "data/ofac/sdn_2024-05-03.csv",
                "data/ofac/2021-04/add.csv",
                "data/uk/uk_sanctions_list_2025-08-11.csv",
                "data/uk/FCDO_SL_Mon_Aug_11_2025.ods",
                "data/opensanctions/zala/entities.ftm.json",
                "data/opensanctions/ua_war_sanctions_targets.simple.csv"
            })
    void sniffRejectsOtherFormats(String other) throws IOException {
        assertThat(reader.sniff(FileHead.of(TestData.shared(other)))).isEmpty();
    }

    @Test
    void refusesATruncatedCopy() throws IOException {
        byte[] bytes = Files.readAllBytes(CONS);
        Path cut = tmp.resolve("truncated.xml");
        Files.write(cut, Arrays.copyOf(bytes, bytes.length - 200));
        assertRefused(cut, "truncated.xml");
    }

    @ParameterizedTest
    @ValueSource(longs = {3L, 11L, 443L, 20240506L})
    void refusesCopiesCutAtSeededRandomPoints(long seed) throws IOException {
        byte[] bytes = Files.readAllBytes(CONS);
        int end = new String(bytes, StandardCharsets.UTF_8).lastIndexOf("</sdnList>");
        int at = 1 + new Random(seed).nextInt(end - 1);
        Path cut = tmp.resolve("cut-" + seed + ".xml");
        Files.write(cut, Arrays.copyOf(bytes, at));
        assertRefused(cut, "cut-" + seed + ".xml");
    }

    @Test
    void refusesACopyWithEntityExpansion() throws IOException {
        String doctype = """
                <!DOCTYPE sdnList [
                  <!ENTITY a "aaaaaaaaaa">
                  <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
                  <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
                  <!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">
                ]>
                """;
        String text =
                Files.readString(CONS).replaceFirst("\\?>", "?>\n" + doctype).replaceFirst("<remarks>", "<remarks>&d;");
        Path bomb = write("bomb.xml", text);
        assertThatThrownBy(() -> reader.read(ListInput.of(bomb)))
                .isInstanceOf(ListRefusedException.class)
                .hasMessageContaining("bomb.xml")
                .hasMessageContaining("DOCTYPE");
    }

    @Test
    void refusesAnExternalEntity() throws IOException {
        String text = "<?xml version=\"1.0\"?>\n<!DOCTYPE sdnList [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
                + "<sdnList><sdnEntry><uid>1</uid><lastName>&x;</lastName><sdnType>Entity</sdnType></sdnEntry></sdnList>\n";
        assertRefused(write("xxe.xml", text), "xxe.xml");
    }

    @Test
    void refusesAnotherRoot() throws IOException {
        Path other = write("other.xml", "<?xml version=\"1.0\"?>\n<CONSOLIDATED_LIST/>\n");
        assertThatThrownBy(() -> reader.read(ListInput.of(other)))
                .isInstanceOf(ListRefusedException.class)
                .hasMessageContaining("other.xml")
                .hasMessageContaining("CONSOLIDATED_LIST");
    }

    @Test
    void refusesAnEntryWithoutUid() throws IOException {
        String text = Files.readString(CONS).replaceFirst("<uid>9639</uid>", "");
        Path noUid = write("nouid.xml", text);
        assertThatThrownBy(() -> reader.read(ListInput.of(noUid)))
                .isInstanceOf(ListRefusedException.class)
                .hasMessageContaining("nouid.xml")
                .hasMessageContaining("uid");
    }

    @Test
    void refusesAMalformedCopy() throws IOException {
        String text = Files.readString(CONS).replaceFirst("</lastName>", "</lastname>");
        assertRefused(write("malformed.xml", text), "malformed.xml");
    }

    @Test
    void aCountMismatchIsLeftToTheIntegrityLayer() throws Exception {
        String text =
                Files.readString(CONS).replace("<Record_Count>443</Record_Count>", "<Record_Count>444</Record_Count>");
        ListData data = reader.read(ListInput.of(write("mismatch.xml", text)));
        assertThat(data.declaredCount()).hasValue(444);
        assertThat(data.recordCount()).isEqualTo(443);
    }

    @Test
    void unknownElementsAndDuplicatesAreQuirks() throws Exception {
        String text = Files.readString(CONS)
                .replaceFirst(
                        "<sdnType>",
                        "<favouriteColour>blue</favouriteColour><favouriteColour>red</favouriteColour><sdnType>");
        int start = text.indexOf("<sdnEntry>");
        int end = text.indexOf("</sdnEntry>") + "</sdnEntry>".length();
        text = text.substring(0, end) + text.substring(start, end) + text.substring(end);
        ListData data = reader.read(ListInput.of(write("odd.xml", text)));
        assertThat(data.recordCount()).isEqualTo(444);
        assertThat(data.quirks()).extracting(Quirk::code).containsExactlyInAnyOrder("unknown-element", "duplicate-id");
        assertThat(data.entities()).filteredOn(Entity::target).hasSize(443);
    }

    @Test
    void readsTheSampleQuickly() throws Exception {
        long start = System.nanoTime();
        reader.read(ListInput.of(CONS));
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(5_000);
    }

    private static String sdnSample() {
        return """
                <?xml version="1.0" standalone="yes"?>
                <sdnList xmlns="http://tempuri.org/sdnList.xsd">
                  <publshInformation><Publish_Date>03/01/2024</Publish_Date><Record_Count>3</Record_Count></publshInformation>
                  <sdnEntry>
                    <uid>900001</uid><lastName>EXAMPLE STAR</lastName><sdnType>Vessel</sdnType>
                    <programList><program>IRAN</program></programList>
                    <idList>
                      <id><uid>1</uid><idType>Vessel Registration Identification</idType><idNumber>IMO 9146338</idNumber></id>
                      <id><uid>2</uid><idType>MMSI</idType><idNumber>273000000</idNumber></id>
                    </idList>
                    <vesselInfo><callSign>ZZTEST</callSign><vesselType>Crude Oil Tanker</vesselType>
                      <vesselFlag>Panama</vesselFlag><vesselOwner>Example Shipping Ltd</vesselOwner>
                      <tonnage>99,144</tonnage></vesselInfo>
                  </sdnEntry>
                  <sdnEntry>
                    <uid>900002</uid><lastName>EP-XYZ</lastName><sdnType>Aircraft</sdnType>
                    <programList><program>SDGT</program></programList>
                    <idList>
                      <id><uid>3</uid><idType>Aircraft Manufacturer's Serial Number (MSN)</idType><idNumber>1234</idNumber></id>
                      <id><uid>4</uid><idType>Aircraft Model</idType><idNumber>Example 100</idNumber></id>
                    </idList>
                  </sdnEntry>
                  <sdnEntry>
                    <uid>900003</uid><firstName>Example</firstName><lastName>PERSON</lastName>
                    <title>Example Minister</title><sdnType>Individual</sdnType>
                    <programList><program>SDGT</program></programList>
                    <akaList>
                      <aka><uid>5</uid><type>n.k.a.</type><category>strong</category><lastName>NEWNAME</lastName><firstName>Example</firstName></aka>
                      <aka><uid>6</uid><type>f.k.a.</type><category>strong</category><lastName>OLDNAME</lastName><firstName>Example</firstName></aka>
                      <aka><uid>7</uid><type>a.k.a.</type><category>weak</category><lastName>EXY</lastName></aka>
                    </akaList>
                    <dateOfBirthList>
                      <dateOfBirthItem><uid>8</uid><dateOfBirth>circa 1957</dateOfBirth><mainEntry>true</mainEntry></dateOfBirthItem>
                      <dateOfBirthItem><uid>9</uid><dateOfBirth>1951 to 1953</dateOfBirth><mainEntry>false</mainEntry></dateOfBirthItem>
                    </dateOfBirthList>
                    <placeOfBirthList>
                      <placeOfBirthItem><uid>10</uid><placeOfBirth>Tehran, Iran</placeOfBirth><mainEntry>true</mainEntry></placeOfBirthItem>
                    </placeOfBirthList>
                  </sdnEntry>
                </sdnList>
                """;
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
