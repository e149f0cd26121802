package org.armswatch.lists;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The readers of every supported format, and the grouping of files into list inputs by their
 * content: each file is offered to the readers in turn; a main file becomes one {@link ListInput},
 * and a companion file (OFAC's {@code alt.csv} beside {@code sdn.csv}) joins the main file of
 * the same format in the same folder.
 */
public final class ListReaders {
    private final List<ListReader> readers;

    /** The readers tried in this order; the first whose {@link ListReader#sniff} answers takes the file. */
    public ListReaders(List<ListReader> readers) {
        this.readers = List.copyOf(readers);
    }

    /** Every format armswatch reads. */
    public static ListReaders standard() {
        return new ListReaders(List.of(
                new UnXmlReader(),
                new OfacXmlReader(),
                new OfacEnhancedXmlReader(),
                new OfacCsvReader(),
                new EuXmlReader(),
                new UkCsvReader(),
                new UkOdsReader(),
                new FtmJsonReader(),
                new OpenSanctionsCsvReader()));
    }

    /** A file this set of readers recognises, and as what. */
    public record Detected(Path file, ListReader reader, String role) {}

    /** A file left out of a plan, and why. */
    public record Skipped(Path file, String reason) {}

    /** The inputs found among the given paths, and the files left out. */
    public record Plan(List<Planned> inputs, List<Skipped> skipped) {}

    /** One list input with the reader that reads it. */
    public record Planned(ListInput input, ListReader reader) {}

    /** The reader for a format name. */
    public Optional<ListReader> byFormat(String format) {
        return readers.stream().filter(r -> r.format().equals(format)).findFirst();
    }

    public List<String> formats() {
        return readers.stream().map(ListReader::format).toList();
    }

    /** Finds the reader of a file from its first bytes. */
    public Optional<Detected> detect(Path file) throws IOException {
        FileHead head = FileHead.of(file);
        for (ListReader reader : readers) {
            Optional<String> role = reader.sniff(head);
            if (role.isPresent()) {
                return Optional.of(new Detected(file, reader, role.get()));
            }
        }
        return Optional.empty();
    }

    /**
     * Groups files and folders (walked recursively, in name order) into list inputs.
     *
     * @param sourceOverride a source name forced on every input, or empty
     */
    public Plan plan(List<Path> paths, Optional<String> sourceOverride) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile)
                            .sorted(Comparator.comparing(Path::toString))
                            .forEach(files::add);
                }
            } else if (Files.isRegularFile(p)) {
                files.add(p);
            } else {
                throw new IOException(p + ": no such file or folder");
            }
        }
        List<Skipped> skipped = new ArrayList<>();
        List<Detected> mains = new ArrayList<>();
        List<Detected> companions = new ArrayList<>();
        for (Path f : files) {
            if (Files.size(f) == 0) {
                skipped.add(new Skipped(f, "empty file"));
                continue;
            }
            Optional<Detected> d = detect(f);
            if (d.isEmpty()) {
                skipped.add(new Skipped(
                        f, "not a sanctions list in a known format (" + String.join(", ", formats()) + ")"));
            } else if (d.get().role().equals(ListReader.MAIN)) {
                mains.add(d.get());
            } else {
                companions.add(d.get());
            }
        }
        Map<Detected, Map<String, Path>> attached = new LinkedHashMap<>();
        mains.forEach(m -> attached.put(m, new HashMap<>()));
        for (Detected c : companions) {
            List<Detected> owners = mains.stream()
                    .filter(m -> m.reader() == c.reader() && folder(m.file()).equals(folder(c.file())))
                    .toList();
            if (owners.size() != 1) {
                skipped.add(new Skipped(
                        c.file(),
                        owners.isEmpty()
                                ? c.reader().format() + " companion (" + c.role()
                                        + ") without its main file in the same folder"
                                : c.reader().format() + " companion (" + c.role()
                                        + ") beside several main files: load the folder's files one set at a time"));
                continue;
            }
            Path previous = attached.get(owners.get(0)).put(c.role(), c.file());
            if (previous != null) {
                skipped.add(new Skipped(
                        c.file(),
                        "a second " + c.role() + " file beside "
                                + owners.get(0).file().getFileName() + " (kept " + previous.getFileName() + ")"));
                attached.get(owners.get(0)).put(c.role(), previous);
            }
        }
        List<Planned> inputs = new ArrayList<>();
        attached.forEach(
                (m, comp) -> inputs.add(new Planned(new ListInput(m.file(), comp, sourceOverride), m.reader())));
        return new Plan(inputs, skipped);
    }

    private static Path folder(Path file) {
        return file.toAbsolutePath().normalize().getParent();
    }
}
