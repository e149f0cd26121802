package org.armswatch.assess;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.armswatch.extract.eval.Vocabulary;
import org.armswatch.model.Countries;
import org.armswatch.model.StrictJson;
import org.armswatch.model.StrictJson.Node;

/**
 * Reads one regime file strictly. An unknown or missing field, a value of the wrong JSON type, an
 * unknown code (authority, binding, paragraph, direction, effect, status, caveat code), an item
 * that is neither a category nor a type the file defines, a date that is not ISO, an interval whose
 * {@code until} is not after its {@code from}, or an inconsistency between fields is a {@link
 * RegimeFormatException} naming the file, the field's path and, inside a provision, its id.
 */
final class RegimeReader {
    private static final Set<String> TOP = Set.of(
            "id", "name", "authority", "binding", "sources", "dispute", "monitoring", "item_types", "provisions");
    private static final Set<String> MONITORING = Set.of("body", "ended", "text");
    private static final Set<String> ITEM_TYPE = Set.of("id", "parent", "description");
    private static final Set<String> PROVISION = Set.of(
            "id",
            "citation",
            "paragraph",
            "target",
            "direction",
            "items",
            "exclusions",
            "effect",
            "in_force",
            "status",
            "replaced_by",
            "scope_caveats",
            "notes");
    private static final Set<String> IN_FORCE = Set.of("from", "until");
    private static final Set<String> SCOPE_CAVEAT = Set.of("code", "items", "text");
    private static final Set<CaveatCode> DATA_CAVEATS = Set.of(CaveatCode.DISPUTED_SCOPE, CaveatCode.PARTIAL_SCOPE);

    private RegimeReader() {}

    /**
     * Reads a regime from its JSON.
     *
     * @param file the file's name, for errors and for {@link Regime#file()}
     */
    static Regime read(String json, String file) throws RegimeFormatException {
        Node<RegimeFormatException> root = parse(json, file);
        root.only(TOP);
        String id = root.text("id");
        String name = root.text("name");
        Authority authority = code(root, "authority", Authority.class, Enum::name);
        Binding binding = code(root, "binding", Binding.class);
        List<String> sources = root.strings("sources", true, true);
        String dispute = optionalText(root, "dispute");
        Monitoring monitoring = null;
        Node<RegimeFormatException> m = root.optionalObject("monitoring");
        if (m != null) {
            m.only(MONITORING);
            monitoring = new Monitoring(m.text("body"), date(m, "ended"), m.text("text"));
        }
        Map<String, ItemType> types = new LinkedHashMap<>();
        for (Node<RegimeFormatException> t : root.list("item_types", false)) {
            t.only(ITEM_TYPE);
            String typeId = t.text("id");
            if (ItemCatalog.isCategory(typeId)) {
                throw t.error("id", "'" + typeId + "' is a category; a type needs a name of its own");
            }
            String parent = t.text("parent");
            if (!ItemCatalog.isCategory(parent) || parent.equals(ItemCatalog.ANY_ARMS)) {
                throw t.error(
                        "parent",
                        "'" + parent + "' is not a category (expected one of "
                                + String.join(", ", categoriesForParent()) + ")");
            }
            if (types.put(typeId, new ItemType(typeId, parent, t.text("description"))) != null) {
                throw t.error("id", "'" + typeId + "' is defined twice");
            }
        }
        ItemCatalog catalog = new ItemCatalog(types.values());
        List<Provision> provisions = new ArrayList<>();
        Map<String, Node<RegimeFormatException>> nodes = new LinkedHashMap<>();
        for (Node<RegimeFormatException> p : root.list("provisions", true)) {
            Node<RegimeFormatException> n = named(p, p.json().path("id").asText(""));
            n.only(PROVISION);
            Provision provision = provision(n, catalog, binding, dispute);
            if (nodes.putIfAbsent(provision.id(), n) != null) {
                throw n.error("id", "'" + provision.id() + "' is the id of an earlier provision");
            }
            provisions.add(provision);
        }
        for (Provision p : provisions) {
            if (p.replacedBy() != null && !nodes.containsKey(p.replacedBy())) {
                throw nodes.get(p.id()).error("replaced_by", "'" + p.replacedBy() + "' is no provision of this regime");
            }
        }
        return new Regime(
                id,
                name,
                authority,
                binding,
                sources,
                dispute,
                monitoring,
                List.copyOf(types.values()),
                provisions,
                file);
    }

