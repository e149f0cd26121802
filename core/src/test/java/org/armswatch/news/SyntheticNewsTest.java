package org.armswatch.news;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SyntheticNewsTest {
    private static final List<String> SAMPLES = List.of("""
            The convoy crossed the river at dawn, carrying crates that the customs officers did not open. \
            Two drivers said the cargo had been loaded at an army depot near the coast. \
            A spokesman for the ministry declined to comment on the shipment or on its destination.""", """
            Satellite pictures taken over three nights show rail cars lined up at the quay. \
            Analysts who study the port said the traffic was the heaviest they had seen this year.""");

    @Test
    void theSameNumberGivesTheSameArticle() {
        assertThat(new SyntheticNews(SAMPLES, 3).article(17)).isEqualTo(new SyntheticNews(SAMPLES, 3).article(17));
        assertThat(new SyntheticNews(SAMPLES, 3).article(17)).isNotEqualTo(new SyntheticNews(SAMPLES, 4).article(17));
    }

    @Test
    void distinctArticlesAreNotNearDuplicatesAndEveryFifthCopiesTheOneBefore() {
        SyntheticNews news = new SyntheticNews(SAMPLES, 11);
        NearDuplicates index = new NearDuplicates(NearDuplicates.Settings.defaults());
        int copies = 0;
        for (int i = 0; i < 200; i++) {
            String text = news.article(i);
            assertThat(text.split("\n\n")).hasSizeGreaterThanOrEqualTo(7);
            long[] signature = Fingerprints.minHash(Fingerprints.normalise(text));
            List<NearDuplicates.Match> matches = index.matches(signature);
            if (i % 5 == 4) {
                assertThat(matches).extracting(NearDuplicates.Match::articleId).contains((long) i - 1);
                copies++;
            } else {
                assertThat(matches).as("article %d", i).isEmpty();
            }
            index.add(i, signature);
        }
        assertThat(copies).isEqualTo(40);
    }

    @Test
    void samplesWithoutWordsAreRefused() {
        assertThatThrownBy(() -> new SyntheticNews(List.of(" ... "), 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no words");
    }
}
