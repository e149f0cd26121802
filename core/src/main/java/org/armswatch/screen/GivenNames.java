package org.armswatch.screen;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.armswatch.model.ResourceLines;

/**
 * Given names that are the same name in another language's or transliteration's form (Volodymyr,
 * Vladimir, Uladzimir; Mohammed, Mehmet) or a common short form of it (Bill, William), from the
 * lexicon {@code given-names.txt}: one group of equivalent names a line. Spelling variants that
 * the sound key already equates need not be listed.
 */
final class GivenNames {
    private static final Map<String, Integer> GROUP = load();
    private static final Map<Integer, List<String>> MEMBERS = members();

    private GivenNames() {}

    /** Whether two folded tokens are forms of the same given name. */
    static boolean equivalent(String a, String b) {
        Integer ga = GROUP.get(a);
        return ga != null && ga.equals(GROUP.get(b));
    }

    /** The other forms of a given name, or none. */
    static List<String> equivalents(String name) {
        Integer g = GROUP.get(name);
        return g == null
                ? List.of()
                : MEMBERS.get(g).stream().filter(m -> !m.equals(name)).toList();
    }

    private static Map<Integer, List<String>> members() {
        Map<Integer, List<String>> m = new HashMap<>();
        GROUP.forEach((name, g) -> m.computeIfAbsent(g, k -> new ArrayList<>()).add(name));
        m.values().forEach(java.util.Collections::sort);
        return Map.copyOf(m);
    }

    private static Map<String, Integer> load() {
        Map<String, Integer> group = new HashMap<>();
        for (ResourceLines.Line line : ResourceLines.read(GivenNames.class, "given-names.txt")) {
            for (String name : line.text().trim().split("\\s+")) {
                Integer previous = group.putIfAbsent(name, line.number());
                if (previous != null) {
                    throw new IllegalStateException("given-names.txt:" + line.number() + ": " + name
                            + " is already in the group of line " + previous);
                }
            }
        }
        return Map.copyOf(group);
    }
}