    private static Provision provision(
            Node<RegimeFormatException> n, ItemCatalog catalog, Binding binding, String dispute)
            throws RegimeFormatException {
        String id = n.text("id");
        String citation = n.text("citation");
        Verification paragraph = code(n, "paragraph", Verification.class);
        String target = n.text("target");
        String alpha3 =
                Countries.get().find(target).map(Countries.Country::alpha3).orElse(null);
        if (!target.equals(alpha3)) {
            throw n.error("target", "'" + target + "' is not an ISO 3166-1 alpha-3 code (such as PRK)");
        }
        Direction direction = code(n, "direction", Direction.class);
        List<String> items = items(n, "items", catalog, true);
        List<String> exclusions = items(n, "exclusions", catalog, false);
        Effect effect = code(n, "effect", Effect.class);
        if ((effect == Effect.AUTONOMOUS_MEASURE) != (binding == Binding.OWN_JURISDICTION)) {
            throw n.error(
                    "effect",
                    "'" + effect.code() + "' in a regime binding " + binding.code()
                            + " (autonomous_measure is the effect of exactly the own_jurisdiction regimes)");
        }
        Node<RegimeFormatException> f = n.object("in_force");
        f.only(IN_FORCE);
        LocalDate from = date(f, "from");
        LocalDate until = optionalDate(f, "until");
        if (from == null) {
            throw f.error("from", "missing (expected an ISO date such as 2006-10-14)");
        }
        if (until != null && !until.isAfter(from)) {
            throw f.error("until", until + " is not after from " + from + " (until is the first day out of force)");
        }
        ProvisionStatus status = code(n, "status", ProvisionStatus.class);
        if (status == ProvisionStatus.LAPSED && until == null) {
            throw n.error("status", "'lapsed' needs in_force.until");
        }
        if (status == ProvisionStatus.CONTESTED && dispute == null) {
            throw n.error("status", "'contested' needs the regime's dispute (who contests it and how)");
        }
        String replacedBy = optionalText(n, "replaced_by");
        if (replacedBy != null && until == null) {
            throw n.error("replaced_by", "a provision that never ends is replaced by none");
        }
        List<ScopeCaveat> caveats = new ArrayList<>();
        for (Node<RegimeFormatException> c : n.list("scope_caveats", false)) {
            c.only(SCOPE_CAVEAT);
            CaveatCode code = code(c, "code", CaveatCode.class);
            if (!DATA_CAVEATS.contains(code)) {
                throw c.error(
                        "code",
                        "'" + code.code() + "' is not a scope caveat (expected disputed_scope or partial_scope)");
            }
            List<String> on = items(c, "items", catalog, true);
            for (String item : on) {
                if (!items.contains(item)) {
                    throw c.error("items", "'" + item + "' is not among the provision's items");
                }
            }
            caveats.add(new ScopeCaveat(code, on, c.text("text")));
        }
        return new Provision(
                id,
                citation,
                paragraph,
                target,
                direction,
                items,
                exclusions,
                effect,
                new Interval(from, until),
                status,
                replacedBy,
                caveats,
                optionalText(n, "notes"));
    }

    private static List<String> categoriesForParent() {
        return Vocabulary.ITEMS.stream()
                .filter(c -> !c.equals(ItemCatalog.ANY_ARMS))
                .toList();
    }

    private static Node<RegimeFormatException> parse(String text, String file) throws RegimeFormatException {
        return StrictJson.parse(text, file, RegimeFormatException::new);
    }

    /** The same object with a provision's id in its path, when it has one. */
    private static Node<RegimeFormatException> named(Node<RegimeFormatException> n, String id) {
        return id.isBlank() ? n : n.under(n.path() + " (" + id + ")");
    }

    // A non-blank string, or null when missing.
    private static String optionalText(Node<RegimeFormatException> n, String field) throws RegimeFormatException {
        String value = n.optionalText(field);
        if (value != null && value.isBlank()) {
            throw n.error(field, "expected a non-empty string, found \"" + value + "\"");
        }
        return value;
    }

    private static <E extends Enum<E>> E code(Node<RegimeFormatException> n, String field, Class<E> type)
            throws RegimeFormatException {
        return code(n, field, type, Codes::of);
    }

    private static <E extends Enum<E>> E code(
            Node<RegimeFormatException> n, String field, Class<E> type, Function<E, String> codeOf)
            throws RegimeFormatException {
        String value = n.text(field);
        List<String> allowed =
                Arrays.stream(type.getEnumConstants()).map(codeOf).toList();
        int i = allowed.indexOf(value);
        if (i < 0) {
            throw n.error(field, "'" + value + "' is not one of " + String.join(", ", allowed));
        }
        return type.getEnumConstants()[i];
    }

    private static List<String> items(
            Node<RegimeFormatException> n, String field, ItemCatalog catalog, boolean nonEmpty)
            throws RegimeFormatException {
        List<String> values = n.strings(field, false, nonEmpty);
        for (int i = 0; i < values.size(); i++) {
            if (!catalog.isKnown(values.get(i))) {
                throw n.error(
                        field + "[" + i + "]",
                        "'" + values.get(i) + "' is neither a category nor a type of this file (expected one of "
                                + String.join(", ", catalog.accepted()) + ")");
            }
            if (values.indexOf(values.get(i)) < i) {
                throw n.error(field + "[" + i + "]", "'" + values.get(i) + "' is listed twice");
            }
        }
        return values;
    }

    private static LocalDate date(Node<RegimeFormatException> n, String field) throws RegimeFormatException {
        LocalDate d = optionalDate(n, field);
        if (d == null) {
            throw n.error(field, "missing (expected an ISO date such as 2006-10-14)");
        }
        return d;
    }

    private static LocalDate optionalDate(Node<RegimeFormatException> n, String field) throws RegimeFormatException {
        optionalText(n, field);
        return n.optionalDate(field, "such as 2006-10-14");
    }
}
