package org.armswatch.cli;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.armswatch.corroborate.ClaimGroup;
import org.armswatch.corroborate.ClaimGroups;
import org.armswatch.corroborate.Reported;
import org.armswatch.extract.eval.Annotations;
import org.armswatch.extract.eval.GoldFiles;
import org.armswatch.extract.eval.GoldFormatException;
import org.armswatch.extract.gazetteer.Entry;
import org.armswatch.extract.gazetteer.Gazetteer;
import org.armswatch.extract.gazetteer.Match;
import org.armswatch.store.db.AnalysisStore;
import org.armswatch.store.db.ArticleStore;
import org.armswatch.store.db.Database;

/**
 * The transfer register of the store: the claim groups of every analysed article, with the
 * articles they rest on.
 *
 * @param groups the claim groups, oldest first
 * @param articles the analysed articles, by id
 * @param analyses each analysed article's results, by id
 */
record Register(List<ClaimGroup> groups, Map<Long, ArticleStore.Stored> articles, Map<Long, Annotations> analyses) {

    /**
     * Reads the stored analyses and groups their claims.
     *
     * @param gazetteer to read which parties a denial names
     */
    static Register read(Database db, Gazetteer gazetteer) {
        Map<Long, ArticleStore.Stored> stored = new LinkedHashMap<>();
        db.articles().list(new ArticleStore.Filter(null, null, null)).forEach(a -> stored.put(a.id(), a));
        Map<Long, ArticleStore.Stored> articles = new LinkedHashMap<>();
        Map<Long, Annotations> analyses = new LinkedHashMap<>();
        List<Reported> reported = new ArrayList<>();
        for (AnalysisStore.Analysis a : db.analyses().all()) {
            ArticleStore.Stored article = stored.get(a.article());
            Annotations results;
            try {
                results = GoldFiles.fromJson(a.annotations(), "analysis of article " + a.article());
            } catch (GoldFormatException e) {
                throw new CliException(
                        ExitCode.REFUSED,
                        "the stored analysis of article " + a.article() + " cannot be read (" + e.getMessage()
                                + "); analyse it again: armswatch analyze " + a.article());
            }
            articles.put(article.id(), article);
            analyses.put(article.id(), results);
            reported.add(new Reported(
                    article.id(),
                    article.outlet(),
                    article.published(),
                    article.group() != null ? article.group() : article.id(),
                    results.transfers(),
                    results.denials()));
        }
        return new Register(ClaimGroups.group(reported, sentence -> named(gazetteer, sentence)), articles, analyses);
    }

    // The states and groups a sentence names, by the gazetteer.
    private static Set<String> named(Gazetteer gazetteer, String sentence) {
        Set<String> out = new HashSet<>();
        for (Match m : gazetteer.find(List.of(sentence.split("[^\\p{L}\\p{N}'-]+")))) {
            Entry e = m.entry();
            if (e.kind() == Entry.Kind.STATE || e.kind() == Entry.Kind.ARMED_GROUP) {
                out.add(e.code());
            }
        }
        return out;
    }
}
