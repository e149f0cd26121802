package org.armswatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.armswatch.lists.Digests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code lists update|status|versions|diff|show} end to end on the real lists, with a real H2 store. */
class ListsCommandIT {
    private static final Path UN_2024 = Cli.shared("data/un/un_consolidated_2024-09-26.xml");
    private static final Path UN_2025 = Cli.shared("data/un/un_consolidated_2025-11-20.xml");

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
    void diffBetweenUnVersionsShowsTheReinstatedIranEntries() {
        assertThat(cli.run("lists", "update", "--from", UN_2024.toString()).exit())
                .isZero();
        assertThat(cli.run("lists", "update", "--from", UN_2025.toString()).exit())
                .isZero();

        JsonNode diff = cli.run("lists", "diff", "un", "--format", "json").json();

        List<String> added = ids(diff.get("added"));
        assertThat(added).contains("un:IRe.001", "un:IRi.001");
        assertThat(added.stream().filter(id -> id.startsWith("un:IRe.")).count())
                .isEqualTo(78);
        assertThat(added.stream().filter(id -> id.startsWith("un:IRi.")).count())
                .isEqualTo(43);
        assertThat(added).hasSize(130);
        assertThat(ids(diff.get("removed")))
                .containsExactly("un:LYi.020", "un:QDi.095", "un:QDi.317", "un:QDi.328", "un:QDi.336");
        assertThat(diff.get("from").get("published").asText()).startsWith("2024-09-26");
        assertThat(diff.get("to").get("published").asText()).startsWith("2025-11-20");
    }

    @Test
    void statusReportsPublisherDateCountAndHashOfTheActiveVersion() throws IOException {
        cli.run("lists", "update", "--from", UN_2025.toString());

        JsonNode status = cli.run("lists", "status", "--format", "json").json();

        assertThat(status).hasSize(1);
        JsonNode un = status.get(0);
        assertThat(un.get("source").asText()).isEqualTo("un");
        assertThat(un.get("records").asInt()).isEqualTo(1000);
        assertThat(un.get("published").asText()).isEqualTo("2025-11-20T23:00:09.067Z");
        assertThat(un.get("date_basis").asText()).isEqualTo("publisher");
        assertThat(un.get("sha256").asText()).isEqualTo(Digests.sha256(UN_2025));
        assertThat(un.get("stale").asBoolean()).isTrue();
        assertThat(un.get("terms").asText()).contains("United Nations");
    }

    @Test
    void loadingTheSameBytesAgainChangesNothing() {
        cli.run("lists", "update", "--from", UN_2025.toString());

        Cli.Result again = cli.run("lists", "update", "--from", UN_2025.toString(), "--format", "json");

        assertThat(again.exit()).isZero();
        assertThat(again.json().get("items").get(0).get("status").asText()).isEqualTo("unchanged");
        assertThat(cli.run("lists", "versions", "--format", "json").json()).hasSize(1);
    }

    @Test
    void aTruncatedFileIsRefusedAndTheActiveVersionKept() throws IOException {
        cli.run("lists", "update", "--from", UN_2024.toString());
        byte[] bytes = Files.readAllBytes(UN_2025);
        Path cut = files.resolve("un_cut.xml");
        Files.write(cut, Arrays.copyOf(bytes, bytes.length / 2));

        Cli.Result r = cli.run("lists", "update", "--from", cut.toString());

        assertThat(r.exit()).isEqualTo(3);
        assertThat(r.err()).contains("refused: ").contains(cut.toString());
        assertActive("un", 1, 875);
    }

    @Test
    void aFileWithADoctypeIsRefused() throws IOException {
        cli.run("lists", "update", "--from", UN_2024.toString());
        String xml = Files.readString(UN_2025);
        Path evil = files.resolve("un_doctype.xml");
        Files.writeString(
                evil,
                xml.replaceFirst(
                        "<CONSOLIDATED_LIST",
                        "<!DOCTYPE CONSOLIDATED_LIST [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n<CONSOLIDATED_LIST"));

        Cli.Result r = cli.run("lists", "update", "--from", evil.toString());

        assertThat(r.exit()).isEqualTo(3);
        assertThat(r.err()).contains("DOCTYPE");
        assertActive("un", 1, 875);
    }

