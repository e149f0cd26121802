package org.armswatch.screen.eval;

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
import org.armswatch.lists.ListInput;
import org.armswatch.lists.ListReaders;
import org.armswatch.lists.ListRefusedException;
import org.armswatch.lists.VersionDates;
import org.armswatch.model.Entity;
import org.armswatch.model.FtmModel;
import org.armswatch.screen.ListedEntry;

/**
 * Reads list files straight into screening entries, without a store: every file the standard
 * readers recognise is read, dated as a load would date it ({@link VersionDates}: the
 * publisher's date, else a date in the file name), and the newest version of each source is
 * kept. Entries are the target entities of a matchable schema.
 */
public final class EvalLists {
    private EvalLists() {}

    /** One list version kept. */
    public record Version(String source, Path file, Instant date, int entries) {}

    /** The versions kept, their entries, and the files passed over with the reason. */
    public record Loaded(List<Version> versions, List<ListedEntry> entries, List<String> passedOver) {
        public Loaded {
            versions = List.copyOf(versions);
            entries = List.copyOf(entries);
            passedOver = List.copyOf(passedOver);
        }
    }

    /** The newest version of each list found under a folder. */
    public static Loaded newest(Path folder) {
        ListReaders readers = ListReaders.standard();
        ListReaders.Plan plan;
        try {
            plan = readers.plan(List.of(folder), Optional.empty());
        } catch (IOException e) {
            throw new EvalDataException(folder + ": cannot read the list folder: " + e.getMessage(), e);
        }
        record Read(ListReaders.Planned planned, ListData data, Instant date) {}
        List<Read> reads = new ArrayList<>();
        List<String> passedOver = new ArrayList<>();
        for (ListReaders.Planned p : plan.inputs()) {
            try {
                ListData data = p.reader().read(p.input());
                Instant date = VersionDates.resolve(
                                data, p.input().main(), Optional.empty(), Optional.empty(), Instant.EPOCH)
                        .date();
                reads.add(new Read(p, data, date));
            } catch (IOException | ListRefusedException e) {
                passedOver.add(p.input().main() + ": refused: " + e.getMessage());
            }
        }
        reads.sort(Comparator.comparing(Read::date)
                .thenComparing(r -> r.planned().input().main().toString()));
        Map<String, Read> newest = new LinkedHashMap<>();
        for (Read r : reads) {
            Read previous = newest.put(r.data().source(), r);
            if (previous != null) {
                passedOver.add(previous.planned().input().main() + ": a version of "
                        + r.data().source() + " no newer than "
                        + r.planned().input().main().getFileName() + ", which is kept");
            }
        }
        List<Version> versions = new ArrayList<>();
        List<ListedEntry> entries = new ArrayList<>();
        newest.values().stream()
                .sorted(Comparator.comparing(r -> r.data().source()))
                .forEach(r -> {
                    List<ListedEntry> own = entries(r.data());
                    versions.add(
                            new Version(r.data().source(), r.planned().input().main(), r.date(), own.size()));
                    entries.addAll(own);
                });
        return new Loaded(versions, entries, passedOver);
    }

    /** The entries of one list file. */
    public static List<ListedEntry> read(Path file) {
        ListReaders readers = ListReaders.standard();
        try {
            var detected = readers.detect(file)
                    .orElseThrow(() -> new EvalDataException(file + ": not a list in a known format"));
            return entries(detected.reader().read(ListInput.of(file)));
        } catch (IOException | ListRefusedException e) {
            throw new EvalDataException(file + ": cannot read the list: " + e.getMessage(), e);
        }
    }

    static List<ListedEntry> entries(ListData data) {
        List<ListedEntry> out = new ArrayList<>();
        FtmModel model = FtmModel.get();
        for (Entity e : data.entities()) {
            if (e.target() && model.isMatchable(e.schema())) {
                out.add(ListedEntry.of(e, data.source(), 1));
            }
        }
        return out;
    }
}
