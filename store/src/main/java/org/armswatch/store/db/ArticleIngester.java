package org.armswatch.store.db;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
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
 * duplicate; a near-duplicate is a syndicated copy, linked to every stored version it matches) and stored whole, with its provenance, in one
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
     * @param overrides what to record instead of what the page says
     * @param defaultPublished the publication date to record when the page gives none (a feed
     *     item's date), or null
     */
    public record Input(
            byte[] raw, String contentType, String source, Overrides overrides, LocalDate defaultPublished) {}

    /**
     * What to record instead of what the pages say.
     *
     * @param outlet the outlet, or null
     * @param published the publication date, or null
     */
    public record Overrides(String outlet, LocalDate published) {
        /** Record what the pages say. */
        public static final Overrides NONE = new Overrides(null, null);
    }

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
    public record Outcome(Kind kind, String source, long article, long copyOf, String reason) {
        /** A failure: {@code reason} is one line that names the input. */
        public static Outcome failed(String source, String reason) {
            return new Outcome(Kind.FAILED, source, 0, 0, reason);
        }
    }

    /**
     * An input read and fingerprinted, ready to be checked against the store and stored; or why it
     * could not be read.
     *
     * @param input the input, null when it failed before it was read
     * @param rawHash SHA-256 of its bytes
     * @param article what was extracted
     * @param textHash SHA-256 of its normalised text
     * @param signature MinHash signature of its normalised text
     * @param failure the outcome when it failed, else null
     */
    public record Prepared(
            Input input, String rawHash, ExtractedArticle article, String textHash, long[] signature, Outcome failure) {
        /** An input that failed before it could be prepared (could not be read, too large). */
        public static Prepared failed(String source, String reason) {
            return new Prepared(null, null, null, null, null, Outcome.failed(source, reason));
        }
    }

    /**
     * Extracts and fingerprints an input: the part of ingesting that needs no store, so that
     * several inputs can be prepared at once on several threads. Thread-safe.
     */
    public static Prepared prepare(Input in) {
        String rawHash = Digests.sha256(in.raw());
        ExtractedArticle a;
        try {
            a = ArticleExtractor.extract(in.raw(), in.contentType(), in.source());
        } catch (ArticleException e) {
            return Prepared.failed(in.source(), e.getMessage());
        }
        String normalised = Fingerprints.normalise(a.text());
        if (normalised.isEmpty()) {
            return Prepared.failed(in.source(), in.source() + ": no article text found");
        }
        return new Prepared(in, rawHash, a, Digests.sha256(normalised), Fingerprints.minHash(normalised), null);
    }

    /** Reads, checks and stores one input; an input that cannot be read fails alone. */
    public Outcome ingest(Input in) {
        return store(prepare(in));
    }

    /**
     * Checks a prepared input against the store and stores it: skipped when these bytes from this
     * source are stored, else stored and linked to the stored articles it duplicates or copies.
     * Inputs are stored in the order this is called.
     */
    public Outcome store(Prepared p) {
        if (p.failure() != null) {
            return p.failure();
        }
        Input in = p.input();
        Optional<ArticleStore.Stored> same = store.sameSource(in.source(), p.rawHash());
        if (same.isPresent()) {
            return new Outcome(Kind.SKIPPED, in.source(), same.get().id(), 0, null);
        }
        ExtractedArticle a = p.article();
        String rawHash = p.rawHash();
        String textHash = p.textHash();
        long[] signature = p.signature();
        List<ArticleStore.Link> links = new ArrayList<>();
        store.sameText(textHash).ifPresent(d -> links.add(new ArticleStore.Link(d.id(), "duplicate", 1.0)));
        for (NearDuplicates.Match m : index.matches(signature)) {
            if (links.isEmpty() || links.getFirst().article() != m.articleId()) {
                links.add(new ArticleStore.Link(m.articleId(), "syndicated", m.similarity()));
            }
        }
        String outlet = in.overrides().outlet() != null ? in.overrides().outlet() : a.outlet();
        LocalDate published = in.overrides().published() != null
                ? in.overrides().published()
                : a.published() != null ? a.published() : in.defaultPublished();
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
                links);
        index.add(id, signature);
        try {
            search.add(id, a.title(), outlet, published, a.text());
        } catch (IOException e) {
            // Stored but not yet searchable: the search index catches up with the store when next opened.
        }
        if (links.isEmpty()) {
            return new Outcome(Kind.INGESTED, in.source(), id, 0, null);
        }
        ArticleStore.Link first = links.getFirst();
        return new Outcome(
                first.relation().equals("duplicate") ? Kind.DUPLICATE : Kind.SYNDICATED,
                in.source(),
                id,
                first.article(),
                null);
    }
}
