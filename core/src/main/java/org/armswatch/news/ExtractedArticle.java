package org.armswatch.news;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A news article read from a page or a file.
 *
 * @param title the headline; empty when none was found
 * @param author the byline, several authors joined by {@code ", "}; empty when none was found
 * @param published the publication date, or {@code null} when unknown
 * @param outlet the publishing site, or {@code null} when unknown
 * @param language an ISO 639-1 code, or {@code "und"} when undetermined
 * @param text the main text: paragraphs separated by a blank line, whitespace inside a paragraph collapsed to
 *     single spaces; never empty when made by {@link ArticleExtractor}
 * @param mediaType what it was read as: {@code text/html}, {@code text/plain} or {@code text/markdown}
 */
public record ExtractedArticle(
        String title,
        String author,
        LocalDate published,
        String outlet,
        String language,
        String text,
        String mediaType) {
    public ExtractedArticle {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(mediaType, "mediaType");
    }
}
