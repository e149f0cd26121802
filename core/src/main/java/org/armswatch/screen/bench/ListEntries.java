package org.armswatch.screen.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.armswatch.lists.ListData;
import org.armswatch.lists.ListReaders;
import org.armswatch.lists.ListRefusedException;
import org.armswatch.lists.VersionDates;
import org.armswatch.model.Entity;
import org.armswatch.model.FtmModel;
import org.armswatch.screen.ListedEntry;

/**
 * The screening entries of the newest version of every list found in a folder, as a fresh store
 * would hold them after loading the folder: each file read by its reader, dated as the loader
 * dates it, the newest version of each source kept, and its matchable target entities made
 * {@link ListedEntry entries}.
 *
 * @param entries every entry, list by list
 * @param bySource the number of entries of each source, in the order read
 * @param files the main file of each version kept
 */
public record ListEntries(List<ListedEntry> entries, Map<String, Integer> bySource, List<Path> files) {
    public ListEntries {
        entries = List.copyOf(entries);
        bySource = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(bySource));
        files = List.copyOf(files);
    }

    /**
     * Reads the newest version of each list in the folder (walked recursively). Files that are no
     * list are skipped; a file its reader refuses fails the whole read, since a benchmark on part
     * of the data would mislead.
     */
    public static ListEntries newest(Path folder, ListReaders readers) throws IOException {
        ListReaders.Plan plan = readers.plan(List.of(folder), Optional.empty());
        record Version(Instant date, Path file, ListData data) {}
        List<Version> versions = new ArrayList<>();
        Instant now = Instant.now();
        for (ListReaders.Planned p : plan.inputs()) {
            ListData data;
            try {
                data = p.reader().read(p.input());
            } catch (ListRefusedException e) {
                throw new IOException("refused: " + e.getMessage(), e);
            }
            VersionDates.Dated dated =
                    VersionDates.resolve(data, p.input().main(), Optional.empty(), Optional.empty(), now);
            versions.add(new Version(dated.date(), p.input().main(), data));
        }
        versions.sort(
                Comparator.comparing(Version::date).thenComparing(v -> v.file().toString()));
        Map<String, Version> newest = new LinkedHashMap<>();
        versions.forEach(v -> newest.put(v.data().source(), v));
        List<ListedEntry> entries = new ArrayList<>();
        Map<String, Integer> bySource = new LinkedHashMap<>();
        List<Path> files = new ArrayList<>();
        for (Version v : newest.values()) {
            int before = entries.size();
            for (Entity e : v.data().entities()) {
                if (e.target() && FtmModel.get().isMatchable(e.schema())) {
                    entries.add(ListedEntry.of(e, v.data().source(), 1));
                }
            }
            bySource.put(v.data().source(), entries.size() - before);
            files.add(v.file());
        }
        return new ListEntries(entries, bySource, files);
    }

    /** Every name of every entry, in order. */
    public List<String> names() {
        List<String> names = new ArrayList<>();
        for (ListedEntry e : entries) {
            for (ListedEntry.ListedName n : e.names()) {
                names.add(n.text());
            }
        }
        return names;
    }
}
