package org.armswatch.lists;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.armswatch.model.Countries;
import org.armswatch.model.Entity;
import org.armswatch.model.FtmModel;

/**
 * Reads OpenSanctions' "simple" CSV ({@code targets.simple.csv}): one row per target entity with
 * the columns {@code id, schema, name, aliases, birth_date, countries, addresses, identifiers,
 * sanctions, phones, emails, program_ids, dataset, first_seen, last_seen, last_change}. Only
 * {@code id}, {@code schema} and {@code name} are required; other columns are read when present.
 *
 * <p>Each multi-valued cell is itself a {@code ;}-separated CSV row, as OpenSanctions writes it
 * (quoted only where a value holds a {@code ;}, a quote or a line break): so {@code ""} is one
 * empty value, and a quoted sanction text keeps its semicolons and line breaks.
 *
 * <p>Mapping of a row with id X, all as {@code os:X}: {@code name} → {@code name}; {@code aliases}
 * → {@code alias}; {@code birth_date} → {@code birthDate}; {@code countries} → {@code country}
 * (the CSV does not say which country property it came from); {@code addresses} → {@code address};
 * {@code phones} / {@code emails} → {@code phone} / {@code email}; {@code program_ids} →
 * {@code programId}; {@code identifiers} by shape (see {@link #identifierProperty}). The CSV
 * carries no topics, so none are set. Each row also gets a {@code Sanction} {@code os:X/sanction}
 * with {@code entity}, {@code program} = the programme ids and {@code reason} = each sanction text
 * (OpenSanctions writes program, reason, status and dates joined with " - ").
 *
 * <p>Quirks: {@code unknown-schema} (row skipped), {@code blank-name}, {@code duplicate-id} (later
 * row skipped), {@code bad-date}, {@code bad-country} (raw text to {@code notes}),
 * {@code unknown-property} (a column the row's schema has no property for), {@code bad-value} (a
 * multi-valued cell that is not a well-formed {@code ;} row, kept whole). The file is refused
 * when it is not UTF-8 or not well-formed CSV (including a quoted cell cut off by truncation),
 * when the header lacks {@code id}, {@code schema} or {@code name}, when a row has a different
 * number of fields than the header or no id, and when it has no rows.
 *
 * <p>{@code publishedAt} is the latest {@code last_change} (else {@code last_seen}, which older
 * exports have alone): OpenSanctions' per-entity change time, read as UTC. The source is {@code opensanctions-<slug>} of the dataset title most frequent in the
 * {@code dataset} column ("Ukraine War and Sanctions" → {@code opensanctions-ukraine-war-and-sanctions}).
 */
