package org.armswatch.assess;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.armswatch.model.ResourceLines;

/**
 * A set of regimes read from regime files, one file per regime, with the item catalogue their
 * types make up. Immutable.
 *
 * <p>Across files, two regimes with the same id, or one item type defined under two different
 * categories, are a {@link RegimeFormatException} naming both files.
 */
public final class Regimes {
    private static final String FOLDER = "regimes/";
    private static final String INDEX = FOLDER + "regimes.txt";

    private final List<Regime> regimes;
    private final ItemCatalog items;

    private Regimes(List<Regime> regimes, ItemCatalog items) {
        this.regimes = List.copyOf(regimes);
        this.items = items;
    }

    /**
     * The regimes armswatch ships: the files that {@code regimes/regimes.txt} lists, beside this
     * class on the class path.
     *
     * @throws IllegalStateException when a shipped file is missing or malformed (a build defect)
     */
    public static Regimes standard() {
        List<Named> files = new ArrayList<>();
        for (ResourceLines.Line line : ResourceLines.read(Regimes.class, INDEX)) {
            String name = line.text().strip();
            try (InputStream in = Regimes.class.getResourceAsStream(FOLDER + name)) {
                if (in == null) {
                    throw new IllegalStateException(INDEX + " line " + line.number() + ": no resource " + name);
                }
                files.add(new Named(name, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        try {
            return of(files);
        } catch (RegimeFormatException e) {
            throw new IllegalStateException("shipped regime data is malformed: " + e.getMessage(), e);
        }
    }

    /**
     * The regimes of every {@code *.json} file directly in {@code dir}, in file-name order.
     *
     * @throws RegimeFormatException when a file is malformed, or the folder holds no regime file
     * @throws UncheckedIOException when the folder or a file cannot be read
     */
    public static Regimes load(Path dir) throws RegimeFormatException {
        List<Path> paths;
        try (Stream<Path> listing = Files.list(dir)) {
            paths = listing.filter(p ->
                            Files.isRegularFile(p) && p.getFileName().toString().endsWith(".json"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (paths.isEmpty()) {
            throw new RegimeFormatException(dir.toString(), "no regime files (*.json) in this folder");
        }
        List<Named> files = new ArrayList<>();
        for (Path p : paths) {
            try {
                files.add(new Named(p.getFileName().toString(), Files.readString(p, StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return of(files);
    }

    private record Named(String name, String json) {}

    private static Regimes of(List<Named> files) throws RegimeFormatException {
        List<Regime> regimes = new ArrayList<>();
        Map<String, Regime> byId = new HashMap<>();
        Map<String, Regime> typeOwner = new HashMap<>();
        List<ItemType> types = new ArrayList<>();
        for (Named f : files) {
            Regime r = RegimeReader.read(f.json(), f.name());
            Regime same = byId.putIfAbsent(r.id(), r);
            if (same != null) {
                throw new RegimeFormatException(r.file(), "id: '" + r.id() + "' is already the id of " + same.file());
            }
            for (ItemType t : r.itemTypes()) {
                Regime owner = typeOwner.putIfAbsent(t.id(), r);
                if (owner == null) {
                    types.add(t);
                    continue;
                }
                String parent = owner.itemTypes().stream()
                        .filter(o -> o.id().equals(t.id()))
                        .findFirst()
                        .orElseThrow()
                        .parent();
                if (!parent.equals(t.parent())) {
                    throw new RegimeFormatException(
                            r.file(),
                            "item_types: '" + t.id() + "' has parent " + t.parent() + " here but " + parent + " in "
                                    + owner.file());
                }
            }
            regimes.add(r);
        }
        return new Regimes(regimes, new ItemCatalog(types));
    }

    /** The regimes in load order. */
    public List<Regime> all() {
        return regimes;
    }

    /** The categories and the item types of every loaded regime. */
    public ItemCatalog items() {
        return items;
    }
}
