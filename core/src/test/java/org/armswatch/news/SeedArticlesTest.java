package org.armswatch.news;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.armswatch.lists.TestData;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The real news texts in {@code ../shared/seeds}, read as plain text (read-only). */
class SeedArticlesTest {
    // Lines of saved pages that are the page's furniture, which the extractor drops.
    private static final List<String> FURNITURE =
            List.of("Skip to main content", "Share This article", "Advertisement");

    static Stream<Path> seeds() throws IOException {
        try (Stream<Path> files = Files.list(TestData.shared("seeds"))) {
            List<Path> txt =
                    files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
            assertThat(txt).isNotEmpty();
            return txt.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void everyLineOfTheStoryAfterTheTitleIsInTheText(Path seed) throws Exception {
        byte[] raw = Files.readAllBytes(seed);
        ExtractedArticle a = ArticleExtractor.extract(raw, null, seed.toString());
        assertThat(a.text()).isNotEmpty();
        assertThat(a.language()).isEqualTo("en");
        List<String> lines = Files.readAllLines(seed).stream()
                .map(l -> l.replaceAll("[\\s\\u00A0]+", " ").strip())
                .filter(l -> !l.isEmpty())
                .toList();
        List<String> story = lines.stream().filter(l -> !FURNITURE.contains(l)).toList();
        String first = story.getFirst();
        assertThat(a.title()).isEqualTo(first.length() <= 200 ? first : "");
        for (String line : first.length() <= 200 ? story.subList(1, story.size()) : story) {
            assertThat(a.text()).contains(line);
        }
        for (String line : lines) {
            if (FURNITURE.contains(line)) {
                assertThat(a.text()).doesNotContain(line + " ");
            }
        }
    }
}
