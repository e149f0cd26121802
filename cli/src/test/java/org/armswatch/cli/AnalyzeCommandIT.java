package org.armswatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code analyze} and {@code eval extraction} end to end, with the real CoreNLP models and a real H2 store. */
class AnalyzeCommandIT {
    private static final String REPORT = """
            Iran ships drones to Russia by sea

            Iran delivered hundreds of attack drones to Russia over the summer, two officials said on Monday.

            "Tehran is now preparing to send ballistic missiles as well," said John Kirby, a spokesman for the \
            National Security Council.

            Iran has denied that it supplied any weapons to Russia for use in Ukraine.

            Vladimir Putin will meet Ebrahim Raisi in Tehran next month, the Kremlin said.""";

    @TempDir
    Path home;

    @TempDir
    Path files;

    Cli cli;

    @BeforeEach
    void setUp() {
        cli = new Cli(home);
    }

    @Test
    void aFileIsReadAnalysedStoredAndWrittenInTheGoldSchema() throws IOException {
        Path report = files.resolve("drones.txt");
        Files.writeString(report, REPORT);
        Path out = files.resolve("gold");

        Cli.Result r = cli.run("analyze", report.toString(), "--format", "gold", "--out", out.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode written = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(out.resolve("drones.json").toFile());
        assertThat(written.get("doc").asText()).isEqualTo("drones.txt");
        assertThat(written.get("transfers").toString())
                .contains("\"supplier\":\"IRN\"", "\"recipient\":\"RUS\"", "drones");
        assertThat(written.get("quotes").get(0).get("speaker").asText()).isEqualTo("John Kirby");
        assertThat(written.get("denials").get(0).get("denier").asText()).isEqualTo("IRN");
        assertThat(written.get("meetings").get(0).get("status").asText()).isEqualTo("planned");

        // The article is stored; analysing it again by its id replaces the results.
        JsonNode again = cli.run("analyze", "1", "--format", "json").json();
        assertThat(again).hasSize(1);
        assertThat(again.get(0).get("article").asLong()).isEqualTo(1);
        assertThat(again.get(0).get("transfers").size())
                .isEqualTo(written.get("transfers").size());
        assertThat(cli.run("analyze", "1").out())
                .contains("SUPPLIER", "IRN", "drones", "meeting (planned)", "actors: state:IRN, state:RUS");
    }

    @Test
    void articlesThatCannotBeAnalysedAreSkippedWithTheirReason() throws IOException {
        Files.writeString(
                files.resolve("russian.txt"),
                "Заголовок\n\nРоссия закупает у Северной Кореи артиллерийские снаряды и ракеты, сообщили в четверг"
                        + " официальные лица в Вашингтоне.");
        Files.writeString(files.resolve("drones.txt"), REPORT);

        Cli.Result r = cli.run("analyze", files.toString(), "404");
        assertThat(r.exit()).isEqualTo(ExitCode.REFUSED);
        assertThat(r.err()).contains("not in English", "no article 404");
        assertThat(r.out()).contains("IRN");
        assertThat(cli.run("analyze").exit()).isEqualTo(ExitCode.USAGE);
        assertThat(cli.run("analyze", "--all", "--format", "gold").exit()).isEqualTo(ExitCode.USAGE);
    }

    @Test
    void evalExtractionScoresTheSeedReportsAgainstTheGold() {
        Cli.Result r = Cli.runRaw(
                "eval",
                "extraction",
                "--gold",
                Cli.shared("gold").toString(),
                "--articles",
                Cli.shared("seeds").toString(),
                "--format",
                "json");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode json = r.json();
        assertThat(json.get("transfers").get("lenient").get("f1").asDouble()).isGreaterThan(0.6);
        assertThat(json.get("quotes").get("attributed").asDouble()).isGreaterThanOrEqualTo(0.9);
        assertThat(json.get("clusters").get("b3_f1").asDouble()).isGreaterThan(0.9);
        assertThat(json.get("per_article")).hasSize(5);
    }

    @Test
    void aMalformedGoldFileIsNamed() throws IOException {
        Path gold = files.resolve("gold");
        Files.createDirectories(gold);
        Files.writeString(gold.resolve("a.json"), "{\"doc\": \"a.txt\", \"transfers\": [{\"supplier\": \"IRN\"}]}");
        Files.writeString(gold.resolve("clusters.json"), "{\"people\": [], \"parties\": []}");
        Cli.Result r = Cli.runRaw("eval", "extraction", "--gold", gold.toString(), "--predictions", gold.toString());
        assertThat(r.exit()).isEqualTo(ExitCode.REFUSED);
        assertThat(r.err()).contains("a.json", "transfers[0]");
    }
}
