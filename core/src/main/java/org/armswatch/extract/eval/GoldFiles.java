package org.armswatch.extract.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.armswatch.model.StrictJson;
import org.armswatch.model.StrictJson.Node;

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

    private static final ObjectMapper MAPPER = new ObjectMapper();
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
        Node<GoldFormatException> root = parse(json, name);
        root.only(TOP);
        List<Transfer> transfers = new ArrayList<>();
        for (Node<GoldFormatException> n : root.list("transfers", false)) {
            n.only(TRANSFER);
            transfers.add(new Transfer(
                    n.text("supplier"),
                    n.text("recipient"),
                    n.optionalText("end_user"),
                    words(n, "items", Vocabulary.ITEMS),
                    word(n, "status", Vocabulary.TRANSFER_STATUSES),
                    n.optionalInt("quantity"),
                    n.optionalText("claimed_by"),
                    n.text("evidence"),
                    n.flag("optional")));
        }
        List<Meeting> meetings = new ArrayList<>();
        for (Node<GoldFormatException> n : root.list("meetings", false)) {
            n.only(MEETING);
            meetings.add(new Meeting(
                    n.strings("participants", true, false),
                    n.optionalText("place"),
                    when(n),
                    word(n, "status", Vocabulary.MEETING_STATUSES),
                    n.text("evidence"),
                    n.flag("optional")));
        }
        List<Sanction> sanctions = new ArrayList<>();
        for (Node<GoldFormatException> n : root.list("sanctions", false)) {
            n.only(SANCTION);
            sanctions.add(new Sanction(
                    n.text("imposer"),
                    n.text("target"),
                    when(n),
                    n.optionalText("basis"),
                    n.text("evidence"),
                    n.flag("optional")));
        }
        List<Denial> denials = new ArrayList<>();
        for (Node<GoldFormatException> n : root.list("denials", false)) {
            n.only(DENIAL);
            denials.add(new Denial(n.text("denier"), n.text("denies"), n.text("evidence"), n.flag("optional")));
        }
        List<Quote> quotes = new ArrayList<>();
        for (Node<GoldFormatException> n : root.list("quotes", false)) {
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
        for (Node<GoldFormatException> n : root.list("people", false)) {
            n.only(PERSON);
            people.add(new Person(n.text("name"), n.strings("forms", true, false), n.optionalText("affiliation")));
        }
        return new Annotations(
                root.text("doc"),
                root.optionalText("outlet"),
                root.optionalDate("published", "2023-09-13"),
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
        Node<GoldFormatException> root = parse(file);
        root.only(CLUSTERS);
        return new Clusters(clusterMap(root, "people", "name"), clusterMap(root, "parties", "id"));
    }

    private static Map<String, List<String>> clusterMap(Node<GoldFormatException> root, String list, String key)
            throws GoldFormatException {
        Map<String, List<String>> map = new LinkedHashMap<>();
        for (Node<GoldFormatException> n : root.list(list, false)) {
            n.only(Set.of(key, "forms"));
            String name = n.text(key);
            if (map.put(name, n.strings("forms", true, false)) != null) {
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

    private static Node<GoldFormatException> parse(Path file) throws GoldFormatException {
        return parse(readText(file), name(file));
    }

    private static Node<GoldFormatException> parse(String text, String name) throws GoldFormatException {
        return StrictJson.parse(text, name, GoldFormatException::new);
    }

    private static String word(Node<GoldFormatException> n, String field, List<String> allowed)
            throws GoldFormatException {
        String value = n.text(field);
        if (!allowed.contains(value)) {
            throw new GoldFormatException(n.file(), Vocabulary.notOneOf(n.at(field), value, allowed));
        }
        return value;
    }

    private static List<String> words(Node<GoldFormatException> n, String field, List<String> allowed)
            throws GoldFormatException {
        List<String> values = n.strings(field, true, true);
        for (int i = 0; i < values.size(); i++) {
            if (!allowed.contains(values.get(i))) {
                throw new GoldFormatException(
                        n.file(), Vocabulary.notOneOf(n.at(field + "[" + i + "]"), values.get(i), allowed));
            }
        }
        return values;
    }

    private static String when(Node<GoldFormatException> n) throws GoldFormatException {
        String value = n.optionalText("when");
        if (value != null && !WHEN.matcher(value).matches()) {
            throw n.error("when", "'" + value + "' is not an ISO date, month or year (2023-09-13, 2023-09, 2023)");
        }
        return value;
    }
}
