package org.armswatch.extract.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads and writes annotation files in the gold schema ({@code shared/gold/README.md}): one JSON
 * object per article, and {@code clusters.json}.
 *
 * <p>Reading is strict: an unknown field, a missing required field, a value of the wrong JSON type,
 * a status or item category outside {@link Vocabulary}, or a {@code when} that is not an ISO date,
 * month or year fails with a {@link GoldFormatException} that names the file and the JSON path.
 * Lists that are absent read as empty; nullable fields ({@code place}, {@code when}, {@code basis},
 * {@code end_user}, {@code quantity}, {@code claimed_by}, {@code outlet}, {@code published},
 * {@code affiliation}) may be absent or null. I/O failures are {@link UncheckedIOException}s.
 *
 * <p>Writing produces pretty JSON with the gold's snake_case names and field order; it omits
 * {@code end_user}, {@code quantity}, {@code claimed_by}, {@code affiliation}, a quote's
 * {@code starts} or {@code text} when null and {@code optional} when false, and writes
 * {@code place}, {@code when} and {@code basis} as null, as the gold does.
 */
public final class GoldFiles {
    /** The name of the clusters file, which {@link #readFolder} skips. */
    public static final String CLUSTERS_FILE = "clusters.json";

    private static final ObjectMapper MAPPER =
            new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Pattern WHEN = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

    private static final Set<String> TOP =
            Set.of("doc", "outlet", "published", "transfers", "meetings", "sanctions", "denials", "quotes", "people");
    private static final Set<String> TRANSFER = Set.of(
            "supplier", "recipient", "end_user", "items", "status", "quantity", "claimed_by", "evidence", "optional");
    private static final Set<String> MEETING =
            Set.of("participants", "place", "when", "status", "evidence", "optional");
    private static final Set<String> SANCTION = Set.of("imposer", "target", "when", "basis", "evidence", "optional");
    private static final Set<String> DENIAL = Set.of("denier", "denies", "evidence", "optional");
    private static final Set<String> QUOTE = Set.of("speaker", "starts", "text");
    private static final Set<String> PERSON = Set.of("name", "forms", "affiliation");
    private static final Set<String> CLUSTERS = Set.of("people", "parties");

    private GoldFiles() {}

    /** Reads one article's annotations. */
    public static Annotations read(Path file) throws GoldFormatException {
        return fromJson(readText(file), name(file));
    }

    /**
     * Reads one article's annotations from their JSON.
     *
     * @param name what to call the text in errors (a file name)
     */
    public static Annotations fromJson(String json, String name) throws GoldFormatException {
        Node root = parse(json, name);
        root.only(TOP);
        List<Transfer> transfers = new ArrayList<>();
        for (Node n : root.list("transfers")) {
            n.only(TRANSFER);
            transfers.add(new Transfer(
                    n.text("supplier"),
                    n.text("recipient"),
                    n.optionalText("end_user"),
                    n.words("items", Vocabulary.ITEMS, true),
                    n.word("status", Vocabulary.TRANSFER_STATUSES),
                    n.optionalInt("quantity"),
                    n.optionalText("claimed_by"),
                    n.text("evidence"),
                    n.flag("optional")));
        }
        List<Meeting> meetings = new ArrayList<>();
        for (Node n : root.list("meetings")) {
            n.only(MEETING);
            meetings.add(new Meeting(
                    n.strings("participants"),
                    n.optionalText("place"),
                    n.when(),
                    n.word("status", Vocabulary.MEETING_STATUSES),
                    n.text("evidence"),
                    n.flag("optional")));
        }
        List<Sanction> sanctions = new ArrayList<>();
        for (Node n : root.list("sanctions")) {
            n.only(SANCTION);
            sanctions.add(new Sanction(
                    n.text("imposer"),
                    n.text("target"),
                    n.when(),
                    n.optionalText("basis"),
                    n.text("evidence"),
                    n.flag("optional")));
        }
        List<Denial> denials = new ArrayList<>();
        for (Node n : root.list("denials")) {
            n.only(DENIAL);
            denials.add(new Denial(n.text("denier"), n.text("denies"), n.text("evidence"), n.flag("optional")));
        }
        List<Quote> quotes = new ArrayList<>();
        for (Node n : root.list("quotes")) {
            n.only(QUOTE);
            String speaker = n.text("speaker");
            String starts = n.optionalText("starts");
            String text = n.optionalText("text");
            if (starts == null && text == null) {
                throw n.error("starts", "missing (a quote needs starts or text)");
            }
            quotes.add(new Quote(speaker, starts, text));
        }
        List<Person> people = new ArrayList<>();
        for (Node n : root.list("people")) {
            n.only(PERSON);
            people.add(new Person(n.text("name"), n.strings("forms"), n.optionalText("affiliation")));
        }
        return new Annotations(
                root.text("doc"),
                root.optionalText("outlet"),
                root.date("published"),
                transfers,
                meetings,
                sanctions,
                denials,
                quotes,
                people);
    }

