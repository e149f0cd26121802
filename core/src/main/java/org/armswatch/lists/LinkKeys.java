package org.armswatch.lists;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.armswatch.model.Entity;
import org.armswatch.model.FtmModel;

/**
 * The keys by which list entries in different lists are found to denote the same party, and by
 * which adjacent records (sanctions, relationships) are found from the entries they concern.
 *
 * <p>Two entries are linked when they share a {@link Kind#LINK} key: the same armswatch id (OFAC's
 * SDN and consolidated lists share entry numbers), an id that an OpenSanctions record lists among
 * its referents ({@code ofac-45992} is {@code ofac:45992}, {@code gb-fcdo-rus2050} is {@code uk:RUS2050},
 * {@code gb-hmt-16270} is OFSI group 16270), a UN reference that another list cites, or a strong
 * identifier (IMO, INN, OGRN, LEI, SWIFT/BIC, passport number).
 */
public final class LinkKeys {
    private static final Pattern OS_OFAC = Pattern.compile("ofac-(\\d+)");
    private static final Pattern OS_UK = Pattern.compile("gb-fcdo-([a-z]{3}\\d+)");
    private static final Pattern OS_OFSI = Pattern.compile("gb-hmt-(\\d+)");
    private static final Map<String, String> IDENTIFIERS = Map.of(
            "imoNumber", "imo",
            "innCode", "inn",
            "ogrnCode", "ogrn",
            "leiCode", "lei",
            "swiftBic", "bic",
            "passportNumber", "passport");

    private LinkKeys() {}

    /** What a key is for. */
    public enum Kind {
        /** Shared by entries that denote the same party. */
        LINK,
        /** Held by an adjacent record for each entry it refers to; the key is the entry's id. */
        REF
    }

    /** One key of one entity. */
    public record Key(String entityId, Kind kind, String key) {}

    /** The keys of a version's entities. */
    public static List<Key> of(List<Entity> entities) {
        Map<String, Set<Key>> keys = new HashMap<>();
        FtmModel model = FtmModel.get();
        for (Entity e : entities) {
            if (e.target()) {
                Set<Key> own = keys.computeIfAbsent(e.id(), k -> new LinkedHashSet<>());
                own.add(link(e.id(), "id:" + e.id()));
                for (String r : e.referents()) {
                    referent(r).ifPresent(k -> own.add(link(e.id(), k)));
                }
                IDENTIFIERS.forEach((prop, prefix) -> {
                    for (String v : e.values(prop)) {
                        String norm = normaliseIdentifier(v);
                        if (norm.length() >= 5) {
                            own.add(link(e.id(), prefix + ":" + norm));
                        }
                    }
                });
            }
            if (e.schema().equals("Sanction")) {
                for (String target : e.values("entity")) {
                    keys.computeIfAbsent(e.id(), k -> new LinkedHashSet<>()).add(new Key(e.id(), Kind.REF, target));
                    Set<Key> targetKeys = keys.computeIfAbsent(target, k -> new LinkedHashSet<>());
                    e.values("unscId").forEach(u -> targetKeys.add(link(target, "id:un:" + u.trim())));
                    if (target.startsWith("uk:")) {
                        e.values("recordId").stream()
                                .filter(v -> v.matches("\\d+"))
                                .forEach(v -> targetKeys.add(link(target, "ofsi:" + v)));
                    }
                }
            }
            model.edge(e.schema()).ifPresent(edge -> {
                Set<Key> own = keys.computeIfAbsent(e.id(), k -> new LinkedHashSet<>());
                e.values(edge.source()).forEach(v -> own.add(new Key(e.id(), Kind.REF, v)));
                e.values(edge.target()).forEach(v -> own.add(new Key(e.id(), Kind.REF, v)));
            });
        }
        return keys.values().stream().flatMap(Set::stream).toList();
    }

    private static Key link(String id, String key) {
        return new Key(id, Kind.LINK, key);
    }

    private static Optional<String> referent(String r) {
        String s = r.trim().toLowerCase(Locale.ROOT);
        Matcher m = OS_OFAC.matcher(s);
        if (m.matches()) {
            return Optional.of("id:ofac:" + m.group(1));
        }
        m = OS_UK.matcher(s);
        if (m.matches()) {
            return Optional.of("id:uk:" + m.group(1).toUpperCase(Locale.ROOT));
        }
        m = OS_OFSI.matcher(s);
        if (m.matches()) {
            return Optional.of("ofsi:" + m.group(1));
        }
        return Optional.empty();
    }

    static String normaliseIdentifier(String value) {
        return value.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
    }
}
