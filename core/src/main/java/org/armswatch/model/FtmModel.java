package org.armswatch.model;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The FollowTheMoney schemata armswatch knows: which schemata exist, which properties each has
 * (inherited ones included), which are matchable, and which are relationships between two entities.
 * Read once from {@code ftm-schemata.txt}; immutable and safe to share.
 */
public final class FtmModel {
    private static final FtmModel INSTANCE = load();

    /** A relationship schema's two ends, such as {@code owner} and {@code asset} of an Ownership. */
    public record Edge(String source, String target) {}

    private record Schema(
            String name, List<String> parents, boolean isAbstract, boolean matchable, Edge edge, Set<String> own) {}

    private final Map<String, Schema> schemata;
    private final Map<String, Set<String>> properties = new HashMap<>();

    private FtmModel(Map<String, Schema> schemata) {
        this.schemata = Map.copyOf(schemata);
        for (String name : schemata.keySet()) {
            properties.put(name, Set.copyOf(collect(name, new LinkedHashSet<>())));
        }
    }

    /** The model, loaded from the resource on first use. */
    public static FtmModel get() {
        return INSTANCE;
    }

    public boolean isSchema(String schema) {
        return schema != null && schemata.containsKey(schema);
    }

    /** Whether the schema has the property, itself or through a parent. */
    public boolean hasProperty(String schema, String property) {
        Set<String> props = properties.get(schema);
        return props != null && props.contains(property);
    }

    /** Whether entities of the schema can be screened (Person, Company, Vessel, ...). */
    public boolean isMatchable(String schema) {
        Schema s = schemata.get(schema);
        return s != null && s.matchable();
    }

    public boolean isAbstract(String schema) {
        Schema s = schemata.get(schema);
        return s != null && s.isAbstract();
    }

    /** The two ends of a relationship schema, empty for other schemata. */
    public Optional<Edge> edge(String schema) {
        Schema s = schemata.get(schema);
        return s == null ? Optional.empty() : Optional.ofNullable(s.edge());
    }

    /** Whether {@code schema} is {@code ancestor} or inherits from it. */
    public boolean isA(String schema, String ancestor) {
        Schema s = schemata.get(schema);
        if (s == null) {
            return false;
        }
        if (s.name().equals(ancestor)) {
            return true;
        }
        return s.parents().stream().anyMatch(p -> isA(p, ancestor));
    }

    private Set<String> collect(String name, Set<String> into) {
        Schema s = schemata.get(name);
        into.addAll(s.own());
        for (String parent : s.parents()) {
            collect(parent, into);
        }
        return into;
    }

    private static FtmModel load() {
        String resource = "ftm-schemata.txt";
        Map<String, Schema> schemata = new HashMap<>();
        for (ResourceLines.Line line : ResourceLines.read(FtmModel.class, resource)) {
            String[] cols = line.text().split("\\|", -1);
            if (cols.length != 4) {
                throw new IllegalStateException(
                        resource + " line " + line.number() + ": expected 4 columns separated by |");
            }
            String name = cols[0].trim();
            List<String> parents = words(cols[1]);
            List<String> flags = words(cols[2]);
            Edge edge = flags.stream()
                    .filter(f -> f.startsWith("edge="))
                    .map(f -> f.substring(5).split(">"))
                    .map(p -> new Edge(p[0], p[1]))
                    .findFirst()
                    .orElse(null);
            schemata.put(
                    name,
                    new Schema(
                            name,
                            parents,
                            flags.contains("abstract"),
                            flags.contains("matchable"),
                            edge,
                            Set.copyOf(words(cols[3]))));
        }
        for (Schema s : schemata.values()) {
            for (String p : s.parents()) {
                if (!schemata.containsKey(p)) {
                    throw new IllegalStateException(resource + ": schema " + s.name() + " extends unknown " + p);
                }
            }
        }
        return new FtmModel(schemata);
    }

    private static List<String> words(String s) {
        String t = s.trim();
        return t.isEmpty() ? List.of() : Arrays.asList(t.split("\\s+"));
    }
}
