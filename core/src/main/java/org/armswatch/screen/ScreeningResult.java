package org.armswatch.screen;

/**
 * One list entry found for a query.
 *
 * @param entry the entry
 * @param score in [0,1]
 * @param match whether the score reaches the threshold (and the match does not rest on a weak alias alone)
 * @param explanation why
 */
public record ScreeningResult(ListedEntry entry, double score, boolean match, Explanation explanation) {}
