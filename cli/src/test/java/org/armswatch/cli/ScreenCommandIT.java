package org.armswatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code screen} end to end against real lists in a real H2 store. */
class ScreenCommandIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path home;

    @TempDir
    Path files;

    Cli cli;

    @BeforeEach
    void setUp() {
        cli = new Cli(home);
    }

    private void loadUnAndUk() {
        Cli.Result r = cli.run(
                "lists",
                "update",
                "--from",
                Cli.shared("data/un/un_consolidated_2025-11-20.xml").toString(),
                "--from",
                Cli.shared("data/uk/uk_sanctions_list_2025-08-11.csv").toString());
        assertThat(r.exit()).as(r.err()).isZero();
    }

    @Test
    void withoutListsScreeningRefusesRatherThanAnswerNoMatch() {
        Cli.Result r = cli.run("screen", "Anyone At All");

        assertThat(r.exit()).isEqualTo(7);
        assertThat(r.err()).contains("no sanctions lists are loaded");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void aListThatIsNotLoadedIsRefused() {
        loadUnAndUk();

        Cli.Result r = cli.run("screen", "Anyone", "--lists", "un,eu");

        assertThat(r.exit()).isEqualTo(7);
        assertThat(r.err()).contains("--lists eu: no such list is loaded");
    }

    @Test
    void oneNameGivesRankedResultsWithExplanationsAndAnAuditRecord() {
        loadUnAndUk();

        JsonNode out = cli.run("screen", "Munitions Industry Department", "--format", "json")
                .json();

        JsonNode results = out.get("results");
        assertThat(results.size()).isGreaterThanOrEqualTo(2);
        List<String> ids = new ArrayList<>();
        results.forEach(r -> ids.add(r.get("id").asText()));
        assertThat(ids).contains("un:KPe.028", "uk:DPR0177");
        JsonNode first = results.get(0);
        assertThat(first.get("match").asBoolean()).isTrue();
        assertThat(first.get("score").asDouble()).isBetween(0.7, 1.0);
        assertThat(first.get("list_version").asLong()).isPositive();
        assertThat(first.get("explanation").get("tokens")).isNotEmpty();
        assertThat(first.get("explanation").get("features").has("name")).isTrue();
        assertThat(out.get("list_versions")).hasSize(2);
        assertThat(out.get("audit_id").asLong()).isPositive();
    }

    @Test
    void onlyMatchesByDefaultAndCandidatesOnRequest() {
        loadUnAndUk();
        String[] strict = {"screen", "Munitions Industry Departement", "--threshold", "0.999", "--format", "json"};
        List<String> withCandidates = new ArrayList<>(List.of(strict));
        withCandidates.addAll(List.of("--candidates", "3"));

        JsonNode none = cli.run(strict).json();
        JsonNode some = cli.run(withCandidates.toArray(String[]::new)).json();

        assertThat(none.get("results")).isEmpty();
        assertThat(some.get("results").size()).isBetween(1, 3);
        some.get("results").forEach(r -> assertThat(r.get("match").asBoolean()).isFalse());
        assertThat(some.get("results").get(0).get("id").asText()).isIn("un:KPe.028", "uk:DPR0177");
    }

    @Test
    void badNamesAreUsageErrors() {
        loadUnAndUk();

        assertThat(cli.run("screen", "  ").exit()).isEqualTo(2);
        Cli.Result punctuation = cli.run("screen", "!!! ---");
        assertThat(punctuation.exit()).isEqualTo(2);
        assertThat(punctuation.err()).contains("no letters or digits");
        Cli.Result tooLong = cli.run("screen", "a".repeat(600));
        assertThat(tooLong.exit()).isEqualTo(2);
        assertThat(tooLong.err()).contains("600 characters long");
        assertThat(cli.run("screen", "Someone", "--country", "Atlantis").exit()).isEqualTo(2);
    }

    @Test
    void aCsvBatchKeepsRowOrderPassesColumnsThroughAndReportsBadRows() throws Exception {
        loadUnAndUk();
        Path in = files.resolve("in.csv");
        Files.writeString(in, """
                ref,name,country,note
                r1,Munitions Industry Department,KP,first
                r2,,,empty name
                r3,Gwendolyn Featherstonehaugh,GB,nobody
                r4,Someone,Atlantis,bad country
                """);
        Path out = files.resolve("out.jsonl");

        Cli.Result r = cli.run("screen", "--csv", in.toString(), "--out", out.toString(), "--format", "jsonl");

        assertThat(r.exit()).as(r.err()).isZero();
        List<String> lines = Files.readAllLines(out);
        assertThat(lines).hasSize(4);
        JsonNode first = JSON.readTree(lines.get(0));
        assertThat(first.get("id").asText()).isEqualTo("1");
        assertThat(first.get("query").asText()).isEqualTo("Munitions Industry Department");
        assertThat(first.get("results").get(0).get("match").asBoolean()).isTrue();
        assertThat(JSON.readTree(lines.get(1)).get("error").asText()).contains("empty");
        assertThat(JSON.readTree(lines.get(2)).get("results")).isEmpty();
        assertThat(JSON.readTree(lines.get(3)).get("error").asText()).contains("Atlantis");
        assertThat(r.err()).contains("screened 4 rows: 1 with matches, 2 errors");
    }

    @Test
    void aCsvBatchToCsvUsesTheIdColumnAndAddsResultColumns() throws Exception {
        loadUnAndUk();
        Path in = files.resolve("in.csv");
        Files.writeString(
                in, "id,name,extra\nA-1,MUNITIONS INDUSTRY DEPARTMENT,x\nA-2,Gwendolyn Featherstonehaugh,y\n");
        Path out = files.resolve("out.csv");

        assertThat(cli.run("screen", "--csv", in.toString(), "--out", out.toString())
                        .exit())
                .isZero();

        List<String> lines = Files.readAllLines(out);
        assertThat(lines.get(0))
                .isEqualTo(
                        "id,name,extra,screen_status,screen_error,match_count,best_id,best_caption,best_score,best_source,matches");
        assertThat(lines.get(1)).startsWith("A-1,MUNITIONS INDUSTRY DEPARTMENT,x,ok,,");
        assertThat(lines.get(2)).startsWith("A-2,Gwendolyn Featherstonehaugh,y,ok,,0,");
    }

    @Test
    void aCsvWithoutANameColumnIsRefusedNamingTheHeader() throws Exception {
        loadUnAndUk();
        Path in = files.resolve("in.csv");
        Files.writeString(in, "id,fullname\n1,Someone\n");

        Cli.Result r = cli.run(
                "screen",
                "--csv",
                in.toString(),
                "--out",
                files.resolve("o.csv").toString());

        assertThat(r.exit()).isEqualTo(3);
        assertThat(r.err()).contains("line 1: the header has no 'name' column");
    }

    @Test
    void brokenQuotingNamesTheLine() throws Exception {
        loadUnAndUk();
        Path in = files.resolve("in.csv");
        Files.writeString(in, "id,name\n1,Someone\n2,\"Open quote never closed\n3,Other\n");

        Cli.Result r = cli.run(
                "screen",
                "--csv",
                in.toString(),
                "--out",
                files.resolve("o.csv").toString());

        assertThat(r.exit()).isEqualTo(3);
        assertThat(r.err()).contains("broken CSV").containsPattern("line \\d+");
    }

    @Test
    void invalidUtf8NamesTheByteOffset() throws Exception {
        loadUnAndUk();
        Path in = files.resolve("in.csv");
        byte[] head = "id,name\n1,Caf".getBytes(StandardCharsets.US_ASCII);
        byte[] bytes = new byte[head.length + 2];
        System.arraycopy(head, 0, bytes, 0, head.length);
        bytes[head.length] = (byte) 0xE9;
        bytes[head.length + 1] = '\n';
        Files.write(in, bytes);

        Cli.Result r = cli.run(
                "screen",
                "--csv",
                in.toString(),
                "--out",
                files.resolve("o.csv").toString());

        assertThat(r.exit()).isEqualTo(3);
        assertThat(r.err()).contains("not valid UTF-8 at byte offset " + head.length);
    }

    @Test
    void theAuditTrailRecordsEveryRun() throws Exception {
        loadUnAndUk();
        cli.run("screen", "Munitions Industry Department");
        cli.run("screen", "Someone Else Entirely");
        Path in = files.resolve("in.csv");
        Files.writeString(in, "name\nSomebody\n");
        cli.run(
                "screen",
                "--csv",
                in.toString(),
                "--out",
                files.resolve("o.csv").toString());

        JsonNode third = cli.run("screen", "Sergei Shoigu", "--format", "json").json();

        assertThat(third.get("audit_id").asLong()).isEqualTo(4);
    }
}
