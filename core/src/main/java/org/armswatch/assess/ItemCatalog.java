package org.armswatch.assess;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.armswatch.extract.eval.Vocabulary;

/**
 * The items an assessment understands: the gold categories ({@link Vocabulary#ITEMS}) and the finer
 * item types the loaded regime files define, each under one category.
 *
 * <p>Matching rules. An item matches a scope entry <em>fully</em> when it is the entry, a type
 * under the entry's category, or an arms category or type and the entry is {@code
 * weapons_unspecified} (which stands for all arms and related materiel). It matches
 * <em>partly</em> when it is broader than the entry: a category against one of its types, or
 * {@code weapons_unspecified} against an arms category or type. An item lies within an exclusion
 * when it is the exclusion, a type under an excluded category, or an arms item and {@code
 * weapons_unspecified} is excluded. {@code military_technology}, {@code dual_use} and {@code
 * economic} are not arms: they match only scope entries of their own.
 */
public final class ItemCatalog {
    /** The gold categories that are arms; {@code weapons_unspecified} stands for all of them. */
    public static final Set<String> ARMS = Set.of(
            "ammunition",
            "artillery",
            "missiles",
            "drones",
            "aircraft",
            "armoured_vehicles",
            "air_defence",
            "naval",
            "small_arms");

    /** The category that stands for arms of any kind. */
    public static final String ANY_ARMS = "weapons_unspecified";

    /** How an item meets a scope entry. */
    enum Match {
        NONE,
        PARTIAL,
        FULL
    }

    private final Map<String, ItemType> types;

    /** A catalogue of the categories and these types, whose ids and parents {@link RegimeReader} has checked. */
    ItemCatalog(Collection<ItemType> types) {
        Map<String, ItemType> byId = new LinkedHashMap<>();
        types.forEach(t -> byId.put(t.id(), t));
        this.types = Map.copyOf(byId);
    }

    /** Whether {@code item} is a gold category. */
    public static boolean isCategory(String item) {
        return Vocabulary.ITEMS.contains(item);
    }

    /** Every accepted item: the categories in the gold order, then the types sorted. */
    public List<String> accepted() {
        List<String> all = new ArrayList<>(Vocabulary.ITEMS);
        types.keySet().stream().sorted().forEach(all::add);
        return all;
    }

    /** Whether {@code item} is a category or a defined type. */
    public boolean isKnown(String item) {
        return isCategory(item) || types.containsKey(item);
    }

    /** The category of an item: itself for a category, its parent for a type. */
    public String category(String item) {
        ItemType t = types.get(item);
        return t == null ? item : t.parent();
    }

    /** Whether an item is arms: an arms category, a type under one, or {@code weapons_unspecified}. */
    public boolean isArms(String item) {
        String c = category(item);
        return ARMS.contains(c) || ANY_ARMS.equals(c);
    }

    Match match(String item, String scope) {
        if (item.equals(scope) || category(item).equals(scope)) {
            return Match.FULL;
        }
        if (scope.equals(ANY_ARMS) && isArms(item)) {
            return Match.FULL;
        }
        if (category(scope).equals(item) || (item.equals(ANY_ARMS) && isArms(scope))) {
            return Match.PARTIAL;
        }
        return Match.NONE;
    }

    boolean within(String item, String exclusion) {
        return item.equals(exclusion)
                || category(item).equals(exclusion)
                || (exclusion.equals(ANY_ARMS) && isArms(item));
    }
}
