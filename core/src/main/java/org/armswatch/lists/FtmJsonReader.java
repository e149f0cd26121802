package org.armswatch.lists;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.RandomAccessFile;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;
import org.armswatch.model.Entity;
import org.armswatch.model.FtmModel;

/**
 * Reads OpenSanctions' FollowTheMoney JSON lines ({@code entities.ftm.json}): one entity object
 * per line with {@code id}, {@code schema}, {@code properties} (property name to a list of
 * strings), {@code caption}, {@code target}, {@code datasets}, {@code referents} and the
 * {@code first_seen} / {@code last_seen} / {@code last_change} times.
 *
 * <p>Every entity becomes {@code os:<id>}, and so does every value of a property that holds an
 * entity id (such as {@code Sanction.entity}, {@code Ownership.owner}, {@code Thing.addressEntity});
 * a reference to an id that is not in the file stays, with a {@code dangling-link} quirk.
 * {@code target}, {@code caption}, {@code datasets} and {@code referents} are kept as given;
 * property values are kept as given (they already follow FtM conventions), only cleaned of
 * white space.
 *
 * <p>Records are validated against {@link FtmModel}: an unknown or abstract schema skips the
 * entity ({@code unknown-schema}); an unknown property is dropped ({@code unknown-property}, one
 * quirk per property name and entity); a value that is an object, number or boolean is dropped
 * ({@code bad-value}); a bare string where a list belongs is taken as a one-element list and
 * counted in one {@code bad-value} summary quirk per file (record id: the file name); a repeated
 * id keeps the first entity ({@code duplicate-id}). Unknown top-level keys are ignored, and so are
 * blank lines.
 *
 * <p>The file is refused when a line is not valid JSON (when it is the last line and the file does
 * not end with a line break, as truncated), when a line is not an object or has no {@code id} or
 * {@code schema}, when it is not UTF-8, and when it holds no entity at all.
 *
 * <p>{@code recordCount} is the number of entity lines (skipped ones included). {@code publishedAt}
 * is the latest per-entity {@code last_change} (else {@code last_seen}), read as UTC: OpenSanctions'
 * own change time, which is the closest the format has to a publication date. The source is
 * {@code opensanctions-<dataset>}: the folder name when the file is called {@code entities.ftm.json}
 * (OpenSanctions publishes {@code datasets/latest/<dataset>/entities.ftm.json}), else the dataset
 * most frequent among the target entities' {@code datasets}.
 */
final class FtmJsonReader implements ListReader {
    private static final ObjectMapper MAPPER =
            new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private static final JsonFactory JSON = new JsonFactory();
    private static final String PREFIX = "os:";
    private static final String FILE_NAME = "entities.ftm.json";
    private static final Pattern DATASET_NAME = Pattern.compile("[a-z0-9_]+");

    /**
     * Properties whose values are entity ids, by the schema that declares them; they apply to
     * that schema and every schema inheriting from it.
     */
    private static final Map<String, Set<String>> ENTITY_REFERENCES = Map.ofEntries(
            Map.entry("Thing", Set.of("addressEntity", "proof")),
            Map.entry("Interval", Set.of("proof")),
            Map.entry("LegalEntity", Set.of("parent")),
            Map.entry("Vehicle", Set.of("owner", "operator")),
            Map.entry("Sanction", Set.of("entity")),
            Map.entry("Ownership", Set.of("owner", "asset")),
            Map.entry("Directorship", Set.of("director", "organization")),
            Map.entry("Membership", Set.of("member", "organization")),
            Map.entry("Employment", Set.of("employer", "employee")),
            Map.entry("Family", Set.of("person", "relative")),
            Map.entry("Associate", Set.of("person", "associate")),
            Map.entry("UnknownLink", Set.of("subject", "object")),
            Map.entry("Representation", Set.of("agent", "client")),
            Map.entry("Occupancy", Set.of("holder", "post")),
            Map.entry("Position", Set.of("organization")),
            Map.entry("Identification", Set.of("holder")),
            Map.entry("Note", Set.of("entity")));

    FtmJsonReader() {}

    @Override
    public String format() {
        return "ftm-json";
    }

