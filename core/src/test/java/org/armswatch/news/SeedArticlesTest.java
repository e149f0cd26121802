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
    void everyLineAfterTheTitleIsInTheText(Path seed) throws Exception {
        byte[] raw = Files.readAllBytes(seed);
        ExtractedArticle a = ArticleExtractor.extract(raw, null, seed.toString());
        assertThat(a.text()).isNotEmpty();
        assertThat(a.language()).isEqualTo("en");
        List<String> lines = Files.readAllLines(seed).stream()
                .map(l -> l.replaceAll("[\\s\\u00A0]+", " ").strip())
                .filter(l -> !l.isEmpty())
                .toList();
        assertThat(a.title()).isEqualTo(lines.getFirst());
        for (String line : lines.subList(1, lines.size())) {
            assertThat(a.text()).contains(line);
        }
    }
}
