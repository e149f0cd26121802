package org.armswatch.store.db;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.armswatch.lists.Digests;
import org.armswatch.lists.Integrity;
import org.armswatch.lists.ListData;
import org.armswatch.lists.ListReaders;
import org.armswatch.lists.ListRefusedException;
import org.armswatch.lists.ListSources;
import org.armswatch.lists.ListVersion;
import org.armswatch.lists.LoadPolicy;
import org.armswatch.lists.Quirk;
import org.armswatch.lists.VersionDates;
import org.armswatch.model.Entity;

/**
 * Loads one list input into the store: reads it, dates it, checks it against the active version
 * and stores it as the new active version, or leaves everything as it was.
 */
public final class ListLoader {
    private final ListStore store;
    private final Clock clock;

    public ListLoader(ListStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /**
     * How to load.
     *
     * @param date the publisher's date for files that carry none
     * @param policy what the integrity checks let through
     * @param origin the URL a downloaded file came from, else empty (the path is the origin)
     * @param etag the download's ETag
     * @param lastModified the download's Last-Modified, parsed and raw
     */
    public record Options(
            Optional<LocalDate> date,
            LoadPolicy policy,
            Optional<String> origin,
            Optional<String> etag,
            Optional<Instant> lastModified,
            Optional<String> lastModifiedRaw) {
        public static Options of(Optional<LocalDate> date, LoadPolicy policy) {
            return new Options(date, policy, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
        }
    }

    /** What a load did. */
    public sealed interface Outcome {
        /** The list's source name. */
        String source();
    }

    /** A new version, now active. */
    public record Loaded(ListVersion version, List<Quirk> quirks) implements Outcome {
        @Override
        public String source() {
            return version.source();
        }
    }

    /** Nothing stored: these bytes or this content are already there. */
    public record Unchanged(ListVersion existing, String reason) implements Outcome {
        @Override
        public String source() {
            return existing.source();
        }
    }

    /** A list read and dated, not yet stored. */
    public record Candidate(
            ListReaders.Planned planned, ListData data, String sha256, VersionDates.Dated dated, Options options) {
        /** The main file, as messages name it. */
        public String file() {
            return planned.input().main().toString();
        }
    }

    /**
     * Reads and dates one planned input; stores nothing.
     *
     * @throws ListRefusedException when the file is refused
     */
    public Candidate read(ListReaders.Planned planned, Options options) throws IOException, ListRefusedException {
        String sha = Digests.of(planned.input());
        ListData data = withUniqueIds(planned.reader().read(planned.input()));
        Integrity.checkFile(planned.input().main().toString(), data);
        if (!ListSources.isValidName(data.source())) {
            throw new ListRefusedException(planned.input().main() + ": source name '" + data.source()
                    + "' is not valid (lower-case letters, digits, dashes and underscores, as in --source ofac-irgc)");
        }
        VersionDates.Dated dated = VersionDates.resolve(
                data, planned.input().main(), options.date(), options.lastModified(), clock.instant());
        return new Candidate(planned, data, sha, dated, options);
    }

    /**
     * Stores a candidate as its source's new active version, unless the same bytes or content are
     * already there.
     *
     * @throws ListRefusedException when the integrity checks refuse it; nothing is stored then
     */
    public Outcome store(Candidate c) throws ListRefusedException, StoreException {
        ListData data = c.data();
        Optional<ListVersion> sameBytes = store.bySha256(data.source(), c.sha256());
        if (sameBytes.isPresent()) {
            return new Unchanged(
                    sameBytes.get(),
                    "the same bytes are already loaded as version "
                            + sameBytes.get().id());
        }
        String content = Digests.content(data.entities());
        Optional<ListVersion> active = store.active(data.source());
        if (active.isPresent()
                && active.get().contentHash().equals(content)
                && !c.dated().date().isAfter(active.get().publishedAt())) {
            return new Unchanged(
                    active.get(),
                    "the same content as the active version " + active.get().id());
        }
        List<String> warnings = new ArrayList<>();
        c.dated().warning().ifPresent(warnings::add);
        NewVersion version = new NewVersion(
                data,
                data.source(),
                c.dated().date(),
                c.dated().basis(),
                c.sha256(),
                content,
                c.options().origin().orElse(c.file()),
                warnings,
                c.options().etag(),
                c.options().lastModifiedRaw());
        try {
            ListVersion stored = store.save(
                    version,
                    current -> Integrity.check(
                            c.file(),
                            data,
                            c.dated().date(),
                            current,
                            c.options().policy()));
            return new Loaded(stored, data.quirks());
        } catch (ListRefusedException e) {
            throw e;
        } catch (Exception e) {
            throw new StoreException("cannot store " + c.file() + ": " + Database.firstLine(e.getMessage()), e);
        }
    }

    // A publisher's file that repeats an id keeps its first record; the repeats become quirks so
    // that the store's key (version, id) holds and nothing is silently merged.
    private static ListData withUniqueIds(ListData data) {
        Set<String> seen = new HashSet<>();
        List<Entity> unique = new ArrayList<>(data.entities().size());
        List<Quirk> quirks = new ArrayList<>(data.quirks());
        for (Entity e : data.entities()) {
            if (seen.add(e.id())) {
                unique.add(e);
            } else {
                quirks.add(new Quirk(e.id(), "duplicate-id", "a second record with id " + e.id() + " was left out"));
            }
        }
        if (unique.size() == data.entities().size()) {
            return data;
        }
        return new ListData(
                data.source(),
                data.format(),
                data.publishedAt(),
                data.declaredCount(),
                data.recordCount(),
                unique,
                quirks);
    }
}
