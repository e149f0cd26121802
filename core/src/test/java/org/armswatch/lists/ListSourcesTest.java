package org.armswatch.lists;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ListSourcesTest {

    @ParameterizedTest
    @ValueSource(strings = {"un", "ofac-sdn", "opensanctions-ua_war", "x", "7", "a1_b2-c3"})
    void wellFormedNamesAreValid(String name) {
        assertThat(ListSources.isValidName(name)).isTrue();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"UN", "-un", "_un", "un list", "un/2024", "un.xml", "ofac–sdn", "ün", "un\n", " un"})
    void otherNamesAreInvalid(String name) {
        assertThat(ListSources.isValidName(name)).isFalse();
    }

    @Test
    void namesMayHaveAtMostSixtyFourCharacters() {
        assertThat(ListSources.isValidName("a".repeat(64))).isTrue();
        assertThat(ListSources.isValidName("a".repeat(65))).isFalse();
    }

    @Test
    void describeGivesAKnownSourceAsCatalogued() {
        ListSource un = ListSources.describe("un");
        assertThat(un.name()).isEqualTo("un");
        assertThat(un.title()).isEqualTo("UN Security Council Consolidated List");
        assertThat(un.publisher()).isEqualTo("United Nations Security Council");
        assertThat(un.downloadUrl())
                .contains(URI.create("https://scsanctions.un.org/resources/xml/en/consolidated.xml"));
        assertThat(un.cadence()).isEqualTo(Duration.ofDays(7));
        assertThat(ListSources.describe("ofac-cons").cadence()).isEqualTo(Duration.ofDays(14));
        assertThat(ListSources.describe("ofac-sdn").terms()).isEqualTo("US Government work: public domain.");
    }

    @Test
    void describeGivesAnyOpenSanctionsDatasetTheOpenSanctionsTerms() {
        ListSource zala = ListSources.describe("opensanctions-zala");
        assertThat(zala)
                .isEqualTo(new ListSource(
                        "opensanctions-zala",
                        "OpenSanctions dataset zala",
                        "OpenSanctions",
                        Optional.empty(),
                        ListSources.describe("opensanctions-sanctions").terms(),
                        Duration.ofDays(7)));
        assertThat(zala.terms()).contains("CC BY-NC 4.0").contains("non-commercial");
    }

    @Test
    void theCataloguedOpenSanctionsSourceIsNotReplacedByTheGenericDescription() {
        ListSource sanctions = ListSources.describe("opensanctions-sanctions");
        assertThat(sanctions.title()).isEqualTo("OpenSanctions: consolidated sanctions");
        assertThat(sanctions.downloadUrl()).isPresent();
        assertThat(sanctions.cadence()).isEqualTo(Duration.ofDays(3));
    }

    @Test
    void describeGivesAnUnknownSourceNeutralTerms() {
        assertThat(ListSources.describe("my-extract"))
                .isEqualTo(new ListSource(
                        "my-extract",
                        "my-extract",
                        "unknown publisher",
                        Optional.empty(),
                        "Terms of the original publisher.",
                        Duration.ofDays(30)));
    }

    @Test
    void downloadableListsAreTheCataloguedOnesOverHttps() {
        assertThat(ListSources.downloadable())
                .extracting(ListSource::name)
                .containsExactly("un", "ofac-sdn", "ofac-cons", "eu", "uk", "opensanctions-sanctions");
        assertThat(ListSources.downloadable()).allSatisfy(s -> {
            URI url = s.downloadUrl().orElseThrow();
            assertThat(url.getScheme()).isEqualTo("https");
            assertThat(url.getHost()).isNotBlank();
            assertThat(ListSources.isValidName(s.name())).isTrue();
            assertThat(ListSources.describe(s.name())).isSameAs(s);
            assertThat(s.terms()).isNotBlank();
            assertThat(s.cadence()).isPositive();
        });
    }
}
