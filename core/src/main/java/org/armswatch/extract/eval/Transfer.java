package org.armswatch.extract.eval;

import java.util.List;

/**
 * A claim that something is, was or may be moved from one party to another.
 *
 * @param supplier ISO 3166-1 alpha-3 code (or {@code SUN}) or a lower-case slug; required
 * @param recipient as {@code supplier}; required
 * @param endUser as {@code supplier}, or null
 * @param items at least one category of {@link Vocabulary#ITEMS}
 * @param status one of {@link Vocabulary#TRANSFER_STATUSES}
 * @param quantity a number of items, or null
 * @param claimedBy who the report says makes the claim, or null
 * @param evidence the phrase or sentence that carries the claim; required
 * @param optional a defensible reading that is neither rewarded nor penalised
 */
public record Transfer(
        String supplier,
        String recipient,
        String endUser,
        List<String> items,
        String status,
        Integer quantity,
        String claimedBy,
        String evidence,
        boolean optional) {
    public Transfer {
        Vocabulary.required("supplier", supplier);
        Vocabulary.required("recipient", recipient);
        items = List.copyOf(items);
        if (items.isEmpty()) {
            throw new IllegalArgumentException("items: empty");
        }
        items.forEach(item -> Vocabulary.check("items", item, Vocabulary.ITEMS));
        Vocabulary.check("status", status, Vocabulary.TRANSFER_STATUSES);
        Vocabulary.required("evidence", evidence);
    }
}
