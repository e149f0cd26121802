package org.armswatch.lists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.armswatch.lists.ListReaders.Plan;
import org.armswatch.lists.ListReaders.Planned;
import org.armswatch.lists.ListReaders.Skipped;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ListReadersTest {

    /** A reader that knows its files by their first line: {@code #<format>} for a main file, {@code #<format>:<role>} for a companion. */
    private record MarkerReader(String format, List<String> roles) implements ListReader {
        @Override
        public Optional<String> sniff(FileHead head) {
            String line = head.firstLine();
            if (line.equals("#" + format)) {
                return Optional.of(MAIN);
            }
            return roles.stream()
                    .filter(r -> line.equals("#" + format + ":" + r))
                    .findFirst();
        }

        @Override
        public ListData read(ListInput input) {
            throw new AssertionError("planning must not read the lists");
        }
    }

    private static final MarkerReader BLUE = new MarkerReader("blue", List.of("alt", "add"));
    private static final MarkerReader GREEN = new MarkerReader("green", List.of());
    private static final MarkerReader GREEN_TOO = new MarkerReader("green", List.of("alt"));
    private final ListReaders readers = new ListReaders(List.of(BLUE, GREEN));

    @TempDir
    Path dir;

    private Path file(String relative, String firstLine) throws IOException {
        Path p = dir.resolve(relative);
        Files.createDirectories(p.getParent());
        Files.writeString(p, firstLine + "\nrow 1\nrow 2\n", StandardCharsets.UTF_8);
        return p;
    }

    private static Map<Path, String> skippedReasons(Plan plan) {
        return plan.skipped().stream().collect(java.util.stream.Collectors.toMap(Skipped::file, Skipped::reason));
    }

    @Test
    void aMainFileBecomesOneInputWithItsReader() throws IOException {
        Path main = file("blue.txt", "#blue");
        Plan plan = readers.plan(List.of(main), Optional.empty());
        assertThat(plan.inputs()).containsExactly(new Planned(new ListInput(main, Map.of(), Optional.empty()), BLUE));
        assertThat(plan.skipped()).isEmpty();
    }

    @Test
    void firstReaderThatAnswersTakesTheFile() throws IOException {
        Path main = file("green.txt", "#green");
        ListReaders both = new ListReaders(List.of(GREEN_TOO, GREEN));
        assertThat(both.plan(List.of(main), Optional.empty()).inputs())
                .extracting(Planned::reader)
                .containsExactly(GREEN_TOO);
        assertThat(both.byFormat("green")).containsSame(GREEN_TOO);
        assertThat(both.byFormat("red")).isEmpty();
        assertThat(readers.formats()).containsExactly("blue", "green");
    }

    @Test
    void companionsJoinTheMainOfTheSameReaderInTheSameFolder() throws IOException {
        Path main = file("set/sdn.csv", "#blue");
        Path alt = file("set/alt.csv", "#blue:alt");
        Path add = file("set/add.csv", "#blue:add");
        Plan plan = readers.plan(List.of(dir.resolve("set")), Optional.empty());
        assertThat(plan.inputs())
                .containsExactly(
                        new Planned(new ListInput(main, Map.of("alt", alt, "add", add), Optional.empty()), BLUE));
        assertThat(plan.skipped()).isEmpty();
    }

    @Test
    void companionInAnotherFolderDoesNotJoin() throws IOException {
        Path main = file("a/sdn.csv", "#blue");
        Path alt = file("b/alt.csv", "#blue:alt");
        Plan plan = readers.plan(List.of(main, alt), Optional.empty());
        assertThat(plan.inputs()).extracting(p -> p.input().companions()).containsExactly(Map.of());
        assertThat(plan.skipped())
                .containsExactly(new Skipped(alt, "blue companion (alt) without its main file in the same folder"));
    }

    @Test
    void companionOfAnotherReaderDoesNotJoin() throws IOException {
        ListReaders withGreenAlt = new ListReaders(List.of(BLUE, GREEN_TOO));
        Path main = file("sdn.csv", "#blue");
        Path alt = file("alt.csv", "#green:alt");
        Plan plan = withGreenAlt.plan(List.of(dir), Optional.empty());
        assertThat(plan.inputs()).extracting(p -> p.input().main()).containsExactly(main);
        assertThat(plan.inputs().get(0).input().companions()).isEmpty();
        assertThat(plan.skipped())
                .containsExactly(new Skipped(alt, "green companion (alt) without its main file in the same folder"));
    }

    @Test
    void companionBesideTwoMainsIsSkippedAndBothMainsStay() throws IOException {
        Path one = file("sdn_1.csv", "#blue");
        Path two = file("sdn_2.csv", "#blue");
        Path alt = file("alt.csv", "#blue:alt");
        Plan plan = readers.plan(List.of(dir), Optional.empty());
        assertThat(plan.inputs())
                .containsExactly(
                        new Planned(new ListInput(one, Map.of(), Optional.empty()), BLUE),
                        new Planned(new ListInput(two, Map.of(), Optional.empty()), BLUE));
        assertThat(plan.skipped())
                .containsExactly(new Skipped(
                        alt,
                        "blue companion (alt) beside several main files: load the folder's files one set at a time"));
    }

    @Test
    void secondCompanionOfTheSameRoleIsSkippedAndTheFirstKept() throws IOException {
        Path main = file("sdn.csv", "#blue");
        Path first = file("alt_a.csv", "#blue:alt");
        Path second = file("alt_b.csv", "#blue:alt");
        Plan plan = readers.plan(List.of(dir), Optional.empty());
        assertThat(plan.inputs())
                .containsExactly(new Planned(new ListInput(main, Map.of("alt", first), Optional.empty()), BLUE));
        assertThat(plan.skipped())
                .containsExactly(new Skipped(second, "a second alt file beside sdn.csv (kept alt_a.csv)"));
    }

    @Test
    void unknownAndEmptyFilesAreSkippedWithAReason() throws IOException {
        Path unknown = file("notes.txt", "#red");
        Path empty = dir.resolve("empty.xml");
        Files.createFile(empty);
        Path main = file("list.txt", "#green");
        Plan plan = readers.plan(List.of(dir), Optional.empty());
        assertThat(plan.inputs()).extracting(p -> p.input().main()).containsExactly(main);
        assertThat(skippedReasons(plan))
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        empty, "empty file",
                        unknown, "not a sanctions list in a known format (blue, green)"));
    }

    @Test
    void foldersAreWalkedRecursivelyInNameOrder() throws IOException {
        Path c = file("z/deeper/still/c.txt", "#green");
        Path a = file("a.txt", "#green");
        Path b = file("m/b.txt", "#blue");
        Plan plan = readers.plan(List.of(dir), Optional.empty());
        assertThat(plan.inputs()).extracting(p -> p.input().main()).containsExactly(a, b, c);
        assertThat(plan.inputs()).extracting(Planned::reader).containsExactly(GREEN, BLUE, GREEN);
    }

    @Test
    void filesAndFoldersCanBeMixed() throws IOException {
        Path single = file("one/list.txt", "#green");
        Path inFolder = file("two/list.txt", "#blue");
        Plan plan = readers.plan(List.of(single, dir.resolve("two")), Optional.empty());
        assertThat(plan.inputs()).extracting(p -> p.input().main()).containsExactly(single, inFolder);
    }

    @Test
    void aPathThatDoesNotExistIsAnIOExceptionNamingIt() {
        Path missing = dir.resolve("no-such-list.xml");
        assertThatThrownBy(() -> readers.plan(List.of(missing), Optional.empty()))
                .isInstanceOf(IOException.class)
                .isNotInstanceOf(NoSuchFileException.class)
                .hasMessage(missing + ": no such file or folder");
    }

    @Test
    void sourceOverrideIsCarriedIntoEveryInput() throws IOException {
        file("a/sdn.csv", "#blue");
        file("a/alt.csv", "#blue:alt");
        file("b/list.txt", "#green");
        Plan plan = readers.plan(List.of(dir), Optional.of("ofac-extract"));
        assertThat(plan.inputs()).hasSize(2);
        assertThat(plan.inputs())
                .allSatisfy(p -> assertThat(p.input().sourceOverride()).contains("ofac-extract"));
    }

    @Test
    void aLeadingByteOrderMarkDoesNotHideTheMarker() throws IOException {
        Path main = dir.resolve("bom.txt");
        Files.write(main, ("\uFEFF#green\r\nrow\n").getBytes(StandardCharsets.UTF_8));
        assertThat(readers.plan(List.of(main), Optional.empty()).inputs())
                .extracting(Planned::reader)
                .containsExactly(GREEN);
    }

    @Test
    void realUnFolderPlansBothVersionsAndSkipsTheSchema() throws IOException {
        Path un = TestData.shared("data/un");
        Plan plan = ListReaders.standard().plan(List.of(un), Optional.empty());
        assertThat(plan.inputs())
                .extracting(p -> p.input().main().getFileName().toString())
                .containsExactly("un_consolidated_2024-09-26.xml", "un_consolidated_2025-11-20.xml");
        assertThat(plan.inputs()).extracting(p -> p.reader().format()).containsOnly("un-xml");
        assertThat(plan.skipped())
                .extracting(s -> s.file().getFileName().toString())
                .containsExactly("sc-sanctions.xsd");
    }
}
