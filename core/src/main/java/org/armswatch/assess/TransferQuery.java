package org.armswatch.assess;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A transfer to assess.
 *
 * @param supplier ISO 3166-1 alpha-3 code of the supplying state, or another identifier (which no provision targets)
 * @param recipient as {@code supplier}, for the receiving state
 * @param items gold categories and item types; at least one, without repeats
 * @param date the day of the transfer (or of the claim, when that is all that is known)
 */
public record TransferQuery(String supplier, String recipient, List<String> items, LocalDate date) {
    public TransferQuery {
        if (supplier == null || supplier.isBlank()) {
            throw new IllegalArgumentException("supplier: missing");
        }
        if (recipient == null || recipient.isBlank()) {
            throw new IllegalArgumentException("recipient: missing");
        }
        items = List.copyOf(items.stream().distinct().toList());
        if (items.isEmpty()) {
            throw new IllegalArgumentException("items: none given");
        }
        Objects.requireNonNull(date, "date");
    }
}
