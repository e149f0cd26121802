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

class OfacEnhancedXmlReaderTest {
    private static final String SAMPLE = "data/ofac/enhanced_irgc_2024-08-28.xml";
    private static final OfacEnhancedXmlReader READER = new OfacEnhancedXmlReader();
    private static ListData data;
    private static Map<String, Entity> byId;

    @TempDir
    Path tmp;

    @BeforeAll
    static void readSample() throws Exception {
        data = READER.read(ListInput.of(TestData.shared(SAMPLE)));
        byId = data.entities().stream().collect(Collectors.toMap(Entity::id, Function.identity()));
    }

    @Test
    void readsEveryEntityWithThePublicationDate() {
        assertThat(data.recordCount()).isEqualTo(293);
        assertThat(data.entities().stream()
                        .filter(Entity::target)
                        .collect(Collectors.groupingBy(Entity::schema, Collectors.counting())))
                .containsExactlyInAnyOrderEntriesOf(Map.of("Person", 165L, "Organization", 84L, "Airplane", 44L));
        assertThat(data.publishedAt()).contains(Instant.parse("2024-08-28T00:00:00Z"));
        assertThat(data.format()).isEqualTo("ofac-enhanced-xml");
        assertThat(data.source())
                .as("an export filtered to the IRGC programme is a list of its own")
                .isEqualTo("ofac-irgc");
        assertThat(data.declaredCount()).isEmpty();
        assertThat(data.entities().stream().filter(e -> e.schema().equals("Sanction")))
                .hasSize(293);
    }

    @Test
    void readsAPersonWithAYearOfBirthAndAListingDate() {
        Entity p = byId.get("ofac:26526");
        assertThat(p.schema()).isEqualTo("Person");
        assertThat(p.first("name")).isEqualTo("EBRAHIMI, Ayatollah");
        assertThat(p.values("firstName")).containsExactly("Ayatollah");
        assertThat(p.values("lastName")).containsExactly("Ebrahimi");
        assertThat(p.values("birthDate")).containsExactly("1972");
        assertThat(p.values("birthPlace")).containsExactly("Qomshaneh, Hamadan Province, Iran");
        assertThat(p.values("program")).contains("IRGC");

        Entity s = byId.get("ofac:26526/sanction");
        assertThat(s.values("entity")).containsExactly("ofac:26526");
        assertThat(s.values("listingDate")).containsExactly("2019-03-26");
        assertThat(s.values("program")).contains("IRGC");
        assertThat(s.values("authority")).containsExactly("Office of Foreign Assets Control");
        assertThat(s.values("reason")).containsExactly("Executive Order 13224 (Terrorism)");
        assertThat(s.values("provisions")).containsExactly("Block");
    }

    @Test
    void readsRelationshipsByTheirType() {
        Entity link = byId.get("ofac:rel:8156");
        assertThat(link.schema()).isEqualTo("UnknownLink");
        assertThat(link.values("subject")).containsExactly("ofac:26526");
        assertThat(link.values("object")).containsExactly("ofac:12478");
        assertThat(link.values("role")).containsExactly("Acting for or on behalf of");
        assertThat(byId.get("ofac:12478").first("name")).isEqualTo("ANSAR BANK");

        Entity owned = byId.get("ofac:rel:561");
        assertThat(owned.schema()).isEqualTo("Ownership");
        assertThat(owned.values("owner")).containsExactly("ofac:13440");
        Map<String, Long> kinds = data.entities().stream()
                .filter(e -> e.id().startsWith("ofac:rel:"))
                .collect(Collectors.groupingBy(Entity::schema, Collectors.counting()));
        assertThat(kinds)
                .containsExactlyInAnyOrderEntriesOf(Map.of("UnknownLink", 155L, "Ownership", 67L, "Directorship", 7L));
        assertThat(data.entities().stream().filter(e -> e.schema().equals("Directorship")))
                .allSatisfy(d -> assertThat(byId).containsKey(d.first("director")));
    }

