package org.armswatch.screen;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongConsumer;
import java.util.stream.IntStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * Screens a CSV file of names, streaming: rows are read in chunks, each chunk screened on all
 * cores, and written in input order, so memory stays constant whatever the file's size.
 *
 * <p>Input: a header row; {@code name} required; {@code id}, {@code schema}, {@code birth_date},
 * {@code country} and {@code identifier} used when present (several values in a cell separated by
 * {@code ;}); every other column passed through. A row without an {@code id} is known by its
 * row number. A row that cannot be screened (empty name, unknown country …) is reported in the
 * output and the batch goes on.
 */
public final class CsvScreening {
    private static final int CHUNK = 1024;
    private static final List<String> KNOWN = List.of("id", "name", "schema", "birth_date", "country", "identifier");
    private static final List<String> ADDED = List.of(
            "screen_status",
            "screen_error",
            "match_count",
            "best_id",
            "best_caption",
            "best_score",
            "best_source",
            "matches");

    private final MatchIndex index;
    private final MatchIndex.Options options;
    private final int candidates;
    private final Related related;

    /** The ids of the same party's entries in other lists. */
    @FunctionalInterface
    public interface Related {
        List<String> of(ScreeningResult r);
    }

    /** Output forms. */
    public enum Format {
        /** The input columns followed by the screening columns. */
        CSV,
        /** One JSON object per row, as {@code screen --format json} prints for one name. */
        JSONL
    }

    /**
     * What a batch did.
     *
     * @param rows data rows read
     * @param errors rows that could not be screened
     * @param withMatches rows with at least one match
     */
    public record Summary(long rows, long errors, long withMatches) {}

    /**
     * @param candidates how many best results below the threshold to add to each row's matches
     */
    public CsvScreening(MatchIndex index, MatchIndex.Options options, int candidates, Related related) {
        this.index = index;
        this.options = options;
        this.candidates = candidates;
        this.related = related;
    }

    private record Row(long number, String id, List<String> cells, ScreeningQuery query, String error) {}

    private record Outcome(Row row, List<ScreeningResult> results) {}

    /**
     * Screens {@code in} into {@code out}.
     *
     * @param progress told the number of rows done after each chunk
     * @throws BatchInputException when the file is not UTF-8, has no header or no {@code name}
     *     column, or its quoting is broken (the message names the line or byte)
     */
    public Summary run(Path in, Path out, Format format, LongConsumer progress)
            throws IOException, BatchInputException {
        var invalid = Utf8.firstInvalidByte(in);
        if (invalid.isPresent()) {
            throw new BatchInputException(in + ": not valid UTF-8 at byte offset " + invalid.getAsLong());
        }
        CSVFormat csv = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreSurroundingSpaces(false)
                .get();
        try (Reader reader = Files.newBufferedReader(in, StandardCharsets.UTF_8);
                CSVParser parser = CSVParser.parse(reader, csv);
                BufferedWriter writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            List<String> header = parser.getHeaderNames();
            Map<String, Integer> columns = columns(header, in);
            CSVPrinter printer = null;
            if (format == Format.CSV) {
                List<String> outHeader = new ArrayList<>(header);
                outHeader.addAll(ADDED);
                printer = new CSVPrinter(
                        writer,
                        CSVFormat.DEFAULT
                                .builder()
                                .setHeader(outHeader.toArray(String[]::new))
                                .get());
            }
            long rows = 0;
            long errors = 0;
            long matched = 0;
            Iterator<CSVRecord> it = parser.iterator();
            List<Row> chunk = new ArrayList<>(CHUNK);
            while (true) {
                chunk.clear();
                while (chunk.size() < CHUNK && next(it, in)) {
                    CSVRecord rec = it.next();
                    rows++;
                    chunk.add(row(rec, rows, columns, header.size()));
                }
                if (chunk.isEmpty()) {
                    break;
                }
                List<Row> work = List.copyOf(chunk);
                List<Outcome> outcomes = IntStream.range(0, work.size())
                        .parallel()
                        .mapToObj(i -> screen(work.get(i)))
                        .toList();
                for (Outcome o : outcomes) {
                    if (o.row().error() != null) {
                        errors++;
                    } else if (o.results().stream().anyMatch(ScreeningResult::match)) {
                        matched++;
                    }
                    if (format == Format.CSV) {
                        printer.printRecord(csvRow(o));
                    } else {
                        writer.write(jsonRow(o));
                        writer.write('\n');
                    }
                }
                progress.accept(rows);
            }
            if (printer != null) {
                printer.flush();
            }
            return new Summary(rows, errors, matched);
        } catch (UncheckedIOException e) {
            throw new BatchInputException(in + ": " + e.getCause().getMessage(), e);
        }
    }

