package org.armswatch.screen;

import java.util.HashMap;
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

    private GivenNames() {}

    /** Whether two folded tokens are forms of the same given name. */
    static boolean equivalent(String a, String b) {
        Integer ga = GROUP.get(a);
        return ga != null && ga.equals(GROUP.get(b));
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