    @Test
    void keepsLinksToEntitiesOutsideTheFileAndCountsThem() {
        assertThat(data.quirks()).extracting(Quirk::code).containsOnly("dangling-link");
        assertThat(data.quirks()).hasSize(28);
        long outside = data.entities().stream()
                .filter(e -> e.id().startsWith("ofac:rel:"))
                .filter(e -> e.values("object").stream().anyMatch(o -> !byId.containsKey(o))
                        || e.values("owner").stream().anyMatch(o -> !byId.containsKey(o))
                        || e.values("organization").stream().anyMatch(o -> !byId.containsKey(o)))
                .count();
        assertThat(outside).isEqualTo(28);
    }

    @Test
    void keepsOriginalScriptsWithoutBidiControls() {
        Entity fatemiyoun = byId.get("ofac:26347");
        assertThat(fatemiyoun.first("name")).isEqualTo("FATEMIYOUN DIVISION");
        assertThat(fatemiyoun.values("alias")).contains("لواء فاطميون", "LIWA FATEMIYOUN");
        assertThat(data.entities()).allSatisfy(e -> e.properties().values().stream()
                .flatMap(v -> v.stream())
                .forEach(v -> assertThat(v).doesNotContain("\u202B", "\u202C")));
        assertThat(byId.get("ofac:26120").values("alias")).contains("АЛЬШВИКИ, Мхд Амер");
        assertThat(byId.get("ofac:47234").values("alias")).contains("中國中油股份有限公司");
    }

    @Test
    void readsLowQualityNamesAsWeakAliases() {
        // 45 low-quality names; one of them (26119 "LLC GKG") also has a Cyrillic translation.
        long weak = data.entities().stream()
                .mapToLong(e -> e.values("weakAlias").size())
                .sum();
        assertThat(weak).isEqualTo(46);
        assertThat(byId.get("ofac:26119").values("weakAlias")).containsExactly("LLC GKG", "ООО ГКГ");
    }

    @Test
    void readsAircraftFeaturesAndDateRanges() {
        Entity plane = byId.get("ofac:24475");
        assertThat(plane.schema()).isEqualTo("Airplane");
        assertThat(plane.values("model")).containsExactly("IL-76");
        assertThat(plane.values("serialNumber")).containsExactly("33448393");
        assertThat(plane.values("buildDate")).containsExactly("1983");
        assertThat(byId.get("ofac:12057").values("birthDate")).contains("1951", "1952", "1953", "1961-04");
    }

    @Test
    void readsDocumentsAndAddresses() {
        Entity atlas = byId.get("ofac:26527");
        assertThat(atlas.values("registrationNumber")).containsExactly("59784");
        assertThat(atlas.values("address")).containsExactly("No. 5, 10th Baharestan, Pasdaran Street, Tehran, Iran");
        assertThat(atlas.values("country")).containsExactly("ir");
        long passports = data.entities().stream()
                .mapToLong(e -> e.values("passportNumber").size())
                .sum();
        assertThat(passports).isPositive();
    }

    @Test
    void sniffsOnlyTheEnhancedRoot() throws IOException {
        assertThat(READER.sniff(FileHead.of(TestData.shared(SAMPLE)))).contains(ListReader.MAIN);
        for (String other : new String[] {
            "data/un/un_consolidated_2025-11-20.xml",
            "data/ofac/cons_nonsdn_2024-05-06.xml",
            "data/ofac/sdn_2024-05-03.csv",
            "data/ofac/alt_approx-2024-09.csv",
            "data/uk/uk_sanctions_list_2025-08-11.csv",
            "data/uk/FCDO_SL_Mon_Aug_11_2025.ods",
            "data/opensanctions/ua_war_sanctions_targets.simple.csv",
            "data/opensanctions/zala/entities.ftm.json",
        }) {
            assertThat(READER.sniff(FileHead.of(TestData.shared(other))))
                    .as(other)
                    .isEmpty();
        }
    }

    @Test
    void honoursASourceOverride() throws Exception {
        ListData over = READER.read(new ListInput(TestData.shared(SAMPLE), Map.of(), Optional.of("ofac-sdn")));
        assertThat(over.source()).isEqualTo("ofac-sdn");
    }

