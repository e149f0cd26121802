package org.armswatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code assess} end to end: the shipped regimes, and a folder of the user's own. */
class AssessCommandIT {
    @TempDir
    Path regimes;

    @Test
    void printsTheVerdictTheProvisionsAndTheCaveatsAsText() {
        Cli.Result r = Cli.runRaw(
                "assess",
                "--supplier",
                "North Korea",
                "--recipient",
                "RU",
                "--items",
                "ammunition",
                "--date",
                "2023-09-01");

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out())
                .startsWith("Verdict: prohibited (PRK -> RUS, ammunition, 2023-09-01)")
                .contains("CITATION", "PARAGRAPH")
                .containsPattern("UNSCR 1718 \\(2006\\) op\\. 8\\(b\\) +un-dprk +prohibited +from 2006-10-14 +in_force"
                        + " +verified")
                .contains("UNSCR 1874 (2009) op. 9")
                .contains("substance_verified_paragraph_unverified")
                .contains("Caveats:")
                .contains("  unverified_paragraph: UNSCR 1874 (2009) op. 9")
                .contains("  own_jurisdiction_only: ");
    }

    @Test
    void printsTheAssessmentAsJson() {
        Cli.Result r = Cli.runRaw(
                "assess",
                "--supplier",
                "IRN",
                "--recipient",
                "Russian Federation",
                "--items",
                "drones",
                "--date",
                "2022-10-01",
                "--format",
                "json");

        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode j = r.json();
        assertThat(j.get("verdict").asText()).isEqualTo("requires_approval");
        JsonNode first = j.get("provisions").get(0);
        assertThat(first.get("citation").asText()).isEqualTo("UNSCR 2231 (2015) Annex B op. 4");
        assertThat(first.get("regime").asText()).isEqualTo("un-iran-2231");
        assertThat(first.get("effect").asText()).isEqualTo("requires_approval");
        assertThat(first.get("in_force").get(0).asText()).isEqualTo("2015-07-20");
        assertThat(first.get("in_force").get(1).asText()).isEqualTo("2023-10-18");
        assertThat(first.get("status").asText()).isEqualTo("lapsed");
        assertThat(first.get("paragraph").asText()).isEqualTo("substance_verified_paragraph_unverified");
        JsonNode last = j.get("provisions").get(j.get("provisions").size() - 1);
        assertThat(last.get("effect").asText()).isEqualTo("autonomous_measure");
        assertThat(last.get("in_force").get(1).isNull()).isTrue();
        List<String> codes = new ArrayList<>();
        j.get("caveats").forEach(c -> codes.add(c.get("code").asText()));
        assertThat(codes).contains("disputed_scope", "own_jurisdiction_only", "expired");
        assertThat(j.get("caveats").get(0).get("text").asText()).isNotBlank();
    }

    @Test
    void noRegimeIsSaidPlainly() {
        Cli.Result r = Cli.runRaw(
                "assess",
                "--supplier",
                "US",
                "--recipient",
                "Ukraine",
                "--items",
                "missiles,ammunition",
                "--date",
                "2023-09-01",
                "--format",
                "json");

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.json().get("verdict").asText()).isEqualTo("no_regime");
        assertThat(r.json().get("provisions")).isEmpty();
    }

    @Test
    void usageErrorsNameTheValue() {
        Cli.Result item = Cli.runRaw(
                "assess", "--supplier", "PRK", "--recipient", "RUS", "--items", "tanks", "--date", "2023-09-01");
        assertThat(item.exit()).isEqualTo(2);
        assertThat(item.err()).contains("--items 'tanks': unknown item (accepted: ammunition,", "refined_petroleum");

        Cli.Result state = Cli.runRaw(
                "assess", "--supplier", "Narnia", "--recipient", "RUS", "--items", "drones", "--date", "2023-09-01");
        assertThat(state.exit()).isEqualTo(2);
        assertThat(state.err()).contains("--supplier 'Narnia': unknown state");

        Cli.Result date = Cli.runRaw(
                "assess", "--supplier", "PRK", "--recipient", "RUS", "--items", "drones", "--date", "1 Sep 2023");
        assertThat(date.exit()).isEqualTo(2);
        assertThat(date.err()).contains("--date '1 Sep 2023' is not an ISO date");

        Cli.Result missing = Cli.runRaw("assess", "--supplier", "PRK", "--recipient", "RUS", "--items", "drones");
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).contains("--date");
    }

    @Test
    void aMalformedRegimeFolderIsRefusedNamingTheFileAndTheField() throws Exception {
        writeRegime("banned");

        Cli.Result r = assessAmmunitionToPrk(regimes);

        assertThat(r.exit()).isEqualTo(3);
        assertThat(r.err()).contains("mine.json: provisions[0] (p1).effect: 'banned' is not one of prohibited");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void aRegimeFolderOfTheUsersOwnReplacesTheShippedOnes() throws Exception {
        writeRegime("restricted");

        Cli.Result r = assessAmmunitionToPrk(regimes, "--format", "json");

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.json().get("verdict").asText()).isEqualTo("restricted");
        assertThat(r.json().get("provisions")).hasSize(1);

        Cli.Result none = assessAmmunitionToPrk(regimes.resolve("absent"));
        assertThat(none.exit()).isEqualTo(5);
        assertThat(none.err()).contains("no such folder");
    }

    // One regime of the user's own with one provision on ammunition to the DPRK, with this effect.
    private void writeRegime(String effect) throws Exception {
        Files.writeString(regimes.resolve("mine.json"), """
                {
                 "id": "mine",
                 "name": "My regime",
                 "authority": "UNSC",
                 "binding": "all_un_members",
                 "sources": ["my notes"],
                 "provisions": [
                  {"id": "p1", "citation": "UNSCR 1 (2000) op. 1", "paragraph": "verified", "target": "PRK",
                   "direction": "to", "items": ["ammunition"], "effect": "%s",
                   "in_force": {"from": "2006-10-14", "until": null}, "status": "in_force"}
                 ]
                }
                """.formatted(effect));
    }

    // RUS to PRK ammunition on 2023-09-01 against the regime files of a folder.
    private static Cli.Result assessAmmunitionToPrk(Path folder, String... more) {
        List<String> args = new ArrayList<>(List.of(
                "assess",
                "--supplier",
                "RUS",
                "--recipient",
                "PRK",
                "--items",
                "ammunition",
                "--date",
                "2023-09-01",
                "--regimes",
                folder.toString()));
        args.addAll(List.of(more));
        return Cli.runRaw(args.toArray(String[]::new));
    }
}
