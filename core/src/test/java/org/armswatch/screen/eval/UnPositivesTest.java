package org.armswatch.screen.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.armswatch.screen.ListedEntry;
import org.armswatch.screen.MatchIndex;
import org.armswatch.screen.NameNormalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UnPositivesTest {
    @TempDir
    Path dir;

    private static final List<ListedEntry> UN = List.of(
            Fixtures.person("un:1", "KIM JONG SIK", "1967"),
            Fixtures.person("un:2", "ABDUL RAHMAN", "1970"),
            Fixtures.person("un:3", "ABDUL RAHMAN", "1980"),
            Fixtures.person("un:4", "JOHN DOE", "1960"),
            Fixtures.person("un:5", "JOHN DOE", "1960"),
            Fixtures.person("un:6", "HAJI ZARKARI", "1955"));

    @Test
    void resolvesTheUntreatedRowsAndCountsRecallOfTheTreatedOnes() throws Exception {
        Path untreated = Files.writeString(
                dir.resolve("untreated.csv"),
                Fixtures.personsCsv(
                        "KIM JONG SIK,,,,,1967,,kp",
                        "ABDUL RAHMAN,,,,,1980,,af",
                        "JOHN DOE,,,,,1960,,",
                        "NOBODY HERE,,,,,,,",
                        "HAJI ZARKARI,,,,,1955,,af"));
        Path treated = Files.writeString(
                dir.resolve("treated.csv"),
                Fixtures.personsCsv(
                        "\"SIK, KIM JONG\",,,,,1967,,kp",
                        "ABDUL RAHMAN,,,,,1980,,af",
                        "JOHN DOE,,,,,1960,,",
                        "NOBODY HERE,,,,,,,",
                        "QQQQ XXXX,,,,,1955,,af"));

        UnPositives.Result r = UnPositives.run(
                PersonRecord.read(untreated),
                PersonRecord.read(treated),
                UN,
                MatchIndex.build(UN, NameNormalizer.standard()),
                0.8);

        assertThat(r.rows()).isEqualTo(5);
        assertThat(r.resolved()).isEqualTo(3);
        assertThat(r.unresolved())
                .isEqualTo(Map.of(UnPositives.Unresolved.NOT_FOUND, 1, UnPositives.Unresolved.AMBIGUOUS, 1));
        // By name alone the two Abdul Rahmans tie and un:2 comes first; the birth date puts un:3 first.
        assertThat(r.nameOnly()).isEqualTo(new UnPositives.Recall(3, 1, 2, 2));
        assertThat(r.withFeatures()).isEqualTo(new UnPositives.Recall(3, 2, 2, 2));
        assertThat(r.nameOnly().recallAt1()).isEqualTo(1.0 / 3);
        assertThat(r.misses())
                .extracting(UnPositives.Miss::line, UnPositives.Miss::targetId, UnPositives.Miss::rank)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(3L, "un:3", 2),
                        org.assertj.core.groups.Tuple.tuple(6L, "un:6", 0));
    }

    @Test
    void theTwoFilesMustHaveTheSameRows() throws Exception {
        Path one = Files.writeString(dir.resolve("one.csv"), Fixtures.personsCsv("A B,,,,,,,"));
        Path two = Files.writeString(dir.resolve("two.csv"), Fixtures.personsCsv("A B,,,,,,,", "C D,,,,,,,"));

        assertThatThrownBy(() -> UnPositives.run(
                        PersonRecord.read(one),
                        PersonRecord.read(two),
                        UN,
                        MatchIndex.build(UN, NameNormalizer.standard()),
                        0.8))
                .isInstanceOf(EvalDataException.class)
                .hasMessageContaining("1 rows")
                .hasMessageContaining("2");
    }
}