    @Test
    void anOlderVersionIsRefusedUnlessAllowed() {
        cli.run("lists", "update", "--from", UN_2025.toString());

        Cli.Result refused = cli.run("lists", "update", "--from", UN_2024.toString());
        assertThat(refused.exit()).isEqualTo(3);
        assertThat(refused.err()).contains("older than the active version").contains("--allow-older");
        assertActive("un", 1, 1000);

        Cli.Result shrinking = cli.run("lists", "update", "--from", UN_2024.toString(), "--allow-older");
        assertThat(shrinking.err()).contains("would shrink un from 1000 to 875");
        Cli.Result allowed =
                cli.run("lists", "update", "--from", UN_2024.toString(), "--allow-older", "--accept-shrink");
        assertThat(allowed.exit()).isZero();
        assertActive("un", 2, 875);
    }

    @Test
    void aVersionThatShrinksTheListByMoreThanTenPercentIsRefusedUnlessAccepted() throws IOException {
        cli.run("lists", "update", "--from", UN_2024.toString());
        Path small = files.resolve("un_small.xml");
        Files.writeString(
                small,
                dropIndividuals(Files.readString(UN_2025), 300)
                        .replace(
                                "dateGenerated=\"2025-11-20T23:00:09.067Z\"",
                                "dateGenerated=\"2025-11-21T00:00:00.000Z\""));

        Cli.Result refused = cli.run("lists", "update", "--from", small.toString());
        assertThat(refused.exit()).isEqualTo(3);
        assertThat(refused.err()).contains("would shrink un from 875 to 700").contains("--accept-shrink");
        assertActive("un", 1, 875);

        assertThat(cli.run("lists", "update", "--from", small.toString(), "--accept-shrink")
                        .exit())
                .isZero();
        assertActive("un", 2, 700);
    }

    @Test
    void aFileWhoseRecordCountDisagreesWithItsHeaderIsRefused() throws IOException {
        Path source = Cli.shared("data/ofac/cons_nonsdn_2024-05-06.xml");
        Path wrong = files.resolve("cons.xml");
        Files.writeString(
                wrong,
                Files.readString(source)
                        .replace("<Record_Count>443</Record_Count>", "<Record_Count>450</Record_Count>"));

        cli.run("lists", "update", "--from", source.toString());

        Cli.Result r = cli.run("lists", "update", "--from", wrong.toString());

        assertThat(r.exit()).isEqualTo(3);
        assertThat(r.err()).contains("declares 450 records but holds 443");
        assertActive("ofac-cons", 1, 443);
    }

    @Test
    void recordQuirksAreReportedWithTheirRecordIds() {
        Cli.Result r = cli.run(
                "lists",
                "update",
                "--from",
                Cli.shared("data/uk/uk_sanctions_list_2025-08-11.csv").toString());
        assertThat(r.exit()).isZero();
        assertThat(r.err()).contains("blank-name 2 (BEL0174, RUS1467)");

        JsonNode uk = cli.run("lists", "status", "--format", "json").json().get(0);
        assertThat(uk.get("records").asInt()).isEqualTo(5302);
        assertThat(uk.get("date_basis").asText()).isEqualTo("file_name");
        assertThat(uk.get("published").asText()).startsWith("2025-08-11");
        assertThat(ids(uk.get("quirk_summary").get("blank-name").get("records")))
                .containsExactly("BEL0174", "RUS1467");
    }

    @Test
    void aDateGivenWithDateOptionDatesAFileWithoutOne() throws IOException {
        Path copy = files.resolve("list.csv");
        Files.copy(Cli.shared("data/uk/uk_sanctions_list_2025-08-11.csv"), copy);

        cli.run("lists", "update", "--from", copy.toString(), "--date", "2025-08-12");

        JsonNode uk = cli.run("lists", "status", "--format", "json").json().get(0);
        assertThat(uk.get("published").asText()).startsWith("2025-08-12");
        assertThat(uk.get("date_basis").asText()).isEqualTo("option");
    }

