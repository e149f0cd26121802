package org.armswatch.extract.gazetteer;

import java.util.List;

/**
 * A span of tokens that names a gazetteer entry.
 *
 * @param start index of the first token
 * @param end index after the last token (exclusive)
 * @param entry the entry the span names; when several do, the one from the earliest file in the order states,
 *     people, organisations, weapons, titles, and within a file the earliest line
 * @param alternatives the other entries the same span names ("Kremlin" is a seat of the Russian state and an
 *     organisation; "Congolese" is a demonym of two states), in the same order; empty when none
 */
public record Match(int start, int end, Entry entry, List<Entry> alternatives) {

    public Match {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
        alternatives = List.copyOf(alternatives);
    }

    /** The number of tokens matched. */
    public int length() {
        return end - start;
    }
}
