package org.armswatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

/**
 * {@code report}, {@code export} and {@code link} end to end: articles ingested with their outlet and
 * date, analysed with the real CoreNLP models, and read back as the transfer register from a real H2
 * store.
 */
class RegisterCommandsIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String FIRST = """
            Shells by rail

            Belarus delivered artillery shells to Russia in February, two officials said on Monday.

            Alexander Lukashenko has denied that Belarus sent any shells to Russia.""";

    private static final String SECOND = """
            A second look at the shells

            Russia received artillery shells from Belarus last month, a defence ministry source said.

            Kim Jong Sik, a North Korean official, was seen in Minsk in January, the source added.""";

    @TempDir
    Path home;

    @TempDir
    Path files;

    private Cli analysed() throws IOException {
        Cli cli = new Cli(home);
        Files.writeString(files.resolve("first.txt"), FIRST);
        Files.writeString(files.resolve("copy.txt"), FIRST + "\n");
        Files.writeString(files.resolve("second.txt"), SECOND);
        ingest(cli, "first.txt", "Harbour Times", "2024-03-01");
        ingest(cli, "copy.txt", "Hometown Gazette", "2024-03-02");
        ingest(cli, "second.txt", "Evening Courier", "2024-03-05");
        Cli.Result r = cli.run("analyze", "--all");
        assertThat(r.exit()).as(r.err()).isZero();
        return cli;
    }

    private void ingest(Cli cli, String file, String outlet, String date) {
        Cli.Result r = cli.run("ingest", files.resolve(file).toString(), "--outlet", outlet, "--published", date);
        assertThat(r.exit()).as(r.err()).isZero();
    }

    @Test
    void theRegisterGroupsTheClaimsAndCountsACopyOnce() throws Exception {
        Cli cli = analysed();

        JsonNode report = cli.run("report", "--format", "json").json();
        assertThat(report.get("articles").asInt()).isEqualTo(3);
        JsonNode group = report.get("groups").get(0);
        assertThat(group.get("id").asText()).isEqualTo("BLR-RUS-1");
        assertThat(group.get("status").asText()).isEqualTo("delivered");
        assertThat(group.get("claims").size()).isEqualTo(3);
        assertThat(group.get("independent_sources").asInt()).isEqualTo(2);
        assertThat(group.get("sources").toString()).contains("Harbour Times", "Evening Courier");
        assertThat(group.get("denials").toString()).contains("BLR");
        // Assessed on the date of the article that told the strongest status: Belarus to Russia falls
        // under no UN embargo, only under the EU, US and UK measures on Russia.
        assertThat(group.get("date").asText()).isEqualTo("2024-03-01");
        assertThat(group.get("date_basis").asText()).isEqualTo("published");
        assertThat(group.get("assessment").get("verdict").asText()).isEqualTo("autonomous_measure");
        assertThat(group.get("assessment").get("caveats").toString()).contains("own_jurisdiction_only");

        JsonNode stored = cli.run("assess", "--all", "--format", "json").json();
        assertThat(stored).hasSize(3);
        assertThat(stored.get(0).get("claim_group").asText()).isEqualTo("BLR-RUS-1");
        assertThat(stored.get(0).get("assessment").get("verdict").asText()).isEqualTo("autonomous_measure");
        assertThat(cli.run("assess", "--all").out()).contains("ARTICLE", "autonomous_measure");
        assertThat(cli.run("assess", "--all", "--supplier", "BLR").exit()).isEqualTo(ExitCode.USAGE);

        assertThat(cli.run("report").out())
                .contains("# Transfer register", "## BLR → RUS", "| article |", "**Assessment** (on 2024-03-01)");
        assertThat(cli.run("report", "--format", "html").out()).contains("<section id=\"BLR-RUS-1\">", "</html>");
        String csv = cli.run("report", "--format", "csv").out();
        assertThat(csv.lines().findFirst().orElseThrow()).startsWith("id,supplier,recipient,items,status");
        assertThat(csv).contains("BLR-RUS-1");

        Path out = files.resolve("register.md");
        Cli.Result written = cli.run("report", "--out", out.toString());
        assertThat(written.err()).contains("wrote " + out);
        assertThat(Files.readString(out)).contains("## BLR → RUS");
    }

    @Test
    void exportsForOtherTools() throws Exception {
        Cli cli = analysed();

        String ftm = cli.run("export", "--format", "ftm").out();
        assertThat(ftm.lines().map(line -> {
                    try {
                        return JSON.readTree(line).get("schema").asText();
                    } catch (IOException e) {
                        throw new AssertionError("not a JSON line: " + line, e);
                    }
                }))
                .contains("Article", "Organization", "Event", "Documentation");
        assertThat(ftm).contains("\"involved\":[\"aw-state-BLR\",\"aw-state-RUS\"]");

        String csv = cli.run("export", "--format", "csv").out();
        assertThat(csv.lines()).hasSize(4).allSatisfy(line -> assertThat(line).doesNotStartWith("="));

        Document graph = DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(new InputSource(new StringReader(
                        cli.run("export", "--format", "graphml").out())));
        assertThat(graph.getElementsByTagName("node").getLength()).isEqualTo(2);
        assertThat(graph.getElementsByTagName("edge").getLength()).isEqualTo(1);

        assertThat(cli.run("export").exit()).isEqualTo(ExitCode.USAGE);
    }

    @Test
    void anAnalystsJudgementOnALinkIsStoredAndRespected() throws Exception {
        Cli cli = analysed();
        String actor = "person:alexander-lukashenko";

        Cli.Result noLists = cli.run("link", "confirm", actor, "un:KPe.028");
        assertThat(noLists.exit()).isEqualTo(ExitCode.UNAVAILABLE);
        assertThat(noLists.err()).contains("no lists loaded");

        Cli.Result load = cli.run(
                "lists",
                "update",
                "--from",
                Cli.shared("data/un/un_consolidated_2025-11-20.xml").toString());
        assertThat(load.exit()).as(load.err()).isZero();
        assertThat(cli.run("link", "confirm", actor, "un:NOPE.1").exit()).isEqualTo(ExitCode.NOT_FOUND);
        assertThat(cli.run("link", "confirm", "Lukashenko", "un:KPe.028").exit())
                .isEqualTo(ExitCode.USAGE);

        // Screening links the people named to the list's entries, with the score and how the words aligned.
        JsonNode found = cli.run("report", "--format", "json")
                .json()
                .get("actors")
                .get("person:kim-jong-sik")
                .get("links")
                .get(0);
        assertThat(found.get("entry").asText()).isEqualTo("un:KPi.066");
        assertThat(found.get("score").asDouble()).isGreaterThanOrEqualTo(0.8);
        assertThat(found.get("why").toString()).contains("sik");

        Cli.Result confirmed = cli.run("link", "confirm", actor, "un:KPe.028", "--note", "test link", "--by", "ann");
        assertThat(confirmed.exit()).as(confirmed.err()).isZero();
        assertThat(cli.run("link", "list").out()).contains(actor, "un:KPe.028", "confirmed", "ann", "test link");
        JsonNode links = cli.run("report", "--format", "json")
                .json()
                .get("actors")
                .get(actor)
                .get("links");
        assertThat(links.toString()).contains("un:KPe.028", "confirmed");

        // Re-analysis keeps the judgement: actor ids come from what the actor resolves to.
        assertThat(cli.run("analyze", "--all").exit()).isZero();
        cli.run("link", "reject", actor, "un:KPe.028");
        assertThat(cli.run("report", "--format", "json")
                        .json()
                        .get("actors")
                        .get(actor)
                        .get("links")
                        .toString())
                .doesNotContain("un:KPe.028");
    }
}
