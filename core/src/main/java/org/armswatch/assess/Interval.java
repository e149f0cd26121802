package org.armswatch.assess;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The days a provision is in force: from {@code from} (inclusive) up to {@code until}, the first
 * day it no longer applies (exclusive), or without end when {@code until} is null.
 */
public record Interval(LocalDate from, LocalDate until) {
    public Interval {
        Objects.requireNonNull(from, "from");
        if (until != null && !until.isAfter(from)) {
            throw new IllegalArgumentException("until " + until + " is not after from " + from);
        }
    }

    /** Whether the provision is in force on {@code date}. */
    public boolean contains(LocalDate date) {
        return !date.isBefore(from) && (until == null || date.isBefore(until));
    }

    /** Whether the interval ended on or before {@code date}. */
    public boolean endedBy(LocalDate date) {
        return until != null && !date.isBefore(until);
    }
}
