package org.armswatch.screen;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Which listed schemata a query of a given schema may match. */
final class Schemas {
    private static final Set<String> ORGANISATIONS = Set.of("Organization", "Company", "LegalEntity", "PublicBody");
    private static final Map<String, Set<String>> COMPATIBLE = Map.of(
            "Person", Set.of("Person", "LegalEntity"),
            "Organization", ORGANISATIONS,
            "Company", ORGANISATIONS,
            "PublicBody", ORGANISATIONS,
            "LegalEntity", Set.of("Person", "Organization", "Company", "LegalEntity", "PublicBody"),
            "Vessel", Set.of("Vessel"),
            "Airplane", Set.of("Airplane"));

    private Schemas() {}

    /** The schemata a query may name. */
    static Set<String> queryable() {
        return COMPATIBLE.keySet();
    }

    static boolean compatible(Optional<String> query, String listed) {
        return query.isEmpty() || COMPATIBLE.getOrDefault(query.get(), Set.of()).contains(listed);
    }
}
