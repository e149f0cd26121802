package org.armswatch.extract.eval;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Quotation counts: gold quotes, predicted quotes, gold quotes detected (matched one-to-one to a
 * prediction whose text contains their first words) and gold quotes attributed (matched one-to-one
 * to such a prediction whose speaker also resolves to the gold speaker). The two matchings are
 * separate maxima, so {@code attributed <= detected <= min(gold, predicted)}.
 */
public record QuoteCounts(int gold, int predicted, int detected, int attributed) {
    /** No quotes at all. */
    public static final QuoteCounts ZERO = new QuoteCounts(0, 0, 0, 0);

    public QuoteCounts {
        if (gold < 0
                || predicted < 0
                || attributed < 0
                || attributed > detected
                || detected > Math.min(gold, predicted)) {
            throw new IllegalArgumentException(
                    "inconsistent quote counts: " + gold + "/" + predicted + "/" + detected + "/" + attributed);
        }
    }

    /** The sum of both, for micro-averages. */
    public QuoteCounts plus(QuoteCounts other) {
        return new QuoteCounts(
                gold + other.gold,
                predicted + other.predicted,
                detected + other.detected,
                attributed + other.attributed);
    }

    /** {@code detected / gold}; 1.0 when there is no gold quote. */
    public double detectedRate() {
        return gold == 0 ? 1.0 : (double) detected / gold;
    }

    /** {@code attributed / gold}; 1.0 when there is no gold quote. */
    public double attributedRate() {
        return gold == 0 ? 1.0 : (double) attributed / gold;
    }

    /** {@code {"detected", "attributed"}} rates, followed by the four counts when {@code withCounts}. */
    Map<String, Object> toJson(boolean withCounts) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("detected", detectedRate());
        json.put("attributed", attributedRate());
        if (withCounts) {
            json.put("gold", gold);
            json.put("predicted", predicted);
            json.put("detected_count", detected);
            json.put("attributed_count", attributed);
        }
        return json;
    }
}