    @Test
    void showPrintsAnEntryWithItsSanctionAndTheSamePartyInOtherLists() {
        cli.run(
                "lists",
                "update",
                "--from",
                UN_2025.toString(),
                "--from",
                Cli.shared("data/uk/uk_sanctions_list_2025-08-11.csv").toString(),
                "--from",
                Cli.shared("data/opensanctions/zala/entities.ftm.json").toString());

        JsonNode un = cli.run("lists", "show", "un:KPe.028", "--format", "json")
                .json()
                .get(0);
        assertThat(un.get("entity").get("caption").asText()).isEqualTo("MUNITIONS INDUSTRY DEPARTMENT");
        assertThat(un.get("entity").get("properties").get("previousName").get(0).asText())
                .isEqualTo("MACHINE INDUSTRY DEPARTMENT");
        JsonNode sanction = un.get("adjacent").get(0);
        assertThat(sanction.get("schema").asText()).isEqualTo("Sanction");
        assertThat(sanction.get("properties").get("listingDate").get(0).asText())
                .isEqualTo("2016-03-02");

        JsonNode zakharova = cli.run("lists", "show", "os:NK-DQ98GPMgdVH8DSZd8g9Xtc", "--format", "json")
                .json()
                .get(0);
        assertThat(ids(zakharova.get("linked"))).contains("uk:RUS2050");

        Cli.Result text = cli.run("lists", "show", "un:KPe.028");
        assertThat(text.out())
                .contains("formerly", "MACHINE INDUSTRY DEPARTMENT", "country         PRK", "listed 2016-03-02");
    }

    @Test
    void showOfAnUnknownIdExitsNotFound() {
        cli.run("lists", "update", "--from", UN_2025.toString());

        Cli.Result r = cli.run("lists", "show", "un:XXi.999");

        assertThat(r.exit()).isEqualTo(5);
        assertThat(r.err()).contains("no entry 'un:XXi.999'");
    }

    @Test
    void versionsListsEveryLoadAndMarksTheActiveOne() {
        cli.run("lists", "update", "--from", UN_2024.toString());
        cli.run("lists", "update", "--from", UN_2025.toString());

        JsonNode versions =
                cli.run("lists", "versions", "un", "--format", "json").json();

        assertThat(versions).hasSize(2);
        assertThat(versions.get(0).get("active").asBoolean()).isFalse();
        assertThat(versions.get(1).get("active").asBoolean()).isTrue();
        assertThat(cli.run("lists", "versions", "eu").exit()).isEqualTo(5);
    }

    @Test
    void aFolderIsLoadedOldestFirstAndUnknownFilesAreSkipped() throws IOException {
        Files.copy(UN_2025, files.resolve("b.xml"));
        Files.copy(UN_2024, files.resolve("a-newer-name.xml"));
        Files.writeString(files.resolve("notes.txt"), "not a list\n");

        Cli.Result r = cli.run("lists", "update", "--from", files.toString(), "--format", "json");

        assertThat(r.exit()).isZero();
        assertThat(r.json().get("summary").get("loaded").asInt()).isEqualTo(2);
        assertThat(r.json().get("summary").get("skipped").asInt()).isEqualTo(1);
        assertActive("un", 2, 1000);
    }

    private void assertActive(String source, long version, int records) {
        JsonNode status = cli.run("lists", "status", "--format", "json").json();
        JsonNode row = null;
        for (JsonNode r : status) {
            if (r.get("source").asText().equals(source)) {
                row = r;
            }
        }
        assertThat(row).as("active version of " + source).isNotNull();
        assertThat(row.get("version").asLong()).isEqualTo(version);
        assertThat(row.get("records").asInt()).isEqualTo(records);
    }

    private static List<String> ids(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.has("id") ? n.get("id").asText() : n.asText()));
        return out;
    }

    private static String dropIndividuals(String xml, int count) {
        Matcher m = Pattern.compile("<INDIVIDUAL>.*?</INDIVIDUAL>\\s*", Pattern.DOTALL)
                .matcher(xml);
        StringBuilder out = new StringBuilder();
        int dropped = 0;
        while (m.find()) {
            m.appendReplacement(out, dropped++ < count ? "" : Matcher.quoteReplacement(m.group()));
        }
        m.appendTail(out);
        return out.toString();
    }
}
