package org.armswatch.extract.eval;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The names that denote the same person or party across all articles ({@code clusters.json}).
 *
 * @param people canonical name to every form, in file order
 * @param parties party id (ISO code or slug) to every form, in file order
 */
public record Clusters(Map<String, List<String>> people, Map<String, List<String>> parties) {
    public Clusters {
        people = copy(people);
        parties = copy(parties);
    }

    private static Map<String, List<String>> copy(Map<String, List<String>> map) {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        map.forEach((name, forms) -> copy.put(Vocabulary.required("name", name), List.copyOf(forms)));
        return Collections.unmodifiableMap(copy);
    }
}
