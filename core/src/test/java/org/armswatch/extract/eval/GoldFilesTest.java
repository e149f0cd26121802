package org.armswatch.extract.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.armswatch.lists.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class GoldFilesTest {
    private static final Path GOLD = TestData.shared("gold");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    static Stream<Path> goldFiles() throws IOException {
        try (Stream<Path> files = Files.list(GOLD)) {
            return files
                    .filter(p -> p.toString().endsWith(".json"))
                    .filter(p -> !p.getFileName().toString().equals(GoldFiles.CLUSTERS_FILE))
                    .sorted()
                    .toList()
                    .stream();
        }
    }

    @Test
    void readsTheGoldFolderKeyedByDoc() throws Exception {
        Map<String, Annotations> gold = GoldFiles.readFolder(GOLD);

        assertThat(gold)
                .containsOnlyKeys(
                        "000_206219e46a845f3a.txt",
                        "001_71c5f43a907d2190.txt",
                        "002_ba22f5359142a760.txt",
                        "003_c3f0d2d83e8c9439.txt",
                        "004_e5225d6b5d5398ce.txt");
        gold.forEach((doc, a) -> assertThat(a.doc()).isEqualTo(doc));
    }

    @Test
    void readsEveryFieldOfTheGold() throws Exception {
        Map<String, Annotations> gold = GoldFiles.readFolder(GOLD);
        Annotations cbn = gold.get("000_206219e46a845f3a.txt");
        Annotations post = gold.get("004_e5225d6b5d5398ce.txt");

        assertThat(cbn.outlet()).isEqualTo("CBN News");
        assertThat(cbn.published()).isEqualTo(LocalDate.of(2023, 9, 6));
        assertThat(cbn.transfers().get(4))
                .isEqualTo(new Transfer(
                        "IRN",
                        "RUS",
                        null,
                        List.of("drones"),
                        "requested",
                        6000,
                        "leaked documents",
                        "Putin reaching out to the Iranians, as well, to help Russia build over 6,000 attack drones",
                        false));
        assertThat(cbn.transfers().get(5).claimedBy()).isNull();
        assertThat(cbn.transfers().get(7).optional()).isTrue();
        assertThat(cbn.meetings().get(1).place()).isNull();
        assertThat(cbn.meetings().get(0).when()).isEqualTo("2019-04");
        assertThat(cbn.quotes().get(2)).isEqualTo(new Quote("Jake Sullivan", "I think it says a lot", null));
        assertThat(cbn.people().get(0))
                .isEqualTo(new Person("Vladimir Putin", List.of("Vladimir Putin", "Putin"), "President of Russia"));
        assertThat(post.transfers().get(4).endUser()).isEqualTo("wagner-group");
        assertThat(post.denials())
                .containsExactly(new Denial(
                        "PRK",
                        "PRK->RUS arms sales",
                        "North Korea has publicly stated that it will not sell arms to Russia",
                        false));
        assertThat(gold.get("001_71c5f43a907d2190.txt").sanctions().get(0).basis())
                .isEqualTo("trying to broker arms deals between Moscow and Pyongyang");
    }

    @Test
    void readsTheClusters() throws Exception {
        Clusters clusters = GoldFiles.readClusters(GOLD.resolve("clusters.json"));

        assertThat(clusters.people()).hasSize(21);
        assertThat(clusters.people().get("Jake Sullivan"))
                .containsExactly("Jake Sullivan", "Jack Sullivan", "Sullivan");
        assertThat(clusters.parties()).hasSize(9);
        assertThat(clusters.parties().get("USA")).contains("White House", "U.S.");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goldFiles")
    void writeThenReadGivesTheSameAnnotations(Path file) throws Exception {
        Annotations gold = GoldFiles.read(file);
        Path copy = tmp.resolve(file.getFileName());

        GoldFiles.write(gold, copy);

        assertThat(GoldFiles.read(copy)).isEqualTo(gold);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goldFiles")
    void writesTheGoldsOwnJson(Path file) throws Exception {
        Path copy = tmp.resolve(file.getFileName());

        GoldFiles.write(GoldFiles.read(file), copy);

        assertThat(JSON.readTree(copy.toFile())).isEqualTo(JSON.readTree(file.toFile()));
    }

    @Test
    void omitsAbsentFieldsAsTheGoldDoes() throws Exception {
        Transfer t = new Transfer("PRK", "RUS", null, List.of("ammunition"), "requested", null, null, "sells", false);
        Meeting m = new Meeting(List.of("RUS", "PRK"), null, null, "planned", "will meet", false);
        Annotations a = new Annotations(
                "x.txt",
                null,
                null,
                List.of(t),
                List.of(m),
                List.of(),
                List.of(),
                List.of(new Quote("Jake Sullivan", null, "It says a lot.")),
                List.of(new Person("Jake Sullivan", List.of("Sullivan"), null)));
        Path file = tmp.resolve("x.json");

        GoldFiles.write(a, file);
        String text = Files.readString(file);

        assertThat(text)
                .doesNotContain("quantity", "end_user", "claimed_by", "optional", "starts", "affiliation")
                .contains("\"place\": null", "\"when\": null", "\"text\": \"It says a lot.\"");
        assertThat(GoldFiles.read(file)).isEqualTo(a);
    }

    @Test
    void writesOptionalAndQuantityWhenPresent() throws Exception {
        Transfer t = new Transfer(
                "IRN", "RUS", "wagner-group", List.of("drones"), "requested", 6000, "officials", "help", true);
        Annotations a = Build.empty("y.txt");
        a = new Annotations(
                "y.txt",
                "Outlet",
                LocalDate.of(2023, 9, 1),
                List.of(t),
                a.meetings(),
                a.sanctions(),
                a.denials(),
                a.quotes(),
                a.people());
        Path file = tmp.resolve("y.json");

        GoldFiles.write(a, file);

        assertThat(Files.readString(file))
                .contains(
                        "\"optional\": true",
                        "\"quantity\": 6000",
                        "\"end_user\": \"wagner-group\"",
                        "\"published\": \"2023-09-01\"");
        assertThat(GoldFiles.read(file)).isEqualTo(a);
    }

    private static final String TRANSFER =
            "{\"supplier\": \"PRK\", \"recipient\": \"RUS\", \"items\": [\"ammunition\"], \"status\": \"agreed\","
                    + " \"evidence\": \"e\"}";

    @ParameterizedTest(name = "{1}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                // file content (NL: a line break) | expected message after the file name
                "{\"doc\": \"d.txt\", \"transfers\": [TRANSFER, {\"supplier\": \"PRK\", \"recipient\": \"RUS\", \"items\": [\"ammunition\"], \"status\": \"soon\", \"evidence\": \"e\"}]}"
                        + " | transfers[1].status: 'soon' is not one of requested, negotiating, potential, agreed, delivered",
                "{\"doc\": \"d.txt\", \"transfers\": [{\"recipient\": \"RUS\", \"items\": [\"ammunition\"], \"status\": \"agreed\", \"evidence\": \"e\"}]}"
                        + " | transfers[0].supplier: missing (expected a string)",
                "{\"doc\": \"d.txt\", \"transfers\": [{\"supplier\": \"PRK\", \"recipient\": \"RUS\", \"items\": [\"ammunition\", \"tanks\"], \"status\": \"agreed\", \"evidence\": \"e\"}]}"
                        + " | transfers[0].items[1]: 'tanks' is not one of ammunition, artillery,",
                "{\"doc\": \"d.txt\", \"transfers\": [{\"supplier\": \"PRK\", \"recipient\": \"RUS\", \"items\": [], \"status\": \"agreed\", \"evidence\": \"e\"}]}"
                        + " | transfers[0].items: empty",
                "{\"doc\": \"d.txt\", \"transfers\": [{\"supplier\": \"PRK\", \"recipient\": \"RUS\", \"items\": [\"ammunition\"], \"status\": \"agreed\", \"evidence\": \"e\", \"claimedBy\": \"x\"}]}"
                        + " | transfers[0].claimedBy: unknown field",
                "{\"doc\": \"d.txt\", \"transfers\": [{\"supplier\": \"PRK\", \"recipient\": \"RUS\", \"items\": [\"ammunition\"], \"status\": \"agreed\", \"evidence\": \"e\", \"quantity\": \"many\"}]}"
                        + " | transfers[0].quantity: expected a whole number",
                "{\"doc\": \"d.txt\", \"transfers\": [{\"supplier\": \"PRK\", \"recipient\": \"RUS\", \"items\": [\"ammunition\"], \"status\": \"agreed\", \"evidence\": \"e\", \"optional\": \"yes\"}]}"
                        + " | transfers[0].optional: expected true or false",
                "{\"doc\": \"d.txt\", \"meetings\": [{\"participants\": [], \"status\": \"done\", \"evidence\": \"e\"}]}"
                        + " | meetings[0].status: 'done' is not one of held, planned",
                "{\"doc\": \"d.txt\", \"meetings\": [{\"participants\": [], \"when\": \"September\", \"status\": \"held\", \"evidence\": \"e\"}]}"
                        + " | meetings[0].when: 'September' is not an ISO date, month or year",
                "{\"doc\": \"d.txt\", \"sanctions\": [{\"imposer\": \"USA\", \"target\": 7, \"evidence\": \"e\"}]}"
                        + " | sanctions[0].target: expected a string, found 7",
                "{\"doc\": \"d.txt\", \"denials\": [{\"denier\": \"PRK\", \"denied\": \"x\", \"evidence\": \"e\"}]}"
                        + " | denials[0].denied: unknown field",
                "{\"doc\": \"d.txt\", \"quotes\": [{\"speaker\": \"John Kirby\"}]}"
                        + " | quotes[0].starts: missing (a quote needs starts or text)",
                "{\"doc\": \"d.txt\", \"people\": [{\"name\": \"John Kirby\", \"forms\": \"Kirby\"}]}"
                        + " | people[0].forms: expected a list of strings",
                "{\"doc\": \"d.txt\", \"published\": \"2023-13-01\"}" + " | published: '2023-13-01' is not an ISO date",
                "{\"doc\": \"d.txt\", \"transfers\": {}}" + " | transfers: expected a list of objects, found object",
                "{\"doc\": \"d.txt\", \"transfers\": [\"PRK\"]}" + " | transfers[0]: expected an object, found \"PRK\"",
                "{\"outlet\": \"x\"} | doc: missing (expected a string)",
                "[] | expected a JSON object at the top level",
                "` ` | empty file",
                "{\"doc\": \"d.txt\",NL \"transfers\": [NL  {\"supplier\": \"PRK\",}NL ]NL} | line 3, column",
                "{\"doc\": \"d.txt\"} {} | malformed JSON",
            })
    void malformedFilesNameTheFileAndTheField(String content, String message) throws IOException {
        Path file = tmp.resolve("bad_001.json");
        Files.writeString(file, content.replace("TRANSFER", TRANSFER).replace("NL", "\n"));

        assertThatThrownBy(() -> GoldFiles.read(file))
                .isInstanceOf(GoldFormatException.class)
                .hasMessageStartingWith("bad_001.json: ")
                .hasMessageContaining(message)
                .satisfies(e -> assertThat(((GoldFormatException) e).file()).isEqualTo("bad_001.json"));
    }

    @Test
    void readFolderSkipsClustersAndRefusesARepeatedDoc() throws Exception {
        Files.writeString(tmp.resolve("a.json"), "{\"doc\": \"same.txt\"}");
        Files.writeString(tmp.resolve("clusters.json"), "{\"people\": [], \"parties\": []}");
        Files.writeString(tmp.resolve("notes.txt"), "not json");

        assertThat(GoldFiles.readFolder(tmp)).containsOnlyKeys("same.txt");

        Files.writeString(tmp.resolve("b.json"), "{\"doc\": \"same.txt\"}");

        assertThatThrownBy(() -> GoldFiles.readFolder(tmp))
                .isInstanceOf(GoldFormatException.class)
                .hasMessage("b.json: doc: 'same.txt' is already the doc of a.json");
    }

    @Test
    void readFolderNamesTheBadFile() throws Exception {
        Files.writeString(tmp.resolve("a.json"), "{\"doc\": \"a.txt\"}");
        Files.writeString(tmp.resolve("b.json"), "{\"doc\": \"b.txt\", \"meetings\": [{\"status\": \"held\"}]}");

        assertThatThrownBy(() -> GoldFiles.readFolder(tmp))
                .isInstanceOf(GoldFormatException.class)
                .hasMessage("b.json: meetings[0].participants: missing (expected a list of strings)");
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "{\"people\": [{\"name\": \"A\", \"forms\": [\"A\"]}, {\"name\": \"A\", \"forms\": []}]} | people[1].name: 'A' appears twice",
                "{\"people\": [{\"id\": \"A\", \"forms\": [\"A\"]}]} | people[0].id: unknown field",
                "{\"parties\": [{\"id\": \"RUS\"}]} | parties[0].forms: missing",
                "{\"persons\": []} | persons: unknown field",
            })
    void malformedClusters(String content, String message) throws IOException {
        Path file = tmp.resolve("clusters.json");
        Files.writeString(file, content);

        assertThatThrownBy(() -> GoldFiles.readClusters(file))
                .isInstanceOf(GoldFormatException.class)
                .hasMessageStartingWith("clusters.json: ")
                .hasMessageContaining(message);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "PRK | RUS | ammunition | soon | status: 'soon' is not one of requested, negotiating",
                "PRK | RUS | tanks | agreed | items: 'tanks' is not one of ammunition",
                "' ' | RUS | ammunition | agreed | supplier: missing",
            })
    void recordsValidateVocabulariesToo(String supplier, String recipient, String item, String status, String message) {
        assertThatThrownBy(() -> new Transfer(supplier, recipient, null, List.of(item), status, null, null, "e", false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(message);
    }
}
