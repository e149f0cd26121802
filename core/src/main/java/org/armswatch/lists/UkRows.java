package org.armswatch.lists;

import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.armswatch.model.Entity;
import org.armswatch.model.Text;

/**
 * The rows of the UK FCDO sanctions list export (one designation a row: Unique ID, OFSI Group ID,
 * Name, Regime Name, Type, Designation source, Date Designated, Sanctions Imposed), mapped to
 * entities. Shared by {@link UkCsvReader} and {@link UkOdsReader}, which differ only in how they
 * get the cells, so that both give identical entities for the same list.
 *
 * <p>Columns are found by their names in the header row, which is the first row holding a
 * {@code Unique ID} cell (a few title rows above it are allowed). Each data row becomes a target
 * ({@code Person} for Individual, {@code Organization} for Entity, {@code Vessel} for Ship) with id
 * {@code uk:<Unique ID>}, and a {@code Sanction} with id {@code <entryId>/sanction}. The OFSI Group
 * ID, shared by the designations of one person or entity under several regimes, is kept as the
 * target's note {@code OFSI Group ID <n>} and as the sanction's {@code recordId}.
 *
 * <p>One instance collects one read; not thread-safe.
 */
final class UkRows {
    static final String UNIQUE_ID = "Unique ID";
    static final String GROUP_ID = "OFSI Group ID";
    static final String NAME = "Name";
    static final String REGIME = "Regime Name";
    static final String TYPE = "Type";
    static final String SOURCE = "Designation source";
    static final String DATE = "Date Designated";
    static final String MEASURES = "Sanctions Imposed";
    static final String AUTHORITY = "UK Foreign, Commonwealth and Development Office";

    private static final List<String> REQUIRED = List.of(UNIQUE_ID, NAME, REGIME, TYPE, DATE);
    private static final int MAX_ROWS_BEFORE_HEADER = 10;
    private static final Pattern UK_DATE = Pattern.compile("(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4})");
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(?:T.*)?");

    private final Path file;
    private final String format;
    private final List<Entity> entities = new ArrayList<>();
    private final List<Quirk> quirks = new ArrayList<>();
    private final Set<String> ids = new HashSet<>();
    private Map<String, Integer> columns;
    private int rowsBeforeHeader;
    private int records;

    /**
     * @param file the file, named in refusals
     * @param format the format name of the reader
     */
    UkRows(Path file, String format) {
        this.file = file;
        this.format = format;
    }

    /** Whether the header row has been seen. */
    boolean hasHeader() {
        return columns != null;
    }

    /**
     * Takes the next row of the sheet: before the header, looks for the header; after it, maps a
     * data row. Rows whose cells are all blank are skipped.
     *
     * @param cells the row's cells, in column order (a short row means empty trailing cells)
     * @param where the row's position for messages, such as {@code line 12} or {@code row 12}
     * @param repeats how many times the sheet repeats the row ({@code 1} when it does not)
     * @throws ListRefusedException on a header without a required column, or a row without its Unique ID
     */
    void row(List<String> cells, String where, int repeats) throws ListRefusedException {
        if (cells.stream().allMatch(Text::isBlank)) {
            return;
        }
        if (columns == null) {
            header(cells, where);
            return;
        }
        String id = cell(cells, UNIQUE_ID);
        if (id.isEmpty()) {
            throw new ListRefusedException(file + " " + where + ": no " + UNIQUE_ID + " in a designation row");
        }
        records++;
        if (!ids.add(id)) {
            quirks.add(new Quirk(id, "duplicate-id", "a second row with this Unique ID (" + where + ") was skipped"));
            return;
        }
        if (repeats > 1) {
            quirks.add(new Quirk(
                    id,
                    "duplicate-id",
                    "the row is repeated " + repeats + " times in the sheet (" + where + "); read once"));
        }
        designation(id, cells);
    }

    /** The list read, once every row has been given; refuses a file whose header never came. */
    ListData finish(ListInput input) throws ListRefusedException {
        if (columns == null) {
            throw new ListRefusedException(file + ": no header row with a '" + UNIQUE_ID + "' column");
        }
        return new ListData(
                input.sourceOverride().orElse("uk"),
                format,
                Optional.empty(),
                OptionalInt.empty(),
                records,
                entities,
                quirks);
    }

