package org.armswatch.corroborate;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.armswatch.extract.eval.Denial;
import org.armswatch.extract.eval.Transfer;

/**
 * The claims of several articles that describe one transfer.
 *
 * @param id a stable id: supplier, recipient and the first claim's article and position
 * @param supplier the supplier's code
 * @param recipient the recipient's code
 * @param items every item category the claims name
 * @param claims the claims, oldest first
 * @param history the statuses reached, each at the first claim that reached it, weakest first
 * @param sources the independent sources behind the claims
 * @param denials the denials by the supplier or the recipient told in the same period
 */
public record ClaimGroup(
        String id,
        String supplier,
        String recipient,
        Set<String> items,
        List<Claim> claims,
        List<Claim> history,
        List<Source> sources,
        List<Denied> denials) {
    public ClaimGroup {
        items = Set.copyOf(items);
        claims = List.copyOf(claims);
        history = List.copyOf(history);
        sources = List.copyOf(sources);
        denials = List.copyOf(denials);
    }

    /** The strongest status the claims reach: the last of {@link #history}. */
    public Claim strongest() {
        return history.getLast();
    }

    /** The date of the group's latest claim, or null when no claim is dated. */
    public LocalDate lastDated() {
        LocalDate last = null;
        for (Claim c : claims) {
            if (c.date() != null && (last == null || c.date().isAfter(last))) {
                last = c.date();
            }
        }
        return last;
    }

    /**
     * One article's claim.
     *
     * @param article the article's id
     * @param outlet its publication, or null
     * @param date its publication date, or null
     * @param transfer the claim as extracted
     */
    public record Claim(long article, String outlet, LocalDate date, Transfer transfer) {}

    /**
     * An independent source: an outlet reporting on its own account, or one party that several
     * outlets only cite.
     *
     * @param label the outlet's name ("article N" when unknown), or "cited: NAME"
     * @param articles the articles that rest on it
     */
    public record Source(String label, List<Long> articles) {
        public Source {
            articles = List.copyOf(articles);
        }
    }

    /**
     * A denial beside the claims.
     *
     * @param article the article that reports it
     * @param date the article's date, or null
     * @param denial the denial
     */
    public record Denied(long article, LocalDate date, Denial denial) {}
}
