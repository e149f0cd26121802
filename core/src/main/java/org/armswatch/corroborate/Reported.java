package org.armswatch.corroborate;

import java.time.LocalDate;
import java.util.List;
import org.armswatch.extract.eval.Denial;
import org.armswatch.extract.eval.Transfer;

/**
 * One analysed article as corroboration reads it.
 *
 * @param article the article's id
 * @param outlet its publication, or null when unknown
 * @param date its publication date, or null when unknown
 * @param copyOf the id of the article it copies (its duplicate or syndication group's first
 *     article), or its own id
 * @param transfers the transfers it tells of
 * @param denials the denials it reports
 */
public record Reported(
        long article, String outlet, LocalDate date, long copyOf, List<Transfer> transfers, List<Denial> denials) {
    public Reported {
        transfers = List.copyOf(transfers);
        denials = List.copyOf(denials);
    }
}
