package org.armswatch.store.db;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.FSDirectory;

/**
 * Full-text search over the stored articles (Lucene, in a folder of the home). The store is the
 * truth and the index follows it: each commit records the highest article id it holds, and
 * {@link #open} first indexes every stored article after that id, so an index a crash left behind
 * (or one deleted) is brought up to date. Not thread-safe; close it to release the folder.
 */
public final class ArticleSearch implements AutoCloseable {
    private static final String LAST_ID = "last_article_id";

    private final Analyzer analyzer = new StandardAnalyzer();
    private final IndexWriter writer;
    private long lastId;

    private ArticleSearch(IndexWriter writer, long lastId) {
        this.writer = writer;
        this.lastId = lastId;
    }

    /** Opens (or creates) the index in the folder and indexes the stored articles it lacks. */
    public static ArticleSearch open(Path folder, ArticleStore store) throws IOException {
        IndexWriter writer = new IndexWriter(
                FSDirectory.open(folder),
                new IndexWriterConfig(new StandardAnalyzer()).setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
        long last = 0;
        Iterable<Map.Entry<String, String>> data = writer.getLiveCommitData();
        if (data != null) {
            for (Map.Entry<String, String> e : data) {
                if (e.getKey().equals(LAST_ID)) {
                    last = Long.parseLong(e.getValue());
                }
            }
        }
        ArticleSearch search = new ArticleSearch(writer, last);
        for (ArticleStore.Stored a : store.after(last)) {
            search.add(
                    a.id(),
                    a.title(),
                    a.outlet(),
                    a.published(),
                    store.text(a.id()).orElseThrow());
        }
        search.commit();
        return search;
    }

    /**
     * Indexes a stored article (again, if it is there already).
     *
     * @param outlet its outlet, or null
     * @param published its publication date, or null
     */
    public void add(long id, String title, String outlet, LocalDate published, String text) throws IOException {
        Document d = new Document();
        d.add(new StringField("id", Long.toString(id), Field.Store.YES));
        d.add(new TextField("title", title, Field.Store.YES));
        d.add(new TextField("text", text, Field.Store.YES));
        if (outlet != null) {
            d.add(new StringField("outlet", outlet.toLowerCase(Locale.ROOT), Field.Store.NO));
        }
        if (published != null) {
            d.add(new LongPoint("published", published.toEpochDay()));
        }
        writer.updateDocument(new Term("id", Long.toString(id)), d);
        lastId = Math.max(lastId, id);
    }

    /** Makes what was added durable, with the highest article id it holds. */
    public void commit() throws IOException {
        writer.setLiveCommitData(Map.of(LAST_ID, Long.toString(lastId)).entrySet());
        writer.commit();
    }

    /**
     * A found article.
     *
     * @param id the article's id
     * @param score Lucene's relevance score
     * @param snippet the best passage of its text, the query's words in {@code <b>…</b>}
     */
    public record Hit(long id, float score, String snippet) {}

    /**
     * Searches titles and texts.
     *
     * @param query words, quoted phrases, AND/OR/NOT (Lucene's classic syntax)
     * @param filter outlet and publication dates to keep to
     * @param limit the most hits to return, best first
     * @throws IllegalArgumentException when the query cannot be read, saying why
     */
    public List<Hit> search(String query, ArticleStore.Filter filter, int limit) throws IOException {
        Query words;
        try {
            words = new MultiFieldQueryParser(new String[] {"title", "text"}, analyzer).parse(query);
        } catch (ParseException e) {
            throw new IllegalArgumentException("cannot read the query '" + query + "': " + firstLine(e.getMessage()));
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(words, BooleanClause.Occur.MUST);
        if (filter.outlet() != null) {
            b.add(
                    new TermQuery(new Term("outlet", filter.outlet().toLowerCase(Locale.ROOT))),
                    BooleanClause.Occur.FILTER);
        }
        if (filter.since() != null || filter.until() != null) {
            long from = filter.since() == null ? Long.MIN_VALUE : filter.since().toEpochDay();
            long to = filter.until() == null ? Long.MAX_VALUE : filter.until().toEpochDay();
            b.add(LongPoint.newRangeQuery("published", from, to), BooleanClause.Occur.FILTER);
        }
        Query q = b.build();
        try (DirectoryReader reader = DirectoryReader.open(writer)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            TopDocs top = searcher.search(q, limit);
            String[] snippets =
                    UnifiedHighlighter.builder(searcher, analyzer).build().highlight("text", q, top);
            StoredFields stored = searcher.storedFields();
            List<Hit> hits = new ArrayList<>();
            for (int i = 0; i < top.scoreDocs.length; i++) {
                Document d = stored.document(top.scoreDocs[i].doc);
                hits.add(new Hit(
                        Long.parseLong(d.get("id")),
                        top.scoreDocs[i].score,
                        snippets[i] == null ? "" : snippets[i].strip()));
            }
            return hits;
        }
    }

    @Override
    public void close() throws IOException {
        writer.close();
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.split("\n", 2)[0];
    }
}