    private void header(List<String> cells, String where) throws ListRefusedException {
        Map<String, Integer> found = new HashMap<>();
        for (int i = 0; i < cells.size(); i++) {
            String name = Text.clean(cells.get(i));
            if (!name.isEmpty()) {
                if (found.putIfAbsent(name.toLowerCase(Locale.ROOT), i) != null) {
                    throw new ListRefusedException(file + " " + where + ": header has the column '" + name + "' twice");
                }
            }
        }
        if (!found.containsKey(UNIQUE_ID.toLowerCase(Locale.ROOT))) {
            if (++rowsBeforeHeader > MAX_ROWS_BEFORE_HEADER) {
                throw new ListRefusedException(file + " " + where + ": no header row with a '" + UNIQUE_ID
                        + "' column in the first " + MAX_ROWS_BEFORE_HEADER + " rows");
            }
            return;
        }
        List<String> missing = REQUIRED.stream()
                .filter(c -> !found.containsKey(c.toLowerCase(Locale.ROOT)))
                .toList();
        if (!missing.isEmpty()) {
            throw new ListRefusedException(
                    file + " " + where + ": header lacks the column" + (missing.size() > 1 ? "s " : " ")
                            + missing.stream().collect(Collectors.joining("', '", "'", "'")));
        }
        columns = found;
    }

    private String cell(List<String> cells, String column) {
        Integer i = columns.get(column.toLowerCase(Locale.ROOT));
        return i == null || i >= cells.size() ? "" : Text.clean(cells.get(i));
    }

    private void designation(String uniqueId, List<String> cells) {
        String id = "uk:" + uniqueId;
        String type = cell(cells, TYPE);
        String schema =
                switch (type.toLowerCase(Locale.ROOT)) {
                    case "individual" -> "Person";
                    case "entity" -> "Organization";
                    case "ship" -> "Vessel";
                    default -> {
                        quirks.add(
                                new Quirk(uniqueId, "bad-value", "unknown Type '" + type + "'; loaded as LegalEntity"));
                        yield "LegalEntity";
                    }
                };
        Entity.Builder target = Entity.builder(id, schema).target(true);
        String name = cell(cells, NAME);
        if (name.isEmpty()) {
            quirks.add(new Quirk(uniqueId, "blank-name", "the Name cell is blank; loaded without a name"));
        }
        target.add("name", name);
        target.add("topics", "sanction");
        String regime = cell(cells, REGIME);
        target.add("program", regime);
        String group = cell(cells, GROUP_ID);
        if (!group.isEmpty()) {
            target.add("notes", "OFSI Group ID " + group);
        }

        Entity.Builder sanction = Entity.builder(id + "/sanction", "Sanction")
                .add("entity", id)
                .add("authority", AUTHORITY)
                .add("country", "gb")
                .add("authorityId", uniqueId)
                .add("program", regime)
                .add("recordId", group);
        String designated = cell(cells, DATE);
        String date = date(designated);
        if (date != null) {
            sanction.add("listingDate", date);
        } else if (!designated.isEmpty()) {
            quirks.add(new Quirk(
                    uniqueId, "bad-date", "Date Designated '" + designated + "' is not DD-MM-YYYY; kept in notes"));
            target.add("notes", "Date Designated as published: " + designated);
        }
        for (String measure : cell(cells, MEASURES).split(",")) {
            if (!measure.isBlank() && !measure.strip().equals("-")) {
                sanction.add("provisions", measure);
            }
        }
        String sources = Arrays.stream(cell(cells, SOURCE).split("\\|"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .collect(Collectors.joining(", "));
        if (!sources.isEmpty()) {
            sanction.add("summary", "Designation source: " + sources);
        }
        entities.add(target.build());
        entities.add(sanction.build());
    }

    /** An ISO date from {@code DD-MM-YYYY} (the export's form) or ISO (a typed spreadsheet date), or null. */
    static String date(String text) {
        Matcher uk = UK_DATE.matcher(text);
        Matcher iso = ISO_DATE.matcher(text);
        try {
            if (uk.matches()) {
                return LocalDate.of(
                                Integer.parseInt(uk.group(3)),
                                Integer.parseInt(uk.group(2)),
                                Integer.parseInt(uk.group(1)))
                        .toString();
            }
            if (iso.matches()) {
                return LocalDate.of(
                                Integer.parseInt(iso.group(1)),
                                Integer.parseInt(iso.group(2)),
                                Integer.parseInt(iso.group(3)))
                        .toString();
            }
        } catch (DateTimeException e) {
            return null;
        }
        return null;
    }
}