    /** A main file when the content starts with a JSON object whose first keys include {@code id} and {@code schema}. */
    @Override
    public Optional<String> sniff(FileHead head) {
        String text = head.text().stripLeading();
        if (!text.startsWith("{")) {
            return Optional.empty();
        }
        Set<String> keys = new HashSet<>();
        try (JsonParser p = JSON.createParser(text)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return Optional.empty();
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                keys.add(p.currentName());
                p.nextToken();
                p.skipChildren();
            }
        } catch (IOException e) {
            // The head ends inside the first object, or it is not JSON: judge by the keys seen so far.
        }
        return keys.contains("id") && keys.contains("schema") ? Optional.of(MAIN) : Optional.empty();
    }

    @Override
    public ListData read(ListInput input) throws IOException, ListRefusedException {
        Path file = input.main();
        Run run = new Run(file);
        boolean endsWithLineBreak = endsWithLineBreak(file);
        var decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (BufferedReader in = new BufferedReader(new InputStreamReader(Files.newInputStream(file), decoder))) {
            String line;
            int number = 0;
            while ((line = readLine(in, file)) != null) {
                number++;
                if (number == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node;
                try {
                    node = MAPPER.readTree(line);
                } catch (JsonProcessingException e) {
                    boolean last = readLine(in, file) == null;
                    if (last && !endsWithLineBreak) {
                        throw new ListRefusedException(
                                file + " line " + number
                                        + ": truncated (the last line is incomplete JSON and the file does not end with a line break)");
                    }
                    throw new ListRefusedException(file + " line " + number + ": not valid JSON: "
                            + e.getOriginalMessage().replaceAll("\\s+", " "));
                }
                run.line(node, number);
            }
        }
        return run.finish(input.sourceOverride());
    }

    /** Parses an OpenSanctions time stamp ({@code 2026-03-13T05:41:01}, zone-less means UTC); empty when unreadable. */
    static Optional<Instant> parseTimestamp(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.strip();
        try {
            return Optional.of(LocalDateTime.parse(t).toInstant(ZoneOffset.UTC));
        } catch (DateTimeParseException e) {
            try {
                return Optional.of(OffsetDateTime.parse(t).toInstant());
            } catch (DateTimeParseException e2) {
                return Optional.empty();
            }
        }
    }

    /** The next line; decoding runs ahead of the lines, so a refusal for bad UTF-8 names no line. */
    private static String readLine(BufferedReader in, Path file) throws IOException, ListRefusedException {
        try {
            return in.readLine();
        } catch (CharacterCodingException e) {
            throw new ListRefusedException(file + ": not UTF-8 text (or cut inside a character)", e);
        }
    }

    private static boolean endsWithLineBreak(Path file) throws IOException {
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "r")) {
            long size = f.length();
            if (size == 0) {
                return false;
            }
            f.seek(size - 1);
            return f.read() == '\n';
        }
    }

    private static boolean isReference(String schema, String property) {
        FtmModel model = FtmModel.get();
        for (Map.Entry<String, Set<String>> e : ENTITY_REFERENCES.entrySet()) {
            if (e.getValue().contains(property) && model.isA(schema, e.getKey())) {
                return true;
            }
        }
        return false;
    }

    /** A reference from one entity to another, checked once all ids are known. */
    private record Link(String from, String property, String to) {}

    /** The state of reading one file. */
    private static final class Run {
        private final Path file;
        private final FtmModel model = FtmModel.get();
        private final List<Entity> entities = new ArrayList<>();
        private final Set<String> ids = new HashSet<>();
        private final List<Quirk> quirks = new ArrayList<>();
        private final List<Link> links = new ArrayList<>();
        private final Map<String, Integer> targetDatasets = new HashMap<>();
        private int records;
        private int coercedValues;
        private final Set<String> coercedEntities = new LinkedHashSet<>();
        private Instant latest;

        Run(Path file) {
            this.file = file;
        }

        void line(JsonNode node, int number) throws ListRefusedException {
            if (!node.isObject()) {
                throw new ListRefusedException(file + " line " + number + ": not a JSON object");
            }
            records++;
            String id = requiredText(node, "id", number);
            String schema = requiredText(node, "schema", number);
            noteTime(node, id, number);
            if (!model.isSchema(schema) || model.isAbstract(schema)) {
                quirks.add(new Quirk(
                        id,
                        "unknown-schema",
                        "line " + number + ": schema '" + schema + "' is "
                                + (model.isSchema(schema) ? "abstract" : "not in the FtM model") + "; entity skipped"));
                return;
            }
            if (!ids.add(id)) {
                quirks.add(new Quirk(id, "duplicate-id", "line " + number + ": id repeated; later entity skipped"));
                return;
            }
            Entity.Builder b = Entity.builder(PREFIX + id, schema);
            JsonNode caption = node.get("caption");
            if (caption != null && caption.isTextual()) {
                b.caption(caption.asText());
            }
            JsonNode target = node.get("target");
            if (target != null && !target.isNull()) {
                if (target.isBoolean()) {
                    b.target(target.booleanValue());
                } else {
                    badValue(id, number, "target", target);
                }
            }
            for (String dataset : strings(node, "datasets", id, number)) {
                b.dataset(dataset);
            }
            for (String referent : strings(node, "referents", id, number)) {
                b.referent(referent);
            }
            JsonNode props = node.get("properties");
            if (props != null && !props.isNull()) {
                if (props.isObject()) {
                    properties(b, id, number, props);
                } else {
                    badValue(id, number, "properties", props);
                }
            }
            Entity entity = b.build();
            entities.add(entity);
            if (entity.target()) {
                for (String dataset : entity.datasets()) {
                    targetDatasets.merge(dataset, 1, Integer::sum);
                }
            }
        }

        private void properties(Entity.Builder b, String id, int number, JsonNode props) {
            String schema = b.schema();
            for (Map.Entry<String, JsonNode> field : props.properties()) {
                String property = field.getKey();
                JsonNode value = field.getValue();
                if (!model.hasProperty(schema, property)) {
                    quirks.add(new Quirk(
                            id,
                            "unknown-property",
                            "line " + number + ": " + schema + " has no property '" + property + "'; dropped"));
                    continue;
                }
                boolean reference = isReference(schema, property);
                List<String> texts = new ArrayList<>();
                if (value.isTextual()) {
                    coercedValues++;
                    coercedEntities.add(id);
                    texts.add(value.asText());
                } else if (value.isArray()) {
                    for (JsonNode item : value) {
                        if (item.isTextual()) {
                            texts.add(item.asText());
                        } else {
                            badValue(id, number, property, item);
                        }
                    }
                } else if (!value.isNull()) {
                    badValue(id, number, property, value);
                }
                for (String text : texts) {
                    String v = text.strip();
                    if (reference && !v.isEmpty()) {
                        links.add(new Link(id, property, v));
                        b.add(property, PREFIX + v);
                    } else {
                        b.add(property, v);
                    }
                }
            }
        }

        private List<String> strings(JsonNode node, String key, String id, int number) {
            JsonNode value = node.get(key);
            List<String> out = new ArrayList<>();
            if (value == null || value.isNull()) {
                return out;
            }
            if (!value.isArray()) {
                badValue(id, number, key, value);
                return out;
            }
            for (JsonNode item : value) {
                if (item.isTextual()) {
                    out.add(item.asText());
                } else {
                    badValue(id, number, key, item);
                }
            }
            return out;
        }

        private void badValue(String id, int number, String key, JsonNode value) {
            quirks.add(new Quirk(
                    id,
                    "bad-value",
                    "line " + number + ": '" + key + "' holds a JSON "
                            + value.getNodeType().name().toLowerCase(Locale.ROOT) + " instead of a string; dropped"));
        }

        private String requiredText(JsonNode node, String key, int number) throws ListRefusedException {
            JsonNode value = node.get(key);
            if (value == null || !value.isTextual() || value.asText().isBlank()) {
                throw new ListRefusedException(file + " line " + number + ": entity without a '" + key + "' string");
            }
            return value.asText().strip();
        }

        private void noteTime(JsonNode node, String id, int number) {
            JsonNode change = node.get("last_change");
            String key = "last_change";
            if (change == null || !change.isTextual() || change.asText().isBlank()) {
                change = node.get("last_seen");
                key = "last_seen";
            }
            if (change == null || !change.isTextual() || change.asText().isBlank()) {
                return;
            }
            Optional<Instant> time = parseTimestamp(change.asText());
            if (time.isEmpty()) {
                quirks.add(new Quirk(
                        id, "bad-date", "line " + number + ": unreadable " + key + " '" + change.asText() + "'"));
            } else if (latest == null || time.get().isAfter(latest)) {
                latest = time.get();
            }
        }

        ListData finish(Optional<String> sourceOverride) throws ListRefusedException {
            if (records == 0) {
                throw new ListRefusedException(file + ": holds no entities");
            }
            for (Link link : links) {
                if (!ids.contains(link.to())) {
                    quirks.add(new Quirk(
                            link.from(),
                            "dangling-link",
                            link.property() + " refers to '" + link.to() + "', which is not in the file"));
                }
            }
            if (coercedValues > 0) {
                quirks.add(new Quirk(
                        file.getFileName().toString(),
                        "bad-value",
                        coercedValues + " property values in " + coercedEntities.size()
                                + " entities were bare strings instead of lists; each read as a one-element list"));
            }
            String source = sourceOverride.orElseGet(this::source);
            return new ListData(
                    source, "ftm-json", Optional.ofNullable(latest), OptionalInt.empty(), records, entities, quirks);
        }

        private String source() {
            Path folder = file.toAbsolutePath().getParent();
            if (file.getFileName().toString().equals(FILE_NAME)
                    && folder != null
                    && folder.getFileName() != null
                    && DATASET_NAME.matcher(folder.getFileName().toString()).matches()) {
                return "opensanctions-" + folder.getFileName();
            }
            return targetDatasets.entrySet().stream()
                    .max(Map.Entry.<String, Integer>comparingByValue()
                            .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                    .map(e -> "opensanctions-" + e.getKey())
                    .orElse("opensanctions");
        }
    }
}
