package org.armswatch.lists;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/** The checks a new list version passes before it replaces the active one. */
public final class Integrity {
    private Integrity() {}

    /**
     * Refuses a file whose declared record count disagrees with what was read, or that holds no
     * records: checks that need nothing but the file itself.
     */
    public static void checkFile(String file, ListData data) throws ListRefusedException {
        if (data.declaredCount().isPresent() && data.declaredCount().getAsInt() != data.recordCount()) {
            throw new ListRefusedException(
                    file + ": declares " + data.declaredCount().getAsInt() + " records but holds " + data.recordCount()
                            + " (truncated or corrupted)");
        }
        if (data.recordCount() == 0) {
            throw new ListRefusedException(file + ": holds no records");
        }
    }

    /**
     * Refuses a version whose declared count disagrees with what was read, that holds no records,
     * that is older than the active version (unless allowed), or that shrinks the source by more
     * than the policy's fraction (unless accepted).
     *
     * @param data what the reader read
     * @param date the version's date, however found
     * @param active the source's active version, if any
     * @throws ListRefusedException with a one-line reason that says how to override where one can
     */
    public static void check(String file, ListData data, Instant date, Optional<ListVersion> active, LoadPolicy policy)
            throws ListRefusedException {
        checkFile(file, data);
        if (active.isEmpty()) {
            return;
        }
        ListVersion current = active.get();
        if (date.isBefore(current.publishedAt()) && !policy.allowOlder()) {
            throw new ListRefusedException(file + ": dated " + date + ", older than the active version " + current.id()
                    + " of " + current.source() + " dated " + current.publishedAt()
                    + " (use --allow-older to load it anyway)");
        }
        // The lost fraction, compared as a quotient: exact at the boundary (a 69% drop under --max-shrink 0.69),
        // where the product count * (1 - maxShrink) rounds away from the whole number.
        double lost = (double) (current.recordCount() - data.recordCount()) / current.recordCount();
        if (lost > policy.maxShrink() && !policy.acceptShrink()) {
            double drop = 100.0 * lost;
            throw new ListRefusedException(String.format(
                    Locale.ROOT,
                    "%s: would shrink %s from %d to %d records (-%.1f%%, more than the %.0f%% allowed; use --accept-shrink if that is right)",
                    file,
                    current.source(),
                    current.recordCount(),
                    data.recordCount(),
                    drop,
                    policy.maxShrink() * 100));
        }
    }
}