final class OpenSanctionsCsvReader implements ListReader {
    private static final String PREFIX = "os:";
    private static final CSVFormat FILE_FORMAT = CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true)
            .get();
    private static final CSVFormat CELL_FORMAT = CSVFormat.RFC4180
            .builder()
            .setDelimiter(';')
            .setIgnoreEmptyLines(false)
            .get();
    private static final Pattern IMO = Pattern.compile("IMO ?(\\d{7})", Pattern.CASE_INSENSITIVE);
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern CALL_SIGN = Pattern.compile("(?=.*[A-Z])[A-Z0-9]{3,7}");
    private static final Pattern FTM_DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");
    private static final Pattern FIRST_FIELDS = Pattern.compile("^\"?id\"?,\"?schema\"?,\"?name\"?(,|$)");

    OpenSanctionsCsvReader() {}

    @Override
    public String format() {
        return "opensanctions-csv";
    }

    /** A main file when the first line is a header starting {@code id,schema,name}, quoted or not. */
    @Override
    public Optional<String> sniff(FileHead head) {
        return FIRST_FIELDS.matcher(head.firstLine()).find() ? Optional.of(MAIN) : Optional.empty();
    }

    @Override
    public ListData read(ListInput input) throws IOException, ListRefusedException {
        Path file = input.main();
        var decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (BufferedReader in = new BufferedReader(new InputStreamReader(Files.newInputStream(file), decoder))) {
            in.mark(1);
            if (in.read() != '\uFEFF') {
                in.reset();
            }
            CSVParser parser;
            try {
                parser = CSVParser.parse(in, FILE_FORMAT);
            } catch (IllegalArgumentException | CSVException e) {
                throw new ListRefusedException(file + " line 1: unreadable header: " + e.getMessage(), e);
            }
            try (parser) {
                return new Run(file, parser.getHeaderNames()).read(parser, input.sourceOverride());
            }
        } catch (CharacterCodingException e) {
            throw new ListRefusedException(file + ": not UTF-8 text (or cut inside a character)", e);
        }
    }

    /**
     * The FtM property for an identifier of an entity of the given schema, inferred from its shape
     * (the CSV does not type identifiers): {@code IMO} + 7 digits → {@code imoNumber} where the
     * schema has it. Vessels: 9 digits → {@code mmsi}; 3–7 letters and digits with a letter →
     * {@code callSign}. People: 12 digits → {@code innCode} (a Russian person's INN), 15 digits →
     * {@code ogrnCode} (OGRNIP), 10 digits → {@code taxNumber} (such as a Ukrainian RNOKPP), else
     * {@code idNumber}. Other legal entities: 10 or 12 digits → {@code innCode}, 13 or 15 digits →
     * {@code ogrnCode}. Everything else → {@code registrationNumber}, or empty when the schema has none.
     */
    static Optional<String> identifierProperty(String schema, String value) {
        FtmModel model = FtmModel.get();
        String v = value.strip().toUpperCase(Locale.ROOT);
        if (IMO.matcher(v).matches() && model.hasProperty(schema, "imoNumber")) {
            return Optional.of("imoNumber");
        }
        boolean digits = DIGITS.matcher(v).matches();
        int n = v.length();
        String property;
        if (model.isA(schema, "Vessel")) {
            property = digits && n == 9 ? "mmsi" : CALL_SIGN.matcher(v).matches() ? "callSign" : "registrationNumber";
        } else if (model.isA(schema, "Person")) {
            property = !digits
                    ? "idNumber"
                    : switch (n) {
                        case 12 -> "innCode";
                        case 15 -> "ogrnCode";
                        case 10 -> "taxNumber";
                        default -> "idNumber";
                    };
        } else if (model.isA(schema, "LegalEntity") && digits && (n == 10 || n == 12)) {
            property = "innCode";
        } else if (model.isA(schema, "LegalEntity") && digits && (n == 13 || n == 15)) {
            property = "ogrnCode";
        } else {
            property = "registrationNumber";
        }
        return model.hasProperty(schema, property) ? Optional.of(property) : Optional.empty();
    }

    /** The source name for a dataset title: lower case, runs of other characters as one hyphen. */
    static String slug(String title) {
        String s = title.toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", "-")
                .replaceAll("^-+|-+$", "");
        return s.isEmpty() ? "opensanctions" : "opensanctions-" + s;
    }

    /** The state of reading one file. */
    private static final class Run {
        private final Path file;
        private final List<String> header;
        private final FtmModel model = FtmModel.get();
        private final Countries countries = Countries.get();
        private final List<Entity> entities = new ArrayList<>();
        private final List<Quirk> quirks = new ArrayList<>();
        private final Set<String> ids = new HashSet<>();
        private final Map<String, Integer> titles = new HashMap<>();
        private Instant latest;
        private int records;

        Run(Path file, List<String> header) throws ListRefusedException {
            this.file = file;
            this.header = header;
            for (String required : List.of("id", "schema", "name")) {
                if (!header.contains(required)) {
                    throw new ListRefusedException(file + " line 1: the header has no '" + required
                            + "' column (an OpenSanctions simple CSV starts id,schema,name)");
                }
            }
        }

        ListData read(CSVParser parser, Optional<String> sourceOverride) throws ListRefusedException {
            Iterator<CSVRecord> rows = parser.iterator();
            long lineAfter = parser.getCurrentLineNumber();
            while (true) {
                CSVRecord row;
                try {
                    if (!rows.hasNext()) {
                        break;
                    }
                    row = rows.next();
                } catch (UncheckedIOException e) {
                    if (e.getCause() instanceof CharacterCodingException) {
                        throw new ListRefusedException(file + ": not UTF-8 text (or cut inside a character)", e);
                    }
                    throw new ListRefusedException(
                            file + " line " + (lineAfter + 1) + ": not well-formed or truncated CSV: "
                                    + e.getCause().getMessage(),
                            e);
                }
                long line = lineAfter + 1;
                lineAfter = parser.getCurrentLineNumber();
                records++;
                row(row, line);
            }
            if (records == 0) {
                throw new ListRefusedException(file + ": holds no rows");
            }
            String source = sourceOverride.orElseGet(() -> titles.entrySet().stream()
                    .max(Map.Entry.<String, Integer>comparingByValue()
                            .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                    .map(e -> slug(e.getKey()))
                    .orElse("opensanctions"));
            return new ListData(
                    source,
                    "opensanctions-csv",
                    Optional.ofNullable(latest),
                    OptionalInt.empty(),
                    records,
                    entities,
                    quirks);
        }

        private void row(CSVRecord row, long line) throws ListRefusedException {
            if (row.size() != header.size()) {
                throw new ListRefusedException(
                        file + " line " + line + ": " + row.size() + " fields where the header has " + header.size());
            }
            String id = row.get("id").strip();
            if (id.isEmpty()) {
                throw new ListRefusedException(file + " line " + line + ": row without an id");
            }
            for (String title : values(row, "dataset", id)) {
                titles.merge(title, 1, Integer::sum);
            }
            String column = cell(row, "last_change").isBlank() ? "last_seen" : "last_change";
            String changed = cell(row, column);
            if (!changed.isBlank()) {
                Optional<Instant> time = FtmJsonReader.parseTimestamp(changed);
                if (time.isEmpty()) {
                    quirks.add(new Quirk(
                            id, "bad-date", "line " + line + ": unreadable " + column + " '" + changed + "'"));
                } else if (latest == null || time.get().isAfter(latest)) {
                    latest = time.get();
                }
            }
            String schema = row.get("schema").strip();
            if (!model.isSchema(schema) || model.isAbstract(schema)) {
                quirks.add(new Quirk(
                        id,
                        "unknown-schema",
                        "line " + line + ": schema '" + schema + "' is "
                                + (model.isSchema(schema) ? "abstract" : "not in the FtM model") + "; row skipped"));
                return;
            }
            if (!ids.add(id)) {
                quirks.add(new Quirk(id, "duplicate-id", "line " + line + ": id repeated; later row skipped"));
                return;
            }
            Entity.Builder b = Entity.builder(PREFIX + id, schema).target(true);
            Set<String> missing = new HashSet<>();
            String name = row.get("name");
            if (name.isBlank() || name.strip().equals("\"\"")) {
                quirks.add(new Quirk(id, "blank-name", "line " + line + ": no name"));
            } else {
                b.add("name", name);
            }
            for (String alias : values(row, "aliases", id)) {
                put(b, "alias", alias, missing, line);
            }
            for (String date : values(row, "birth_date", id)) {
                if (FTM_DATE.matcher(date).matches()) {
                    put(b, "birthDate", date, missing, line);
                } else {
                    quirks.add(new Quirk(id, "bad-date", "line " + line + ": unreadable birth date '" + date + "'"));
                    put(b, "notes", "Birth date: " + date, missing, line);
                }
            }
            for (String country : values(row, "countries", id)) {
                Optional<String> code = countries
                        .byAlpha2(country)
                        .or(() -> countries.find(country))
                        .map(Countries.Country::alpha2);
                if (code.isPresent()) {
                    put(b, "country", code.get(), missing, line);
                } else {
                    quirks.add(new Quirk(id, "bad-country", "line " + line + ": unknown country '" + country + "'"));
                    put(b, "notes", "Country: " + country, missing, line);
                }
            }
            for (String address : values(row, "addresses", id)) {
                put(b, "address", address, missing, line);
            }
            for (String identifier : values(row, "identifiers", id)) {
                Optional<String> property = identifierProperty(schema, identifier);
                if (property.isPresent()) {
                    Matcher imo = IMO.matcher(identifier.strip());
                    put(
                            b,
                            property.get(),
                            property.get().equals("imoNumber") && imo.matches() ? "IMO" + imo.group(1) : identifier,
                            missing,
                            line);
                } else {
                    put(b, "notes", "Identifier: " + identifier, missing, line);
                }
            }
            for (String phone : values(row, "phones", id)) {
                put(b, "phone", phone, missing, line);
            }
            for (String email : values(row, "emails", id)) {
                put(b, "email", email, missing, line);
            }
            List<String> programs = values(row, "program_ids", id);
            for (String program : programs) {
                put(b, "programId", program, missing, line);
            }
            entities.add(b.build());

            Entity.Builder sanction = Entity.builder(PREFIX + id + "/sanction", "Sanction")
                    .add("entity", PREFIX + id)
                    .addAll("program", programs)
                    .addAll("reason", values(row, "sanctions", id));
            entities.add(sanction.build());
        }

        /** Adds a value, or reports once per row a property the schema does not have. */
        private void put(Entity.Builder b, String property, String value, Set<String> missing, long line) {
            if (model.hasProperty(b.schema(), property)) {
                b.add(property, value);
            } else if (missing.add(property)) {
                quirks.add(new Quirk(
                        b.id().substring(PREFIX.length()),
                        "unknown-property",
                        "line " + line + ": " + b.schema() + " has no property '" + property + "'; values dropped"));
            }
        }

        private String cell(CSVRecord row, String column) {
            return row.isMapped(column) ? row.get(column) : "";
        }

        /** The values of a multi-valued cell, read as a {@code ;}-separated CSV row; blanks dropped. */
        private List<String> values(CSVRecord row, String column, String id) {
            String cell = cell(row, column);
            List<String> out = new ArrayList<>();
            if (cell.isBlank()) {
                return out;
            }
            if (cell.indexOf('"') < 0) {
                for (String v : cell.split(";")) {
                    addValue(out, v);
                }
                return out;
            }
            try (CSVParser parser = CSVParser.parse(cell, CELL_FORMAT)) {
                for (CSVRecord r : parser) {
                    r.forEach(v -> addValue(out, v));
                }
            } catch (IOException | UncheckedIOException e) {
                quirks.add(new Quirk(
                        id,
                        "bad-value",
                        "column " + column + " is not a well-formed ;-separated list; kept as one value"));
                out.clear();
                addValue(out, cell);
            }
            return out;
        }

        private static void addValue(List<String> out, String value) {
            String v = value.strip();
            if (!v.isEmpty()) {
                out.add(v);
            }
        }
    }
}