    private static boolean next(Iterator<CSVRecord> it, Path in) throws BatchInputException {
        try {
            return it.hasNext();
        } catch (UncheckedIOException | IllegalStateException e) {
            String m = e.getCause() != null ? e.getCause().getMessage() : e.getMessage();
            throw new BatchInputException(in + ": broken CSV: " + m, e);
        }
    }

    private static Map<String, Integer> columns(List<String> header, Path in) throws BatchInputException {
        Map<String, Integer> columns = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String h = header.get(i).trim().toLowerCase(Locale.ROOT);
            if (KNOWN.contains(h) && !columns.containsKey(h)) {
                columns.put(h, i);
            }
        }
        if (!columns.containsKey("name")) {
            throw new BatchInputException(
                    in + ": line 1: the header has no 'name' column (found: " + String.join(", ", header)
                            + "); expected name and optionally id, schema, birth_date, country, identifier");
        }
        return columns;
    }

    private Row row(CSVRecord rec, long number, Map<String, Integer> columns, int width) {
        List<String> cells = new ArrayList<>(width);
        rec.forEach(cells::add);
        while (cells.size() < width) {
            cells.add("");
        }
        String id = cell(cells, columns, "id");
        String rowId = id.isEmpty() ? Long.toString(number) : id;
        if (rec.size() != width) {
            return new Row(
                    number,
                    rowId,
                    cells,
                    null,
                    "record " + rec.getRecordNumber() + " (line "
                            + rec.getParser().getCurrentLineNumber() + "): " + rec.size()
                            + " fields where the header has " + width);
        }
        String name = cell(cells, columns, "name");
        try {
            ScreeningQuery q = Queries.parse(
                    name,
                    cell(cells, columns, "schema"),
                    split(cell(cells, columns, "birth_date")),
                    split(cell(cells, columns, "country")),
                    split(cell(cells, columns, "identifier")));
            return new Row(number, rowId, cells, q, null);
        } catch (IllegalArgumentException e) {
            return new Row(number, rowId, cells, null, e.getMessage());
        }
    }

    private Outcome screen(Row row) {
        if (row.error() != null) {
            return new Outcome(row, List.of());
        }
        try {
            return new Outcome(row, Queries.select(index.search(row.query(), options), candidates));
        } catch (IllegalArgumentException e) {
            return new Outcome(new Row(row.number(), row.id(), row.cells(), row.query(), e.getMessage()), List.of());
        }
    }

    private List<String> csvRow(Outcome o) {
        List<String> cells = new ArrayList<>(o.row().cells());
        if (o.row().error() != null) {
            cells.addAll(List.of("error", o.row().error(), "", "", "", "", "", ""));
            return cells;
        }
        List<ScreeningResult> matches =
                o.results().stream().filter(ScreeningResult::match).toList();
        Optional<ScreeningResult> best = o.results().stream().findFirst();
        cells.add("ok");
        cells.add("");
        cells.add(Integer.toString(matches.size()));
        cells.add(best.map(r -> r.entry().id()).orElse(""));
        cells.add(best.map(r -> r.entry().caption()).orElse(""));
        cells.add(best.map(r -> Double.toString(r.score())).orElse(""));
        cells.add(best.map(r -> r.entry().source()).orElse(""));
        cells.add(String.join(
                ";",
                o.results().stream().map(r -> r.entry().id() + "=" + r.score()).toList()));
        return cells;
    }

    private String jsonRow(Outcome o) throws JsonProcessingException {
        ObjectMapper mapper = ResultJson.mapper();
        if (o.row().error() != null) {
            return mapper.writeValueAsString(
                    ResultJson.error(o.row().id(), o.row().error()));
        }
        List<ObjectNode> results = o.results().stream()
                .map(r -> ResultJson.result(r, related.of(r)))
                .toList();
        return mapper.writeValueAsString(
                ResultJson.screened(o.row().id(), o.row().query().name(), results));
    }

    private static String cell(List<String> cells, Map<String, Integer> columns, String name) {
        Integer i = columns.get(name);
        return i == null || i >= cells.size() ? "" : cells.get(i).trim();
    }

    private static List<String> split(String cell) {
        return cell.isEmpty()
                ? List.of()
                : Arrays.stream(cell.split(";"))
                        .map(String::trim)
                        .filter(s -> !s.isEmpty())
                        .toList();
    }
}
