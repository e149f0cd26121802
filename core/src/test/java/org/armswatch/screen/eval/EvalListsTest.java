package org.armswatch.screen.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.armswatch.lists.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalListsTest {
    @TempDir
    Path dir;

    @Test
    void keepsTheNewestVersionOfEachSource() throws Exception {
        Files.copy(TestData.shared("data/un/un_consolidated_2024-09-26.xml"), dir.resolve("un-old.xml"));
        Files.copy(TestData.shared("data/un/un_consolidated_2025-11-20.xml"), dir.resolve("un-new.xml"));
        Files.copy(TestData.shared("data/ofac/cons_nonsdn_2024-05-06.xml"), dir.resolve("cons.xml"));
        Files.writeString(dir.resolve("notes.txt"), "not a list");

        EvalLists.Loaded loaded = EvalLists.newest(dir);

        assertThat(loaded.versions()).extracting(EvalLists.Version::source).containsExactly("ofac-cons", "un");
        EvalLists.Version un = loaded.versions().get(1);
        assertThat(un.file().getFileName().toString()).isEqualTo("un-new.xml");
        assertThat(un.entries()).isEqualTo(1000);
        assertThat(loaded.entries()).hasSize(1000 + 443);
        assertThat(loaded.passedOver())
                .anyMatch(p -> p.contains("un-old.xml") && p.contains("no newer than un-new.xml"));
    }

    @Test
    void aFolderWithoutTheLabelledSetsIsRefused() {
        assertThatThrownBy(() -> ScreeningEval.of(dir))
                .isInstanceOf(EvalDataException.class)
                .hasMessageContaining("no namematch folder");
        assertThatThrownBy(() -> ScreeningEval.of(dir.resolve("missing"))).hasMessageContaining("no such folder");
    }
}
