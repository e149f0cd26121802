package org.armswatch.assess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RegimesTest {
    /** The shipped files, as the build's working folder (the module) holds them. */
    private static final Path SHIPPED = Path.of("src/main/resources/org/armswatch/assess/regimes");

    private static final String VALID = """
            {
             "id": "test",
             "name": "A test regime",
             "authority": "UNSC",
             "binding": "all_un_members",
             "sources": ["a source"],
             "item_types": [{"id": "fuel", "parent": "economic", "description": "fuel"}],
             "provisions": [
              {
               "id": "p1",
               "citation": "UNSCR 1 (2000) op. 1",
               "paragraph": "verified",
               "target": "PRK",
               "direction": "to",
               "items": ["ammunition", "fuel"],
               "effect": "prohibited",
               "in_force": {"from": "2006-10-14", "until": "2010-01-01"},
               "status": "lapsed"
              }
             ]
            }
            """;

    @TempDir
    Path dir;

    @Test
    void theStandardRegimesAreEveryShippedFile() throws Exception {
        Regimes standard = Regimes.standard();
        Regimes folder = Regimes.load(SHIPPED);

        assertThat(standard.all())
                .extracting(Regime::id)
                .containsExactly(
                        "un-dprk", "un-iran-2231", "un-iran-reinstated", "eu-russia", "us-russia", "uk-russia");
        assertThat(standard.all())
                .extracting(Regime::id)
                .containsExactlyInAnyOrderElementsOf(
                        folder.all().stream().map(Regime::id).toList());
        assertThat(standard.items().accepted())
                .contains(
                        "ammunition",
                        "weapons_unspecified",
                        "refined_petroleum",
                        "crude_oil",
                        "food",
                        "medicine",
                        "luxury_goods",
                        "salw",
                        "mtcr_items");
        assertThat(standard.items().category("salw")).isEqualTo("small_arms");
        assertThat(standard.items().category("refined_petroleum")).isEqualTo("economic");
    }

    @Test
    void theDataCarriesTheVerificationMarksOfTheSources() {
        Regimes r = Regimes.standard();

        assertThat(provision(r, "un-dprk", "1718-8b").paragraph()).isEqualTo(Verification.VERIFIED);
        assertThat(provision(r, "un-dprk", "1874-9").paragraph())
                .isEqualTo(Verification.SUBSTANCE_VERIFIED_PARAGRAPH_UNVERIFIED);
        assertThat(provision(r, "un-dprk", "1874-10").paragraph()).isEqualTo(Verification.VERIFIED);
        assertThat(provision(r, "un-dprk", "2270-6").paragraph())
                .isEqualTo(Verification.SUBSTANCE_VERIFIED_PARAGRAPH_UNVERIFIED);
        assertThat(provision(r, "un-dprk", "2270-8").paragraph()).isEqualTo(Verification.VERIFIED);
        assertThat(provision(r, "un-iran-2231", "annex-b-4").paragraph())
                .isEqualTo(Verification.SUBSTANCE_VERIFIED_PARAGRAPH_UNVERIFIED);
        assertThat(provision(r, "un-iran-reinstated", "1747-5").status()).isEqualTo(ProvisionStatus.CONTESTED);
        assertThat(provision(r, "eu-russia", "833-2014").paragraph()).isEqualTo(Verification.UNVERIFIED);
        assertThat(provision(r, "us-russia", "eo-14024").inForce().from()).isEqualTo(LocalDate.of(2021, 4, 15));
        assertThat(provision(r, "un-iran-2231", "annex-b-4").inForce().until()).isEqualTo(LocalDate.of(2023, 10, 18));
        assertThat(r.all().stream()
                        .filter(g -> g.id().equals("un-dprk"))
                        .findFirst()
                        .orElseThrow()
                        .monitoring()
                        .ended())
                .isEqualTo(LocalDate.of(2024, 4, 30));
    }

    @Test
    void aValidFileReadsWhole() throws Exception {
        Files.writeString(dir.resolve("test.json"), VALID);

        Regime r = Regimes.load(dir).all().getFirst();

        assertThat(r.file()).isEqualTo("test.json");
        assertThat(r.authority()).isEqualTo(Authority.UNSC);
        Provision p = r.provisions().getFirst();
        assertThat(p.items()).containsExactly("ammunition", "fuel");
        assertThat(p.exclusions()).isEmpty();
        assertThat(p.inForce()).isEqualTo(new Interval(LocalDate.of(2006, 10, 14), LocalDate.of(2010, 1, 1)));
        assertThat(p.direction()).isEqualTo(Direction.TO);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            bad JSON          | "id": "test",                          | "id": "test"                                   | line 3, column
            missing field     | "citation": "UNSCR 1 (2000) op. 1",    | ``                                             | provisions[0] (p1).citation: missing
            unknown field     | "status": "lapsed"                     | "status": "lapsed", "colour": "red"            | provisions[0] (p1).colour: unknown field
            bad date          | "from": "2006-10-14"                   | "from": "2006-14-10"                           | provisions[0] (p1).in_force.from: '2006-14-10' is not an ISO date
            unknown category  | "items": ["ammunition", "fuel"]        | "items": ["ammunition", "tanks"]               | provisions[0] (p1).items[1]: 'tanks' is neither a category nor a type
            unknown effect    | "effect": "prohibited"                 | "effect": "forbidden"                          | provisions[0] (p1).effect: 'forbidden' is not one of prohibited, requires_approval
            unknown status    | "status": "lapsed"                     | "status": "expired"                            | provisions[0] (p1).status: 'expired' is not one of in_force, lapsed, contested
            unknown direction | "direction": "to"                      | "direction": "into"                            | provisions[0] (p1).direction: 'into' is not one of to, from, both
            until before from | "until": "2010-01-01"                  | "until": "2001-01-01"                          | provisions[0] (p1).in_force.until: 2001-01-01 is not after from 2006-10-14
            unknown authority | "authority": "UNSC"                    | "authority": "NATO"                            | authority: 'NATO' is not one of UNSC, EU, US, UK
            bad target        | "target": "PRK"                        | "target": "KP"                                 | provisions[0] (p1).target: 'KP' is not an ISO 3166-1 alpha-3 code
            bad paragraph     | "paragraph": "verified"                | "paragraph": "checked"                         | provisions[0] (p1).paragraph: 'checked' is not one of verified
            lapsed unending   | "until": "2010-01-01"                  | "until": null                                  | provisions[0] (p1).status: 'lapsed' needs in_force.until
            wrong binding     | "binding": "all_un_members"            | "binding": "own_jurisdiction"                  | provisions[0] (p1).effect: 'prohibited' in a regime binding own_jurisdiction
            type parent       | "parent": "economic"                   | "parent": "fuels"                              | item_types[0].parent: 'fuels' is not a category
            no successor      | "status": "lapsed"                     | "status": "lapsed", "replaced_by": "p9"        | provisions[0] (p1).replaced_by: 'p9' is no provision of this regime
            contested alone   | "status": "lapsed"                     | "status": "contested"                          | provisions[0] (p1).status: 'contested' needs the regime's dispute
            """)
    void aMalformedFileIsAnErrorNamingTheFileAndTheField(String what, String from, String to, String expected)
            throws Exception {
        String broken = VALID.replace(from, to);
        assertThat(broken).as("the mutation applies").isNotEqualTo(VALID);
        Files.writeString(dir.resolve("broken.json"), broken);

        assertThatThrownBy(() -> Regimes.load(dir))
                .isInstanceOf(RegimeFormatException.class)
                .hasMessageStartingWith("broken.json: ")
                .hasMessageContaining(expected)
                .satisfies(e -> assertThat(((RegimeFormatException) e).file()).isEqualTo("broken.json"));
    }

    @Test
    void twoRegimesWithOneIdAreAnErrorNamingBothFiles() throws Exception {
        Files.writeString(dir.resolve("a.json"), VALID);
        Files.writeString(dir.resolve("b.json"), VALID);

        assertThatThrownBy(() -> Regimes.load(dir))
                .isInstanceOf(RegimeFormatException.class)
                .hasMessage("b.json: id: 'test' is already the id of a.json");
    }

    @Test
    void aTypeUnderTwoCategoriesIsAnErrorNamingBothFiles() throws Exception {
        Files.writeString(dir.resolve("a.json"), VALID);
        Files.writeString(
                dir.resolve("b.json"),
                VALID.replace("\"id\": \"test\"", "\"id\": \"other\"")
                        .replace("\"parent\": \"economic\"", "\"parent\": \"dual_use\""));

        assertThatThrownBy(() -> Regimes.load(dir))
                .isInstanceOf(RegimeFormatException.class)
                .hasMessage("b.json: item_types: 'fuel' has parent dual_use here but economic in a.json");
    }

    @Test
    void aFolderWithoutRegimeFilesIsAnError() {
        assertThatThrownBy(() -> Regimes.load(dir))
                .isInstanceOf(RegimeFormatException.class)
                .hasMessageContaining("no regime files");
    }

    private static Provision provision(Regimes r, String regime, String id) {
        return r.all().stream()
                .filter(g -> g.id().equals(regime))
                .flatMap(g -> g.provisions().stream())
                .filter(p -> p.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no provision " + regime + "/" + id));
    }
}
