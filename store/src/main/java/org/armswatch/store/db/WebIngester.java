package org.armswatch.store.db;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.function.Consumer;
import org.armswatch.news.Feed;
import org.armswatch.news.FeedException;
import org.armswatch.news.FeedItem;
import org.armswatch.news.FeedReader;
import org.armswatch.news.FetchException;
import org.armswatch.news.PageFetcher;

/**
 * Reads web pages and the new items of RSS and Atom feeds into the store, through an {@link
 * ArticleIngester}. A feed's items are remembered once ingested (or found stored already), so the
 * next read of the feed takes only new items; an item that failed is tried again next time, and the
 * feed's validators are kept for a conditional request only when none failed. Not thread-safe.
 */
public final class WebIngester {
    private final ArticleIngester ingester;
    private final FeedStore feeds;
    private final PageFetcher fetcher;
    private final Clock clock;

    public WebIngester(ArticleIngester ingester, FeedStore feeds, PageFetcher fetcher, Clock clock) {
        this.ingester = ingester;
        this.feeds = feeds;
        this.fetcher = fetcher;
        this.clock = clock;
    }

    /**
     * One read of a feed.
     *
     * @param url the feed's URL
     * @param title its title, or null when it was not read
     * @param items the items it lists, 0 when it was not read
     * @param fresh the items not ingested before, each of which gave an outcome
     * @param notModified whether the server answered that nothing changed since the last read
     * @param failure why the feed itself could not be read, or null
     */
    public record FeedRead(String url, String title, int items, int fresh, boolean notModified, String failure) {}

    /** Fetches and ingests one page; the outcome names the page by the URL it was fetched from. */
    public ArticleIngester.Outcome page(URI url, ArticleIngester.Overrides overrides) throws InterruptedException {
        return page(url, overrides, null);
    }

    private ArticleIngester.Outcome page(URI url, ArticleIngester.Overrides overrides, LocalDate defaultPublished)
            throws InterruptedException {
        PageFetcher.Page page;
        try {
            page = fetcher.fetch(url);
        } catch (FetchException e) {
            return ArticleIngester.Outcome.failed(url.toString(), e.getMessage());
        }
        return ingester.ingest(new ArticleIngester.Input(
                page.body(), page.contentType(), page.finalUrl().toString(), overrides, defaultPublished));
    }

    /**
     * Reads a feed and ingests its new items in the feed's order, each item's outcome to {@code
     * each}: the item's page when it links one, else the text the feed itself carries.
     */
    public FeedRead feed(URI url, ArticleIngester.Overrides overrides, Consumer<ArticleIngester.Outcome> each)
            throws InterruptedException {
        FeedStore.Feed followed = feeds.follow(url.toString());
        Optional<PageFetcher.Page> fetched;
        try {
            fetched = fetcher.fetch(url, followed.etag(), followed.lastModified());
        } catch (FetchException e) {
            return new FeedRead(url.toString(), null, 0, 0, false, e.getMessage());
        }
        if (fetched.isEmpty()) {
            feeds.checked(followed.id(), null, followed.etag(), followed.lastModified(), clock.instant());
            return new FeedRead(url.toString(), followed.title(), 0, 0, true, null);
        }
        PageFetcher.Page page = fetched.get();
        Feed feed;
        try {
            feed = FeedReader.read(page.body(), url.toString());
        } catch (FeedException e) {
            return new FeedRead(url.toString(), null, 0, 0, false, e.getMessage());
        }
        int fresh = 0;
        boolean allRead = true;
        for (FeedItem item : feed.items()) {
            if (feeds.seen(followed.id(), item.id())) {
                continue;
            }
            fresh++;
            ArticleIngester.Outcome o = item(item, overrides);
            each.accept(o);
            if (o.kind() == ArticleIngester.Kind.FAILED) {
                allRead = false;
            } else {
                feeds.markSeen(
                        followed.id(),
                        item.id(),
                        item.link() == null ? null : item.link().toString(),
                        o.article(),
                        clock.instant());
            }
        }
        feeds.checked(
                followed.id(),
                feed.title().isEmpty() ? null : feed.title(),
                allRead ? page.etag() : null,
                allRead ? page.lastModified() : null,
                clock.instant());
        return new FeedRead(url.toString(), feed.title(), feed.items().size(), fresh, false, null);
    }

    private ArticleIngester.Outcome item(FeedItem item, ArticleIngester.Overrides overrides)
            throws InterruptedException {
        LocalDate date = item.published() == null
                ? null
                : item.published().atOffset(ZoneOffset.UTC).toLocalDate();
        if (item.link() != null) {
            return page(item.link(), overrides, date);
        }
        // No page to fetch: the feed's own title and text are the article, as plain text.
        String text = item.title() + "\n\n" + item.summary();
        return ingester.ingest(new ArticleIngester.Input(
                text.getBytes(StandardCharsets.UTF_8), "text/plain; charset=utf-8", item.id(), overrides, date));
    }
}
