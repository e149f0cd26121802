package org.armswatch.extract.eval;

import java.util.List;

/** The closed vocabularies of the gold schema, in the order the gold README lists them. */
public final class Vocabulary {
    /** Item categories of a transfer. */
    public static final List<String> ITEMS = List.of(
            "ammunition",
            "artillery",
            "missiles",
            "drones",
            "aircraft",
            "armoured_vehicles",
            "air_defence",
            "naval",
            "small_arms",
            "military_technology",
            "dual_use",
            "economic",
            "weapons_unspecified");

    /** Statuses of a transfer. */
    public static final List<String> TRANSFER_STATUSES =
            List.of("requested", "negotiating", "potential", "agreed", "delivered");

    /** Statuses of a meeting. */
    public static final List<String> MEETING_STATUSES = List.of("held", "planned");

    private Vocabulary() {}

    /** Throws {@link IllegalArgumentException} naming {@code field} unless {@code value} is in {@code allowed}. */
    static void check(String field, String value, List<String> allowed) {
        if (!allowed.contains(value)) {
            throw new IllegalArgumentException(notOneOf(field, value, allowed));
        }
    }

    /** "{@code field: 'value' is not one of a, b, c}". */
    static String notOneOf(String field, String value, List<String> allowed) {
        return field + ": '" + value + "' is not one of " + String.join(", ", allowed);
    }

    /** Throws {@link IllegalArgumentException} naming {@code field} when {@code value} is null or blank. */
    static String required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + ": missing");
        }
        return value;
    }
}
