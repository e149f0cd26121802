package org.armswatch.extract.eval;

import java.util.LinkedHashMap;
import java.util.Map;

/** The scores of one article, or of all articles together. */
public record Scores(
        Counts transfersStrict,
        Counts transfersLenient,
        QuoteCounts quotes,
        Counts meetings,
        Counts sanctions,
        Counts denials,
        BCubed clusters) {
    /**
     * The JSON shape the CLI prints: {@code transfers} ({@code strict}, {@code lenient}),
     * {@code quotes}, {@code meetings}, {@code sanctions}, {@code denials}, {@code clusters}; with
     * {@code withCounts}, each section also carries its raw counts.
     */
    public Map<String, Object> toJson(boolean withCounts) {
        Map<String, Object> transfers = new LinkedHashMap<>();
        transfers.put("strict", transfersStrict.toJson(withCounts));
        transfers.put("lenient", transfersLenient.toJson(withCounts));
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("transfers", transfers);
        json.put("quotes", quotes.toJson(withCounts));
        json.put("meetings", meetings.toJson(withCounts));
        json.put("sanctions", sanctions.toJson(withCounts));
        json.put("denials", denials.toJson(withCounts));
        json.put("clusters", clusters.toJson(withCounts));
        return json;
    }
}
