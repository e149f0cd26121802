package org.armswatch.assess;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.armswatch.extract.eval.Vocabulary;
import org.armswatch.model.Countries;

/**
 * Reads one regime file strictly. An unknown or missing field, a value of the wrong JSON type, an
 * unknown code (authority, binding, paragraph, direction, effect, status, caveat code), an item
 * that is neither a category nor a type the file defines, a date that is not ISO, an interval whose
 * {@code until} is not after its {@code from}, or an inconsistency between fields is a {@link
 * RegimeFormatException} naming the file, the field's path and, inside a provision, its id.
 */
final class RegimeReader {
    private static final ObjectMapper MAPPER =
            new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

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
        Node root = parse(json, file);
        root.only(TOP);
        String id = root.text("id");
        String name = root.text("name");
        Authority authority = root.code("authority", Authority.class, Enum::name);
        Binding binding = root.code("binding", Binding.class);
        List<String> sources = root.strings("sources", true);
        String dispute = root.optionalText("dispute");
        Monitoring monitoring = null;
        Node m = root.optionalObject("monitoring");
        if (m != null) {
            m.only(MONITORING);
            monitoring = new Monitoring(m.text("body"), m.date("ended"), m.text("text"));
        }
        Map<String, ItemType> types = new LinkedHashMap<>();
        for (Node t : root.list("item_types", false)) {
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
        Map<String, Node> nodes = new LinkedHashMap<>();
        for (Node p : root.list("provisions", true)) {
            Node n = p.named(p.json().path("id").asText(""));
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

    private static Provision provision(Node n, ItemCatalog catalog, Binding binding, String dispute)
            throws RegimeFormatException {
        String id = n.text("id");
        String citation = n.text("citation");
        Verification paragraph = n.code("paragraph", Verification.class);
        String target = n.text("target");
        String alpha3 =
                Countries.get().find(target).map(Countries.Country::alpha3).orElse(null);
        if (!target.equals(alpha3)) {
            throw n.error("target", "'" + target + "' is not an ISO 3166-1 alpha-3 code (such as PRK)");
        }
        Direction direction = n.code("direction", Direction.class);
        List<String> items = n.items("items", catalog, true);
        List<String> exclusions = n.items("exclusions", catalog, false);
        Effect effect = n.code("effect", Effect.class);
        if ((effect == Effect.AUTONOMOUS_MEASURE) != (binding == Binding.OWN_JURISDICTION)) {
            throw n.error(
                    "effect",
                    "'" + effect.code() + "' in a regime binding " + binding.code()
                            + " (autonomous_measure is the effect of exactly the own_jurisdiction regimes)");
        }
        Node f = n.object("in_force");
        f.only(IN_FORCE);
        LocalDate from = f.date("from");
        LocalDate until = f.optionalDate("until");
        if (from == null) {
            throw f.error("from", "missing (expected an ISO date such as 2006-10-14)");
        }
        if (until != null && !until.isAfter(from)) {
            throw f.error("until", until + " is not after from " + from + " (until is the first day out of force)");
        }
        ProvisionStatus status = n.code("status", ProvisionStatus.class);
        if (status == ProvisionStatus.LAPSED && until == null) {
            throw n.error("status", "'lapsed' needs in_force.until");
        }
        if (status == ProvisionStatus.CONTESTED && dispute == null) {
            throw n.error("status", "'contested' needs the regime's dispute (who contests it and how)");
        }
        String replacedBy = n.optionalText("replaced_by");
        if (replacedBy != null && until == null) {
            throw n.error("replaced_by", "a provision that never ends is replaced by none");
        }
        List<ScopeCaveat> caveats = new ArrayList<>();
        for (Node c : n.list("scope_caveats", false)) {
            c.only(SCOPE_CAVEAT);
            CaveatCode code = c.code("code", CaveatCode.class);
            if (!DATA_CAVEATS.contains(code)) {
                throw c.error(
                        "code",
                        "'" + code.code() + "' is not a scope caveat (expected disputed_scope or partial_scope)");
            }
            List<String> on = c.items("items", catalog, true);
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
                n.optionalText("notes"));
    }

    private static List<String> categoriesForParent() {
        return Vocabulary.ITEMS.stream()
                .filter(c -> !c.equals(ItemCatalog.ANY_ARMS))
                .toList();
    }

    private static Node parse(String text, String file) throws RegimeFormatException {
        JsonNode json;
        try {
            json = MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null
                    ? ""
                    : "line " + e.getLocation().getLineNr() + ", column "
                            + e.getLocation().getColumnNr() + ": ";
            throw new RegimeFormatException(file, where + "malformed JSON: " + e.getOriginalMessage());
        }
        if (json == null || json.isMissingNode()) {
            throw new RegimeFormatException(file, "empty file");
        }
        if (!json.isObject()) {
            throw new RegimeFormatException(file, "expected a JSON object at the top level");
        }
        return new Node(file, "", json);
    }

    /** A JSON object with its file name and path, whose accessors check the format. */
    private record Node(String file, String path, JsonNode json) {
        RegimeFormatException error(String field, String detail) {
            return new RegimeFormatException(file, at(field) + ": " + detail);
        }

        private String at(String field) {
            return path.isEmpty() ? field : path + "." + field;
        }

        /** The same object with a provision's id in its path, when it has one. */
        Node named(String id) {
            return id.isBlank() ? this : new Node(file, path + " (" + id + ")", json);
        }

        void only(Set<String> fields) throws RegimeFormatException {
            for (var names = json.fieldNames(); names.hasNext(); ) {
                String field = names.next();
                if (!fields.contains(field)) {
                    throw error(field, "unknown field (expected " + String.join(", ", new TreeSet<>(fields)) + ")");
                }
            }
        }

        String text(String field) throws RegimeFormatException {
            String value = optionalText(field);
            if (value == null || value.isBlank()) {
                throw error(field, value == null ? "missing (expected a string)" : "empty (expected a string)");
            }
            return value;
        }

        String optionalText(String field) throws RegimeFormatException {
            JsonNode v = json.get(field);
            if (v == null || v.isNull()) {
                return null;
            }
            if (!v.isTextual() || v.asText().isBlank()) {
                throw error(field, "expected a non-empty string, found " + v);
            }
            return v.asText();
        }

        <E extends Enum<E>> E code(String field, Class<E> type) throws RegimeFormatException {
            return code(field, type, Codes::of);
        }

        <E extends Enum<E>> E code(String field, Class<E> type, Function<E, String> codeOf)
                throws RegimeFormatException {
            String value = text(field);
            List<String> allowed =
                    Arrays.stream(type.getEnumConstants()).map(codeOf).toList();
            int i = allowed.indexOf(value);
            if (i < 0) {
                throw error(field, "'" + value + "' is not one of " + String.join(", ", allowed));
            }
            return type.getEnumConstants()[i];
        }

        List<String> strings(String field, boolean nonEmpty) throws RegimeFormatException {
            JsonNode v = json.get(field);
            if (v == null || v.isNull()) {
                if (nonEmpty) {
                    throw error(field, "missing (expected a list of strings)");
                }
                return List.of();
            }
            if (!v.isArray()) {
                throw error(field, "expected a list of strings, found " + v);
            }
            if (nonEmpty && v.isEmpty()) {
                throw error(field, "empty (expected at least one value)");
            }
            List<String> values = new ArrayList<>();
            for (int i = 0; i < v.size(); i++) {
                JsonNode e = v.get(i);
                if (!e.isTextual() || e.asText().isBlank()) {
                    throw error(field + "[" + i + "]", "expected a non-empty string, found " + e);
                }
                values.add(e.asText());
            }
            return values;
        }

        List<String> items(String field, ItemCatalog catalog, boolean nonEmpty) throws RegimeFormatException {
            List<String> values = strings(field, nonEmpty);
            for (int i = 0; i < values.size(); i++) {
                if (!catalog.isKnown(values.get(i))) {
                    throw error(
                            field + "[" + i + "]",
                            "'" + values.get(i) + "' is neither a category nor a type of this file (expected one of "
                                    + String.join(", ", catalog.accepted()) + ")");
                }
                if (values.indexOf(values.get(i)) < i) {
                    throw error(field + "[" + i + "]", "'" + values.get(i) + "' is listed twice");
                }
            }
            return values;
        }

        LocalDate date(String field) throws RegimeFormatException {
            LocalDate d = optionalDate(field);
            if (d == null) {
                throw error(field, "missing (expected an ISO date such as 2006-10-14)");
            }
            return d;
        }

        LocalDate optionalDate(String field) throws RegimeFormatException {
            String value = optionalText(field);
            if (value == null) {
                return null;
            }
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                throw error(field, "'" + value + "' is not an ISO date (such as 2006-10-14)");
            }
        }

        Node object(String field) throws RegimeFormatException {
            Node n = optionalObject(field);
            if (n == null) {
                throw error(field, "missing (expected an object)");
            }
            return n;
        }

        Node optionalObject(String field) throws RegimeFormatException {
            JsonNode v = json.get(field);
            if (v == null || v.isNull()) {
                return null;
            }
            if (!v.isObject()) {
                throw error(field, "expected an object, found " + v);
            }
            return new Node(file, at(field), v);
        }

        List<Node> list(String field, boolean nonEmpty) throws RegimeFormatException {
            JsonNode v = json.get(field);
            if (v == null || v.isNull()) {
                if (nonEmpty) {
                    throw error(field, "missing (expected a list of objects)");
                }
                return List.of();
            }
            if (!v.isArray()) {
                throw error(field, "expected a list of objects, found " + v);
            }
            if (nonEmpty && v.isEmpty()) {
                throw error(field, "empty (expected at least one object)");
            }
            List<Node> nodes = new ArrayList<>();
            for (int i = 0; i < v.size(); i++) {
                String where = at(field + "[" + i + "]");
                if (!v.get(i).isObject()) {
                    throw new RegimeFormatException(file, where + ": expected an object, found " + v.get(i));
                }
                nodes.add(new Node(file, where, v.get(i)));
            }
            return nodes;
        }
    }
}
