package org.armswatch.store.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.armswatch.lists.ListDownloader;
import org.armswatch.lists.ListReaders;
import org.armswatch.lists.ListRefusedException;
import org.armswatch.lists.ListSource;
import org.armswatch.lists.ListVersion;
import org.armswatch.lists.Quirk;

/**
 * Brings the store's lists up to date from files and folders, or from the publishers' URLs. Each
 * list input is handled on its own: a refused or failed one leaves its source as it was and the
 * others go on. Inputs from files are stored oldest first, so that a folder holding several
 * versions of a list ends with the newest active.
 */
public final class ListUpdater {
    private final ListLoader loader;
    private final ListReaders readers;
    private final ListStore store;

    public ListUpdater(ListStore store, ListReaders readers, Clock clock) {
        this.store = store;
        this.readers = readers;
        this.loader = new ListLoader(store, clock);
    }

    /** What happened to one input. */
    public enum Status {
        LOADED,
        UNCHANGED,
        REFUSED,
        SKIPPED,
        FAILED
    }

    /**
     * One input's outcome.
     *
     * @param origin path or URL
     * @param status what happened
     * @param version the version stored, or the existing one for an unchanged input
     * @param message the reason, for every status but LOADED
     * @param quirks the record-level quirks of a loaded version
     */
    public record Item(
            String origin, Status status, Optional<ListVersion> version, String message, List<Quirk> quirks) {}

    /** Told of progress: how many inputs there are, and each one as it is done. */
    public interface Listener {
        void started(int inputs);

        void done(Item item);

        /** An input was read and checked, before it is stored. */
        default void read(String origin) {}

        /** Bytes received so far of the list being downloaded. */
        default void downloading(String source, long bytes) {}

        Listener NONE = new Listener() {
            @Override
            public void started(int inputs) {}

            @Override
            public void done(Item item) {}
        };
    }

    /**
     * Loads the lists found in files and folders (walked recursively).
     *
     * @param newestOnly load only the newest version found of each source, as when setting up a fresh store
     */
    public List<Item> fromFiles(
            List<Path> paths,
            Optional<String> source,
            ListLoader.Options options,
            boolean newestOnly,
            Listener listener)
            throws IOException, StoreException {
        ListReaders.Plan plan = readers.plan(paths, source);
        List<Item> items = new ArrayList<>();
        for (ListReaders.Skipped s : plan.skipped()) {
            items.add(new Item(s.file().toString(), Status.SKIPPED, Optional.empty(), s.reason(), List.of()));
        }
        listener.started(plan.inputs().size());
        List<ListLoader.Candidate> candidates = new ArrayList<>();
        for (ListReaders.Planned p : plan.inputs()) {
            try {
                candidates.add(loader.read(p, options));
                listener.read(p.input().main().toString());
            } catch (ListRefusedException e) {
                Item item = new Item(
                        p.input().main().toString(), Status.REFUSED, Optional.empty(), e.getMessage(), List.of());
                items.add(item);
                listener.done(item);
            }
        }
        candidates.sort(
                Comparator.comparing((ListLoader.Candidate c) -> c.dated().date())
                        .thenComparing(ListLoader.Candidate::file));
        if (newestOnly) {
            Map<String, ListLoader.Candidate> newest = new LinkedHashMap<>();
            candidates.forEach(c -> newest.put(c.data().source(), c));
            candidates.retainAll(newest.values());
        }
        for (ListLoader.Candidate c : candidates) {
            Item item = store(c);
            items.add(item);
            listener.done(item);
        }
        return items;
    }

    /** Downloads each source from its publisher into {@code downloads} and loads what changed. */
    public List<Item> fromPublishers(
            List<ListSource> sources,
            ListDownloader downloader,
            Path downloads,
            ListLoader.Options options,
            Listener listener)
            throws IOException, StoreException, InterruptedException {
        Files.createDirectories(downloads);
        listener.started(sources.size());
        List<Item> items = new ArrayList<>();
        for (ListSource source : sources) {
            String url = source.downloadUrl().orElseThrow().toString();
            ListStore.Validators validators = store.downloadValidators(source.name());
            Item item;
            try {
                ListDownloader.Result result = downloader.download(
                        source.downloadUrl().get(),
                        downloads.resolve(source.name()),
                        validators.etag(),
                        validators.lastModified(),
                        bytes -> listener.downloading(source.name(), bytes));
                if (result.notModified()) {
                    item = new Item(
                            url,
                            Status.UNCHANGED,
                            store.active(source.name()),
                            "not modified since the last download",
                            List.of());
                } else {
                    item = loadDownload(source, url, result, options);
                }
            } catch (ListDownloader.DownloadException e) {
                item = new Item(url, Status.FAILED, Optional.empty(), e.getMessage(), List.of());
            }
            items.add(item);
            listener.done(item);
        }
        return items;
    }

    private Item loadDownload(ListSource source, String url, ListDownloader.Result result, ListLoader.Options options)
            throws IOException, StoreException {
        Path file = result.file().orElseThrow();
        ListReaders.Plan plan = readers.plan(List.of(file), Optional.of(source.name()));
        if (plan.inputs().size() != 1) {
            return new Item(
                    url,
                    Status.REFUSED,
                    Optional.empty(),
                    url + ": the download is not a list in a known format",
                    List.of());
        }
        ListLoader.Options download = new ListLoader.Options(
                options.date(),
                options.policy(),
                Optional.of(url),
                result.etag(),
                result.lastModified(),
                result.lastModifiedRaw());
        try {
            return store(loader.read(plan.inputs().get(0), download));
        } catch (ListRefusedException e) {
            return new Item(url, Status.REFUSED, Optional.empty(), e.getMessage(), List.of());
        }
    }

    private Item store(ListLoader.Candidate c) throws StoreException {
        String origin = c.options().origin().orElse(c.file());
        try {
            ListLoader.Outcome outcome = loader.store(c);
            return switch (outcome) {
                case ListLoader.Loaded l -> new Item(origin, Status.LOADED, Optional.of(l.version()), "", l.quirks());
                case ListLoader.Unchanged u ->
                    new Item(origin, Status.UNCHANGED, Optional.of(u.existing()), u.reason(), List.of());
            };
        } catch (ListRefusedException e) {
            return new Item(origin, Status.REFUSED, Optional.empty(), e.getMessage(), List.of());
        }
    }
}
