package org.armswatch.extract.eval;

import java.time.LocalDate;
import java.util.List;

/**
 * What an analyst (gold) or an extractor (prediction) reads out of one article, in the schema of
 * {@code shared/gold/README.md}.
 *
 * @param doc the article's file name, such as {@code 000_206219e46a845f3a.txt}; required
 * @param outlet the publishing outlet, or null
 * @param published the publication date, or null
 */
public record Annotations(
        String doc,
        String outlet,
        LocalDate published,
        List<Transfer> transfers,
        List<Meeting> meetings,
        List<Sanction> sanctions,
        List<Denial> denials,
        List<Quote> quotes,
        List<Person> people) {
    public Annotations {
        Vocabulary.required("doc", doc);
        transfers = List.copyOf(transfers);
        meetings = List.copyOf(meetings);
        sanctions = List.copyOf(sanctions);
        denials = List.copyOf(denials);
        quotes = List.copyOf(quotes);
        people = List.copyOf(people);
    }
}
