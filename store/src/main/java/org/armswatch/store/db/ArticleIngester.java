package org.armswatch.store.db;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Optional;
import org.armswatch.lists.Digests;
import org.armswatch.news.ArticleException;
import org.armswatch.news.ArticleExtractor;
import org.armswatch.news.ExtractedArticle;
import org.armswatch.news.Fingerprints;
import org.armswatch.news.NearDuplicates;

/**
 * Reads reporting into the store: each input's text extracted, checked against what is stored
 * (the same bytes from the same source are skipped; the same normalised text elsewhere is a
 * duplicate; a near-duplicate is a syndicated copy) and stored whole, with its provenance, in one
 * transaction. The near-duplicate index is rebuilt from the store when the ingester is opened, so
 * it never lags behind what is stored. One ingester per process; not thread-safe.
 */
public final class ArticleIngester {
    private final ArticleStore store;
    private final NearDuplicates index;
    private final ArticleSearch search;
    private final Clock clock;

    private ArticleIngester(ArticleStore store, NearDuplicates index, ArticleSearch search, Clock clock) {
        this.store = store;
        this.index = index;
        this.search = search;
        this.clock = clock;
    }

    /**
     * An ingester over the store, its near-duplicate index filled from the stored articles; each
     * article stored is also added to the search index, which the caller commits.
     */
    public static ArticleIngester open(Database db, ArticleSearch search, Clock clock) {
        ArticleStore store = db.articles();
        NearDuplicates index = new NearDuplicates(NearDuplicates.Settings.defaults());
        for (ArticleStore.Signature s : store.signatures()) {
            index.add(s.id(), NearDuplicates.decode(HexFormat.of().parseHex(s.signature())));
        }
        return new ArticleIngester(store, index, search, clock);
    }

    /**
     * One input.
     *
     * @param raw its bytes
     * @param contentType its media type as given (HTTP header), or null to tell from the source
     * @param source its file path or URL
     * @param outlet the outlet to record instead of what the page says, or null
     * @param published the publication date to record instead of what the page says, or null
     */
    public record Input(byte[] raw, String contentType, String source, String outlet, LocalDate published) {}

    /** What became of an input. */
    public enum Kind {
        /** Stored as a new story. */
        INGESTED,
        /** Stored, the same normalised text as a stored article from another source. */
        DUPLICATE,
        /** Stored, a near-duplicate (another version of one wire story) of a stored article. */
        SYNDICATED,
        /** Not stored: these bytes from this source are stored already. */
        SKIPPED,
        /** Not stored: the input could not be read as an article. */
        FAILED
    }

    /**
     * The outcome of one input.
     *
     * @param kind what became of it
     * @param source its file path or URL
     * @param article the stored article's id (of the one stored before, when skipped); 0 when failed
     * @param copyOf the stored article it copies, for a duplicate or a syndicated copy; else 0
     * @param reason why it failed, or null
     */
    public record Outcome(Kind kind, String source, long article, long copyOf, String reason) {}

    /** Reads, checks and stores one input; an input that cannot be read fails alone. */
    public Outcome ingest(Input in) {
        String rawHash = Digests.sha256(in.raw());
        Optional<ArticleStore.Stored> same = store.sameSource(in.source(), rawHash);
        if (same.isPresent()) {
            return new Outcome(Kind.SKIPPED, in.source(), same.get().id(), 0, null);
        }
        ExtractedArticle a;
        try {
            a = ArticleExtractor.extract(in.raw(), in.contentType(), in.source());
        } catch (ArticleException e) {
            return new Outcome(Kind.FAILED, in.source(), 0, 0, e.getMessage());
        }
        String normalised = Fingerprints.normalise(a.text());
        if (normalised.isEmpty()) {
            return new Outcome(Kind.FAILED, in.source(), 0, 0, in.source() + ": no article text found");
        }
        String textHash = Digests.sha256(normalised);
        long[] signature = Fingerprints.minHash(normalised);
        Optional<ArticleStore.Link> link = store.sameText(textHash)
                .map(s -> new ArticleStore.Link(s.id(), "duplicate", 1.0))
                .or(() -> index.nearest(signature)
                        .map(m -> new ArticleStore.Link(m.articleId(), "syndicated", m.similarity())));
        String outlet = in.outlet() != null ? in.outlet() : a.outlet();
        LocalDate published = in.published() != null ? in.published() : a.published();
        long id = store.add(
                new ArticleStore.NewArticle(
                        in.source(),
                        outlet,
                        a.title(),
                        a.author().isEmpty() ? null : a.author(),
                        published,
                        clock.instant(),
                        a.mediaType(),
                        a.language(),
                        rawHash,
                        textHash,
                        a.text(),
                        HexFormat.of().formatHex(NearDuplicates.encode(signature))),
                link);
        index.add(id, signature);
        try {
            search.add(id, a.title(), outlet, published, a.text());
        } catch (IOException e) {
            // Stored but not yet searchable: the search index catches up with the store when next opened.
        }
        return new Outcome(
                kindOf(link),
                in.source(),
                id,
                link.map(ArticleStore.Link::article).orElse(0L),
                null);
    }

    private static Kind kindOf(Optional<ArticleStore.Link> link) {
        if (link.isEmpty()) {
            return Kind.INGESTED;
        }
        return link.get().relation().equals("duplicate") ? Kind.DUPLICATE : Kind.SYNDICATED;
    }
}