    /**
     * Reads every {@code *.json} file of a folder except {@value #CLUSTERS_FILE}, keyed by
     * {@code doc} in doc order. Two files with the same {@code doc} are a {@link GoldFormatException}.
     */
    public static Map<String, Annotations> readFolder(Path dir) throws GoldFormatException {
        List<Path> files;
        try (Stream<Path> listing = Files.list(dir)) {
            files = listing.filter(p -> Files.isRegularFile(p)
                            && p.getFileName().toString().endsWith(".json")
                            && !p.getFileName().toString().equals(CLUSTERS_FILE))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Annotations> byDoc = new TreeMap<>();
        Map<String, Path> source = new LinkedHashMap<>();
        for (Path file : files) {
            Annotations a = read(file);
            Path earlier = source.putIfAbsent(a.doc(), file);
            if (earlier != null) {
                throw new GoldFormatException(
                        name(file), "doc: '" + a.doc() + "' is already the doc of " + name(earlier));
            }
            byDoc.put(a.doc(), a);
        }
        return byDoc;
    }

    /** Reads {@code clusters.json}: {@code people} (with {@code name}) and {@code parties} (with {@code id}). */
    public static Clusters readClusters(Path file) throws GoldFormatException {
        Node root = parse(file);
        root.only(CLUSTERS);
        return new Clusters(clusterMap(root, "people", "name"), clusterMap(root, "parties", "id"));
    }

    private static Map<String, List<String>> clusterMap(Node root, String list, String key) throws GoldFormatException {
        Map<String, List<String>> map = new LinkedHashMap<>();
        for (Node n : root.list(list)) {
            n.only(Set.of(key, "forms"));
            String name = n.text(key);
            if (map.put(name, n.strings("forms")) != null) {
                throw n.error(key, "'" + name + "' appears twice");
            }
        }
        return map;
    }

    /** Writes one article's annotations, creating or replacing the file. */
    public static void write(Annotations a, Path file) {
        try {
            Files.writeString(file, toJson(a) + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One article's annotations as JSON text, laid out as the gold files are. */
    public static String toJson(Annotations a) {
        ObjectNode root = NODES.objectNode();
        root.put("doc", a.doc());
        root.put("outlet", a.outlet());
        root.put("published", a.published() == null ? null : a.published().toString());
        ArrayNode transfers = root.putArray("transfers");
        for (Transfer t : a.transfers()) {
            ObjectNode n = transfers.addObject();
            n.put("supplier", t.supplier());
            n.put("recipient", t.recipient());
            putIfPresent(n, "end_user", t.endUser());
            strings(n.putArray("items"), t.items());
            n.put("status", t.status());
            if (t.quantity() != null) {
                n.put("quantity", t.quantity());
            }
            putIfPresent(n, "claimed_by", t.claimedBy());
            n.put("evidence", t.evidence());
            putIfTrue(n, t.optional());
        }
        ArrayNode meetings = root.putArray("meetings");
        for (Meeting m : a.meetings()) {
            ObjectNode n = meetings.addObject();
            strings(n.putArray("participants"), m.participants());
            n.put("place", m.place());
            n.put("when", m.when());
            n.put("status", m.status());
            n.put("evidence", m.evidence());
            putIfTrue(n, m.optional());
        }
        ArrayNode sanctions = root.putArray("sanctions");
        for (Sanction s : a.sanctions()) {
            ObjectNode n = sanctions.addObject();
            n.put("imposer", s.imposer());
            n.put("target", s.target());
            n.put("when", s.when());
            n.put("basis", s.basis());
            n.put("evidence", s.evidence());
            putIfTrue(n, s.optional());
        }
        ArrayNode denials = root.putArray("denials");
        for (Denial d : a.denials()) {
            ObjectNode n = denials.addObject();
            n.put("denier", d.denier());
            n.put("denies", d.denies());
            n.put("evidence", d.evidence());
            putIfTrue(n, d.optional());
        }
        ArrayNode quotes = root.putArray("quotes");
        for (Quote q : a.quotes()) {
            ObjectNode n = quotes.addObject();
            n.put("speaker", q.speaker());
            putIfPresent(n, "starts", q.starts());
            putIfPresent(n, "text", q.text());
        }
        ArrayNode people = root.putArray("people");
        for (Person p : a.people()) {
            ObjectNode n = people.addObject();
            n.put("name", p.name());
            strings(n.putArray("forms"), p.forms());
            putIfPresent(n, "affiliation", p.affiliation());
        }
        return pretty(root);
    }

    /** Pretty JSON with one-space indentation and {@code "name": value}, as the gold files are laid out. */
    static String pretty(Object value) {
        DefaultIndenter indenter = new DefaultIndenter(" ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withSeparators(
                        Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER));
        printer.indentObjectsWith(indenter);
        printer.indentArraysWith(indenter);
        try {
            return MAPPER.writer(printer).writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void putIfPresent(ObjectNode n, String field, String value) {
        if (value != null) {
            n.put(field, value);
        }
    }

    private static void putIfTrue(ObjectNode n, boolean optional) {
        if (optional) {
            n.put("optional", true);
        }
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }

    private static String name(Path file) {
        return file.getFileName().toString();
    }

    private static String readText(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Node parse(Path file) throws GoldFormatException {
        return parse(readText(file), name(file));
    }

    private static Node parse(String text, String name) throws GoldFormatException {
        JsonNode json;
        try {
            json = MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null
                    ? ""
                    : "line " + e.getLocation().getLineNr() + ", column "
                            + e.getLocation().getColumnNr() + ": ";
            throw new GoldFormatException(name, where + "malformed JSON: " + e.getOriginalMessage());
        }
        if (json == null || json.isMissingNode()) {
            throw new GoldFormatException(name, "empty file");
        }
        if (!json.isObject()) {
            throw new GoldFormatException(name, "expected a JSON object at the top level");
        }
        return new Node(name, "", json);
    }

    /** A JSON object with its file name and path, whose accessors check the schema. */
    private record Node(String file, String path, JsonNode json) {
        GoldFormatException error(String field, String detail) {
            return new GoldFormatException(file, at(field) + ": " + detail);
        }

        private String at(String field) {
            return path.isEmpty() ? field : path + "." + field;
        }

        void only(Set<String> fields) throws GoldFormatException {
            for (var names = json.fieldNames(); names.hasNext(); ) {
                String field = names.next();
                if (!fields.contains(field)) {
                    throw error(field, "unknown field (expected " + String.join(", ", new TreeSet<>(fields)) + ")");
                }
            }
        }

        String text(String field) throws GoldFormatException {
            String value = optionalText(field);
            if (value == null || value.isBlank()) {
                throw error(field, value == null ? "missing (expected a string)" : "empty (expected a string)");
            }
            return value;
        }

        String optionalText(String field) throws GoldFormatException {
            JsonNode v = json.get(field);
            if (v == null || v.isNull()) {
                return null;
            }
            if (!v.isTextual()) {
                throw error(field, "expected a string, found " + v);
            }
            return v.asText();
        }

        String word(String field, List<String> allowed) throws GoldFormatException {
            String value = text(field);
            if (!allowed.contains(value)) {
                throw new GoldFormatException(file, Vocabulary.notOneOf(at(field), value, allowed));
            }
            return value;
        }

        List<String> strings(String field) throws GoldFormatException {
            return words(field, null, false);
        }

        List<String> words(String field, List<String> allowed, boolean nonEmpty) throws GoldFormatException {
            JsonNode v = json.get(field);
            if (v == null || v.isNull()) {
                throw error(field, "missing (expected a list of strings)");
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
                String where = field + "[" + i + "]";
                if (!e.isTextual() || e.asText().isBlank()) {
                    throw error(where, "expected a non-empty string, found " + e);
                }
                if (allowed != null && !allowed.contains(e.asText())) {
                    throw new GoldFormatException(file, Vocabulary.notOneOf(at(where), e.asText(), allowed));
                }
                values.add(e.asText());
            }
            return values;
        }

        Integer optionalInt(String field) throws GoldFormatException {
            JsonNode v = json.get(field);
            if (v == null || v.isNull()) {
                return null;
            }
            if (!v.canConvertToExactIntegral() || !v.canConvertToInt() || v.asInt() < 0) {
                throw error(field, "expected a whole number of at least 0, found " + v);
            }
            return v.asInt();
        }

        boolean flag(String field) throws GoldFormatException {
            JsonNode v = json.get(field);
            if (v == null || v.isNull()) {
                return false;
            }
            if (!v.isBoolean()) {
                throw error(field, "expected true or false, found " + v);
            }
            return v.asBoolean();
        }

        String when() throws GoldFormatException {
            String value = optionalText("when");
            if (value != null && !WHEN.matcher(value).matches()) {
                throw error("when", "'" + value + "' is not an ISO date, month or year (2023-09-13, 2023-09, 2023)");
            }
            return value;
        }

        LocalDate date(String field) throws GoldFormatException {
            String value = optionalText(field);
            if (value == null) {
                return null;
            }
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                throw error(field, "'" + value + "' is not an ISO date (2023-09-13)");
            }
        }

        List<Node> list(String field) throws GoldFormatException {
            JsonNode v = json.get(field);
            if (v == null || v.isNull()) {
                return List.of();
            }
            if (!v.isArray()) {
                throw error(
                        field,
                        "expected a list of objects, found "
                                + v.getNodeType().name().toLowerCase(Locale.ROOT));
            }
            List<Node> nodes = new ArrayList<>();
            for (int i = 0; i < v.size(); i++) {
                String where = at(field + "[" + i + "]");
                if (!v.get(i).isObject()) {
                    throw new GoldFormatException(file, where + ": expected an object, found " + v.get(i));
                }
                nodes.add(new Node(file, where, v.get(i)));
            }
            return nodes;
        }
    }
}
