package org.armswatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.armswatch.extract.eval.GoldFormatException;
import org.junit.jupiter.api.Test;

/**
 * The relevance pre-filter on a mixed corpus: the seed reports (every gold event is in them) and
 * articles about other things, written for this test. The filter must keep every seed report and
 * skip the others; how many it skips is printed.
 */
class RelevanceTest {
    private static final List<String> OTHER_NEWS = List.of(
            "The city council approved a new cycle lane along the river after two years of consultation with residents.",
            "A late frost damaged the apricot harvest in the southern valleys, growers said on Tuesday.",
            "The national orchestra opened its season with a programme of Czech and Finnish music.",
            "Shares in the shipping group fell after it cut its profit forecast for the second time this year.",
            "Heavy rain closed two mountain passes and delayed trains between the capital and the coast.",
            "The football club named a new coach, its third in eighteen months, after a run of home defeats.",
            "Researchers found that the lake's water quality had improved since the paper mill closed.",
            "A museum returned a carved door to the village it was taken from more than a century ago.",
            "The central bank left its main rate unchanged, citing slower inflation in food prices.",
            "Schools in the north will open an hour later in winter under a plan announced by the ministry.",
            "The marathon drew a record field of runners despite strong winds along the seafront.",
            "A new ferry line will link the islands twice a day from May, the transport authority said.");

    @Test
    void keepsEveryReportThatHoldsAGoldEventAndSkipsTheRest() throws IOException, GoldFormatException {
        List<String> seeds =
                SeedReports.all().stream().map(SeedReports.Seed::text).toList();
        assertThat(seeds).hasSize(5);
        assertThat(seeds).allSatisfy(t -> assertThat(Analyzer.relevant(t)).isTrue());
        long skipped = OTHER_NEWS.stream().filter(t -> !Analyzer.relevant(t)).count();
        System.out.printf(
                "relevance filter: %d of %d articles skipped (%d other news, %d seed reports kept)%n",
                skipped, seeds.size() + OTHER_NEWS.size(), OTHER_NEWS.size(), seeds.size());
        assertThat(skipped).isEqualTo(OTHER_NEWS.size());
    }
}
