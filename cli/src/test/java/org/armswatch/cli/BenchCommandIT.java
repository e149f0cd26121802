package org.armswatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/**
 * {@code armswatch bench}: the screen benchmark runs end to end on the real lists and a small
 * registry; the lists benchmark still runs.
 */
class BenchCommandIT {

    @Test
    void screenMeasuresTheListsAndASyntheticRegistry() {
        Cli.Result r = Cli.runRaw(
                "bench",
                "screen",
                "--lists",
                Cli.shared("data").toString(),
                "--names",
                "2000",
                "--queries",
                "40",
                "--baseline-queries",
                "3",
                "--warmup",
                "0.1",
                "--passes",
                "1",
                "--batch-seconds",
                "0.1",
                "--format",
                "json");
        assertThat(r.exit()).as(r.err()).isEqualTo(ExitCode.OK);
        JsonNode json = r.json();
        assertThat(json.get("benchmark").asText()).isEqualTo("screen");
        assertThat(json.get("list_entries").get("un").asInt()).isEqualTo(1000);
        JsonNode lists = json.get("indexes").get(0);
        assertThat(lists.get("entries").asInt()).isGreaterThan(25_000);
        assertThat(lists.get("single_ms").get("count").asInt()).isBetween(30, 40);
        assertThat(lists.get("single_ms").get("p99").asDouble()).isPositive();
        assertThat(lists.get("batch_names_per_second").asDouble()).isPositive();
        assertThat(lists.get("baseline").get("single_ms").get("count").asInt()).isEqualTo(3);
        JsonNode synthetic = json.get("indexes").get(1);
        assertThat(synthetic.get("names").asInt()).isEqualTo(2000);
        assertThat(synthetic.get("heap_bytes_after_build").asLong()).isPositive();
        assertThat(json.get("targets")).hasSize(6);
        assertThat(json.get("targets").get(0).get("target").asText()).isEqualTo("query median (ms)");
    }

    @Test
    void textOutputHasTheTableAndTheTargets() {
        Cli.Result r = Cli.runRaw(
                "bench",
                "screen",
                "--lists",
                Cli.shared("data/un").toString(),
                "--name-data",
                Cli.shared("data").toString(),
                "--names",
                "0",
                "--queries",
                "20",
                "--baseline-queries",
                "0",
                "--warmup",
                "0",
                "--passes",
                "1",
                "--batch-seconds",
                "0");
        assertThat(r.exit()).as(r.err()).isEqualTo(ExitCode.OK);
        assertThat(r.out()).contains("INDEX", "lists (1 sources)", "lists: un 1,000", "TARGET", "query p99 (ms)");
    }

    @Test
    void listsStillTimesLoadingTheLists() {
        Cli.Result r = Cli.runRaw(
                "bench", "lists", "--lists", Cli.shared("data/un").toString(), "--runs", "1", "--format", "json");
        assertThat(r.exit()).as(r.err()).isEqualTo(ExitCode.OK);
        assertThat(r.json().get("benchmark").asText()).isEqualTo("lists");
        assertThat(r.json().get("records").get("un").asInt()).isEqualTo(1000);
        assertThat(r.json().get("runs_seconds")).hasSize(1);
    }

    @Test
    void anUnknownBenchmarkOrBadCountIsAUsageError() {
        assertThat(Cli.runRaw(
                                "bench",
                                "nothing",
                                "--lists",
                                Cli.shared("data/un").toString())
                        .exit())
                .isEqualTo(ExitCode.USAGE);
        Cli.Result r =
                Cli.runRaw("bench", "screen", "--lists", Cli.shared("data/un").toString(), "--queries", "0");
        assertThat(r.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).contains("--queries");
    }
}
