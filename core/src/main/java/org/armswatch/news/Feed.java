package org.armswatch.news;

import java.util.List;
import java.util.Objects;

/**
 * A news feed as read by {@link FeedReader}.
 *
 * @param title the feed's title, whitespace collapsed; empty when none
 * @param format {@code "rss"} (RSS 2.0, also 0.91 and 0.92), {@code "rdf"} (RSS 1.0, also RSS 0.90) or
 *     {@code "atom"} (Atom 1.0)
 * @param items the items or entries, in document order; unmodifiable
 */
public record Feed(String title, String format, List<FeedItem> items) {
    public Feed {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(format, "format");
        items = List.copyOf(items);
    }
}