    /** Cutting the file anywhere inside the root element is refused. */
    @ParameterizedTest
    @ValueSource(longs = {5L, 17L, 123L, 2024L})
    void refusesATruncatedCopy(long seed) throws Exception {
        byte[] bytes = Files.readAllBytes(TestData.shared(SAMPLE));
        int cut = 100 + new Random(seed).nextInt(bytes.length - 200);
        Path copy = tmp.resolve("cut-" + seed + ".xml");
        Files.write(copy, Arrays.copyOf(bytes, cut));
        assertThatThrownBy(() -> READER.read(ListInput.of(copy)))
                .isInstanceOf(ListRefusedException.class)
                .hasMessageContaining(copy.getFileName().toString());
    }

    @Test
    void refusesACopyWithADoctype() throws Exception {
        String xml = Files.readString(TestData.shared(SAMPLE), StandardCharsets.UTF_8);
        String evil =
                xml.replaceFirst("\\?>", "?>\n<!DOCTYPE sanctionsData [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>");
        Path copy = tmp.resolve("doctype.xml");
        Files.writeString(copy, evil, StandardCharsets.UTF_8);
        assertThatThrownBy(() -> READER.read(ListInput.of(copy)))
                .isInstanceOf(ListRefusedException.class)
                .hasMessageContaining("doctype.xml")
                .hasMessageContaining("DOCTYPE");
    }

    @Test
    void refusesMalformedXmlAnotherRootAndAnEntityWithoutId() throws Exception {
        Path malformed = tmp.resolve("malformed.xml");
        Files.writeString(malformed, "<sanctionsData><entities><entity id=\"1\"></entities></sanctionsData>");
        assertThatThrownBy(() -> READER.read(ListInput.of(malformed)))
                .isInstanceOf(ListRefusedException.class)
                .hasMessageContaining("malformed.xml");

        Path other = tmp.resolve("other.xml");
        Files.writeString(other, "<sdnList><sdnEntry/></sdnList>");
        assertThatThrownBy(() -> READER.read(ListInput.of(other)))
                .isInstanceOf(ListRefusedException.class)
                .hasMessageContaining("other.xml")
                .hasMessageContaining("<sdnList>");

        Path noId = tmp.resolve("noid.xml");
        Files.writeString(noId, "<sanctionsData>\n<entities>\n<entity>\n</entity>\n</entities>\n</sanctionsData>");
        assertThatThrownBy(() -> READER.read(ListInput.of(noId)))
                .isInstanceOf(ListRefusedException.class)
                .hasMessageContaining("noid.xml line 3")
                .hasMessageContaining("no id");
    }

    @Test
    void reportsUnknownElementsAndLoadsAround() throws Exception {
        Path file = tmp.resolve("small.xml");
        Files.writeString(file, """
                <sanctionsData xmlns="https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/ENHANCED_XML">
                  <publicationInfo><dataAsOf>2024-01-02T00:00:00</dataAsOf></publicationInfo>
                  <entities>
                    <entity id="7">
                      <generalInfo><entityType refId="601">Entity</entityType></generalInfo>
                      <sanctionsLists><sanctionsList refId="91512" datePublished="2020-05-01">Consolidated List</sanctionsList></sanctionsLists>
                      <names><name id="1"><isPrimary>true</isPrimary><isLowQuality>false</isLowQuality>
                        <translations><translation id="2"><isPrimary>true</isPrimary><script refId="20122">Latin</script>
                          <formattedFullName>TEST TRADING LLC</formattedFullName></translation></translations></name></names>
                      <surprise>new</surprise>
                      <features><feature id="3"><type featureTypeId="8">Birthdate</type><value>sometime</value></feature></features>
                    </entity>
                  </entities>
                </sanctionsData>
                """, StandardCharsets.UTF_8);
        ListData small = READER.read(ListInput.of(file));
        assertThat(small.source()).isEqualTo("ofac-cons");
        assertThat(small.publishedAt()).contains(Instant.parse("2024-01-02T00:00:00Z"));
        assertThat(small.quirks()).extracting(Quirk::code).containsExactly("unknown-element", "bad-date");
        Entity e = small.entities().get(0);
        assertThat(e.id()).isEqualTo("ofac:7");
        assertThat(e.first("name")).isEqualTo("TEST TRADING LLC");
        assertThat(e.values("notes")).contains("Birthdate: sometime");
    }
}
