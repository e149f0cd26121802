package org.armswatch.screen.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.armswatch.screen.NameMatcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NameBenchTest {
    @TempDir
    Path dir;

    private static final String CASES = """
            case_group,schema,name1,name2,is_match,quality,category,notes
            g1,Person,Vladimir Putin,Vladimir Putin,true,STRONG,a,
            g1,Person,Olaf Scholz,Olaf Scholz,false,MEDIUM,a,"identical, yet labelled apart"
            g2,Person,Angela Merkel,Hans Meier,true,WEAK,b,
            g2,Company,Siemens AG,Volkswagen AG,false,STRONG,,
            """;

    // logic-v2 scored three of the four pairs, and one pair the cases do not hold.
    private static final String REFERENCE = """
            case_group,case_id,schema,name1,name2,is_match,quality,category,notes,score,predicted_match,outcome
            g1,c1,Person,Vladimir Putin,Vladimir Putin,true,STRONG,a,,0.9,true,TP
            g1,c2,Person,Olaf Scholz,Olaf Scholz,false,MEDIUM,a,,0.5,false,TN
            g2,c3,Person,Angela Merkel,Hans Meier,true,WEAK,b,,0.8,true,TP
            g9,c9,Person,Nobody,Somebody,false,WEAK,,,0.99,true,FP
            """;

    @Test
    void countsOverallPerCategoryAndOnTheSharedPairs() throws Exception {
        Path cases = Files.writeString(dir.resolve("cases.csv"), CASES);
        Path ref = Files.writeString(dir.resolve("ref.csv"), REFERENCE);

        NameBench.Result r = NameBench.run(
                NameBench.readCases(cases), NameBench.readReference(ref), NameMatcher.uniform(), 0.8, 0.7);

        assertThat(r.overall()).isEqualTo(new Metrics(1, 1, 1, 1));
        assertThat(r.byCategory())
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "a",
                        new Metrics(1, 1, 0, 0),
                        "b",
                        new Metrics(0, 0, 1, 0),
                        NameBench.NO_CATEGORY,
                        new Metrics(0, 0, 0, 1)));
        assertThat(r.byGroup())
                .containsEntry("g1", new Metrics(1, 1, 0, 0))
                .containsEntry("g2", new Metrics(0, 0, 1, 1));
        assertThat(r.shared()).isEqualTo(3);
        assertThat(r.sharedArmswatch()).isEqualTo(new Metrics(1, 1, 1, 0));
        assertThat(r.sharedReference()).isEqualTo(new Metrics(2, 0, 0, 1));
        assertThat(r.sharedReference().f1()).isEqualTo(1.0);
        assertThat(r.errors()).extracting(s -> s.pair().line()).containsExactly(3L, 4L);
        assertThat(r.scored().get(0).score()).isEqualTo(1.0);
        assertThat(r.scored().get(0).reference()).isEqualTo(0.9);
        assertThat(r.scored().get(3).reference()).isNull();
    }

    @Test
    void casesKeepTheirLinesAndLabels() throws Exception {
        List<NameBench.Case> cases = NameBench.readCases(Files.writeString(dir.resolve("cases.csv"), CASES));

        assertThat(cases).hasSize(4);
        assertThat(cases.get(1))
                .isEqualTo(new NameBench.Case(3, "g1", "Person", "Olaf Scholz", "Olaf Scholz", false, "MEDIUM", "a"));
        assertThat(cases.get(3).category()).isEqualTo(NameBench.NO_CATEGORY);
    }

    @Test
    void aLabelThatIsNotABooleanIsNamedByLine() throws Exception {
        Path cases = Files.writeString(dir.resolve("cases.csv"), CASES.replace("Hans Meier,true", "Hans Meier,maybe"));

        assertThatThrownBy(() -> NameBench.readCases(cases))
                .isInstanceOf(EvalDataException.class)
                .hasMessage("cases.csv:4: is_match is 'maybe', not true or false");
    }

    @Test
    void aPairScoredTwiceDifferentlyIsRefused() throws Exception {
        Path ref = Files.writeString(
                dir.resolve("ref.csv"),
                REFERENCE + "g1,c1b,Person,Vladimir Putin,Vladimir Putin,true,STRONG,a,,0.4,false,FN\n");

        assertThatThrownBy(() -> NameBench.readReference(ref))
                .hasMessage("ref.csv:6: the pair is listed before with score 0.9, here 0.4");
    }
}
