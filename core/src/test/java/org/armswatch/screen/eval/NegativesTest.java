package org.armswatch.screen.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.armswatch.screen.ListedEntry;
import org.armswatch.screen.MatchIndex;
import org.armswatch.screen.NameNormalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NegativesTest {
    @TempDir
    Path dir;

    @Test
    void countsTheQueriesWithAMatchWithAndWithoutBirthDates() throws Exception {
        List<ListedEntry> lists = List.of(
                Fixtures.person("uk:1", "KIM JONG SIK"), Fixtures.person("ofac:2", "GARCIA LOPEZ, Maria", "1950"));
        MatchIndex index = MatchIndex.build(lists, NameNormalizer.standard());
        List<PersonRecord> rows = PersonRecord.read(Files.writeString(
                dir.resolve("negatives.csv"),
                Fixtures.personsCsv(
                        "Kim Jong Sik,,,,male,1990-01-01,Osaka,Japan",
                        "Maria Garcia Lopez,,,,female,1990-02-02,Lima,Peru",
                        "Margaret Thornbury,,,,female,1970-03-03,York,United Kingdom")));

        Negatives.Result withFeatures = Negatives.run("test", rows, index, 0.85, true);
        Negatives.Result nameOnly = Negatives.run("test", rows, index, 0.85, false);

        assertThat(withFeatures.queries()).isEqualTo(3);
        assertThat(withFeatures.hits()).isEqualTo(1);
        assertThat(withFeatures.rate()).isEqualTo(1.0 / 3);
        assertThat(withFeatures.examples()).extracting(Negatives.Hit::entryId).containsExactly("uk:1");
        assertThat(nameOnly.hits()).isEqualTo(2);
        assertThat(nameOnly.examples()).extracting(Negatives.Hit::line).containsExactlyInAnyOrder(2L, 3L);
    }
}
