package org.armswatch.news;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;

/**
 * One item (RSS) or entry (Atom) of a {@link Feed}.
 *
 * @param id a stable identity, never empty: the {@code guid} (RSS 2.0), {@code rdf:about} (RSS 1.0) or
 *     {@code id} (Atom) when present; else the link; else the lower-case hex SHA-256 of the UTF-8 of the title,
 *     a line feed and the date as written (when title and date are both empty, followed by a line feed and the
 *     summary)
 * @param link the article's absolute {@code http} or {@code https} URL, resolved against {@code xml:base} and
 *     the feed's URL when relative; in Atom the {@code rel="alternate"} (or rel-less) link, preferring type
 *     {@code text/html}; in RSS 2.0 a permalink {@code guid} when there is no {@code link}; {@code null} when
 *     none, or when the link has another scheme (such as {@code javascript:}) or cannot be resolved
 * @param title the headline as plain text, entities decoded, tags stripped, whitespace collapsed; may be empty
 * @param published {@code pubDate}, {@code dc:date} or Atom {@code published} (else {@code updated}), or
 *     {@code null} when absent or unparseable
 * @param summary {@code description} (else {@code content:encoded}) or Atom {@code summary} (else inline
 *     {@code content}) as plain text: tags stripped, entities decoded, whitespace collapsed; may be empty
 */
public record FeedItem(String id, URI link, String title, Instant published, String summary) {
    public FeedItem {
        Objects.requireNonNull(id, "id");
        if (id.isEmpty()) {
            throw new IllegalArgumentException("an item's id is never empty");
        }
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(summary, "summary");
    }
}
