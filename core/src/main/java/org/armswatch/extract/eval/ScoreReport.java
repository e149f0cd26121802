package org.armswatch.extract.eval;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The scores of a set of predictions against the gold.
 *
 * @param total counts summed over all articles (micro-average), and B-cubed over the forms of
 *     {@code clusters.json}
 * @param perArticle the scores of each article, by {@code doc} in doc order
 */
public record ScoreReport(Scores total, Map<String, Scores> perArticle) {
    public ScoreReport {
        perArticle = Collections.unmodifiableMap(new TreeMap<>(perArticle));
    }

    /**
     * The total in the shape of {@link Scores#toJson} without counts, followed by
     * {@code per_article}: doc to its scores with counts. Values are maps, strings, numbers.
     */
    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>(total.toJson(false));
        Map<String, Object> articles = new LinkedHashMap<>();
        perArticle.forEach((doc, scores) -> articles.put(doc, scores.toJson(true)));
        json.put("per_article", articles);
        return json;
    }

    /** {@link #toJson()} as pretty JSON text. */
    public String toJsonText() {
        return GoldFiles.pretty(toJson());
    }
}
