package org.armswatch.lists;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.armswatch.lists.LinkKeys.Key;
import org.armswatch.lists.LinkKeys.Kind;
import org.armswatch.model.Entity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LinkKeysTest {

    private static Key link(String id, String key) {
        return new Key(id, Kind.LINK, key);
    }

    private static Key ref(String id, String key) {
        return new Key(id, Kind.REF, key);
    }

    @Test
    void aTargetIsLinkedByItsOwnId() {
        Entity e = Entity.builder("ofac:45992", "Person")
                .add("name", "Mirela Stanch")
                .target(true)
                .build();
        assertThat(LinkKeys.of(List.of(e))).containsExactly(link("ofac:45992", "id:ofac:45992"));
    }

    @Test
    void aNonTargetHasNoLinkKeys() {
        Entity e = Entity.builder("os:addr-1", "Address")
                .add("full", "1 Quay Lane")
                .build();
        assertThat(LinkKeys.of(List.of(e))).isEmpty();
    }

    @Test
    void openSanctionsReferentsBecomeSourceIds() {
        Entity e = Entity.builder("os:NK-fake1", "Person")
                .add("name", "Mirela Stanch")
                .referent("ofac-45992")
                .referent("gb-fcdo-rus2050")
                .referent("gb-hmt-16270")
                .referent("Q4115189")
                .referent("eu-fsf-eu-1234-56")
                .target(true)
                .build();
        assertThat(LinkKeys.of(List.of(e)))
                .containsExactlyInAnyOrder(
                        link("os:NK-fake1", "id:os:NK-fake1"),
                        link("os:NK-fake1", "id:ofac:45992"),
                        link("os:NK-fake1", "id:uk:RUS2050"),
                        link("os:NK-fake1", "ofsi:16270"));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "OFAC-123|id:ofac:123",
                "GB-FCDO-DPR0177|id:uk:DPR0177",
                "gb-hmt-7|ofsi:7",
            })
    void referentsAreMatchedIgnoringCase(String referent, String key) {
        Entity e = Entity.builder("os:x", "Company")
                .referent(referent)
                .target(true)
                .build();
        assertThat(LinkKeys.of(List.of(e))).contains(link("os:x", key));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"ofac-", "ofac-12a", "xofac-12", "gb-fcdo-ru2050", "gb-fcdo-rus", "gb-hmt-x1"})
    void otherReferentsGiveNoKey(String referent) {
        Entity e = Entity.builder("os:x", "Company")
                .referent(referent)
                .target(true)
                .build();
        assertThat(LinkKeys.of(List.of(e))).containsExactly(link("os:x", "id:os:x"));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Vessel|imoNumber|IMO 9 123 456|imo:IMO9123456",
                "Company|innCode|7707-083-893|inn:7707083893",
                "Company|ogrnCode|1027700132195|ogrn:1027700132195",
                "Company|leiCode|5493 00kj tiig c8y1 r12|lei:549300KJTIIGC8Y1R12",
                "Company|swiftBic|deut de ff xxx|bic:DEUTDEFFXXX",
                "Person|passportNumber|No. 72-1234567|passport:NO721234567",
            })
    void strongIdentifiersAreNormalised(String schema, String property, String value, String key) {
        Entity e =
                Entity.builder("t:1", schema).add(property, value).target(true).build();
        assertThat(LinkKeys.of(List.of(e))).containsExactlyInAnyOrder(link("t:1", "id:t:1"), link("t:1", key));
    }

    @Test
    void identifiersShorterThanFiveCharactersAreIgnored() {
        Entity e = Entity.builder("t:1", "Person")
                .add("passportNumber", "A-12-3")
                .add("passportNumber", "A 1234")
                .target(true)
                .build();
        assertThat(LinkKeys.of(List.of(e)))
                .containsExactlyInAnyOrder(link("t:1", "id:t:1"), link("t:1", "passport:A1234"));
    }

    @Test
    void identifiersOfANonTargetAreNotLinkKeys() {
        Entity e = Entity.builder("t:ship", "Vessel")
                .add("imoNumber", "IMO9123456")
                .build();
        assertThat(LinkKeys.of(List.of(e))).isEmpty();
    }

    @Test
    void aSanctionRefersToItsEntityAndLinksItToItsUnReference() {
        Entity target = Entity.builder("ofac:9001", "Person").target(true).build();
        Entity sanction = Entity.builder("ofac:9001-sanction", "Sanction")
                .add("entity", "ofac:9001")
                .add("unscId", "KPi.066")
                .add("recordId", "16270")
                .build();
        assertThat(LinkKeys.of(List.of(target, sanction)))
                .containsExactlyInAnyOrder(
                        link("ofac:9001", "id:ofac:9001"),
                        link("ofac:9001", "id:un:KPi.066"),
                        ref("ofac:9001-sanction", "ofac:9001"));
    }

    @Test
    void aUkSanctionLinksItsTargetToTheOfsiGroup() {
        Entity sanction = Entity.builder("uk:RUS2050-sanction", "Sanction")
                .add("entity", "uk:RUS2050")
                .add("recordId", "16270")
                .add("recordId", "RUS2050")
                .build();
        assertThat(LinkKeys.of(List.of(sanction)))
                .containsExactlyInAnyOrder(link("uk:RUS2050", "ofsi:16270"), ref("uk:RUS2050-sanction", "uk:RUS2050"));
    }

    @Test
    void aUnReferenceLinksTheUnEntryToTheListThatCitesIt() {
        Entity un = Entity.builder("un:KPi.066", "Person").target(true).build();
        Entity ukSanction = Entity.builder("uk:DPR0001-s", "Sanction")
                .add("entity", "uk:DPR0001")
                .add("unscId", "KPi.066")
                .build();
        List<Key> keys = LinkKeys.of(List.of(un, ukSanction));
        assertThat(keys).contains(link("un:KPi.066", "id:un:KPi.066"), link("uk:DPR0001", "id:un:KPi.066"));
    }

    @Test
    void aSanctionOnSeveralEntitiesRefersToEach() {
        Entity sanction = Entity.builder("s:1", "Sanction")
                .add("entity", "t:a")
                .add("entity", "t:b")
                .add("unscId", "QDe.001")
                .build();
        assertThat(LinkKeys.of(List.of(sanction)))
                .containsExactlyInAnyOrder(
                        ref("s:1", "t:a"),
                        ref("s:1", "t:b"),
                        link("t:a", "id:un:QDe.001"),
                        link("t:b", "id:un:QDe.001"));
    }

    @ParameterizedTest
    @CsvSource({
        "Ownership,owner,asset",
        "Directorship,director,organization",
        "Family,person,relative",
        "Associate,person,associate",
        "UnknownLink,subject,object",
        "Employment,employee,employer",
        "Occupancy,holder,post"
    })
    void aRelationshipRefersToBothEnds(String schema, String source, String target) {
        Entity edge = Entity.builder("rel:1", schema)
                .add(source, "t:from")
                .add(target, "t:to")
                .add("startDate", "2020")
                .build();
        assertThat(LinkKeys.of(List.of(edge))).containsExactlyInAnyOrder(ref("rel:1", "t:from"), ref("rel:1", "t:to"));
    }

    @Test
    void keysAreNotRepeated() {
        Entity e = Entity.builder("ofac:1", "Company")
                .add("innCode", "7707083893")
                .add("innCode", "7707 083 893")
                .referent("ofac-1")
                .target(true)
                .build();
        assertThat(LinkKeys.of(List.of(e)))
                .containsExactlyInAnyOrder(link("ofac:1", "id:ofac:1"), link("ofac:1", "inn:7707083893"));
    }

    @Test
    void theZalaClusterLinksZakharovaToHerOfacAndUkRecords() throws Exception {
        ListData data =
                new FtmJsonReader().read(ListInput.of(TestData.shared("data/opensanctions/zala/entities.ftm.json")));
        List<Key> keys = LinkKeys.of(data.entities());
        String id = "os:NK-DQ98GPMgdVH8DSZd8g9Xtc";
        assertThat(keys)
                .contains(
                        link(id, "id:" + id),
                        link(id, "id:ofac:45992"),
                        link(id, "id:uk:RUS2050"),
                        link(id, "ofsi:16270"));
        assertThat(keys).filteredOn(k -> k.kind() == Kind.REF).isNotEmpty();
        assertThat(keys).doesNotHaveDuplicates();
    }

    @Test
    void normaliseIdentifierKeepsOnlyAsciiLettersAndDigits() {
        assertThat(LinkKeys.normaliseIdentifier(" ab-12/cd.34 ")).isEqualTo("AB12CD34");
    }
}
