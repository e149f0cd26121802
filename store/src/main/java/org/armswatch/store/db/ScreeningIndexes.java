package org.armswatch.store.db;

import java.util.ArrayList;
import java.util.List;
import org.armswatch.lists.ListVersion;
import org.armswatch.model.FtmModel;
import org.armswatch.screen.ListedEntry;
import org.armswatch.screen.MatchIndex;
import org.armswatch.screen.NameNormalizer;
import org.armswatch.screen.ScreeningUnavailableException;

/**
 * The screening index over the store's active list versions: built on first use, and built
 * again whenever the set of active versions has changed since. Thread-safe.
 */
public final class ScreeningIndexes {
    private final ListStore store;
    private final NameNormalizer normalizer;
    private Built current;

    /** An index and the list versions it was built from. */
    public record Built(MatchIndex index, List<ListVersion> versions) {
        public Built {
            versions = List.copyOf(versions);
        }
    }

    public ScreeningIndexes(ListStore store, NameNormalizer normalizer) {
        this.store = store;
        this.normalizer = normalizer;
    }

    /**
     * The index over the active versions.
     *
     * @throws ScreeningUnavailableException when no list is loaded or the stored lists cannot be read
     */
    public synchronized Built current() throws ScreeningUnavailableException {
        List<ListVersion> active;
        try {
            active = store.activeVersions();
        } catch (RuntimeException e) {
            throw new ScreeningUnavailableException(
                    "cannot read the stored lists: " + Database.firstLine(e.getMessage()), e);
        }
        if (active.isEmpty()) {
            throw new ScreeningUnavailableException(
                    "no sanctions lists are loaded, so nothing can be screened (run 'armswatch lists update' first);"
                            + " armswatch refuses rather than answer 'no match'");
        }
        if (current == null || !ids(current.versions()).equals(ids(active))) {
            current = build(active);
        }
        return current;
    }

    private Built build(List<ListVersion> active) throws ScreeningUnavailableException {
        List<ListedEntry> entries = new ArrayList<>();
        try {
            store.forEachActiveTarget(f -> {
                if (FtmModel.get().isMatchable(f.entity().schema())) {
                    entries.add(ListedEntry.of(
                            f.entity(), f.version().source(), f.version().id()));
                }
            });
        } catch (RuntimeException e) {
            throw new ScreeningUnavailableException(
                    "cannot read the stored lists: " + Database.firstLine(e.getMessage()), e);
        }
        return new Built(MatchIndex.build(entries, normalizer), active);
    }

    private static List<Long> ids(List<ListVersion> versions) {
        return versions.stream().map(ListVersion::id).sorted().toList();
    }
}
