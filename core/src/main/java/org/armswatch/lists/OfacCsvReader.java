package org.armswatch.lists;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;
import org.armswatch.model.Countries;
import org.armswatch.model.Entity;
import org.armswatch.model.FtmModel;
import org.armswatch.model.Text;

/**
 * OFAC's legacy CSV set: {@code sdn.csv} (12 columns, no header, {@code -0- } for no value, ending
 * with a 0x1A byte) as the main file, with companions by role: {@code alt} ({@code alt.csv},
 * aliases), {@code add} ({@code add.csv}, addresses) and {@code comments} ({@code sdn_comments.csv},
 * the rest of remarks OFAC cut at 1,000 characters). Files are decoded as Windows-1252.
 *
 * <p>Each {@code sdn.csv} row becomes a target entity {@code ofac:<ent_num>} (individual → Person,
 * vessel → Vessel, aircraft → Airplane, no type → Organization) with a Sanction, the Remarks
 * clauses mapped to properties (birth dates, documents, IMO numbers, weak aliases …), and an
 * UnknownLink per {@code Linked To:} clause that names another entry. The files carry no date,
 * so {@code publishedAt} is empty.
 *
 * <p>Refuses a file that is cut (a quoted value never closed, a record with the wrong number of
 * fields, a last record ending inside a value) or whose records lack an integer {@code ent_num}.
 */
final class OfacCsvReader implements ListReader {
    static final String FORMAT = "ofac-csv";
    static final String ALT = "alt";
    static final String ADD = "add";
    static final String COMMENTS = "comments";

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final String SOURCE = "ofac-sdn";
    private static final String AUTHORITY = "Office of Foreign Assets Control";
    private static final int SDN_FIELDS = 12;
    private static final int ALT_FIELDS = 5;
    private static final int ADD_FIELDS = 6;
    private static final int COMMENT_FIELDS = 2;
    private static final Pattern INTEGER = Pattern.compile("\\d+");
    private static final Pattern IMO_VALUE = Pattern.compile("IMO\\s*\\d{7}", Pattern.CASE_INSENSITIVE);
    private static final Set<String> ALIAS_TYPES = Set.of("aka", "fka", "nka");
    private static final Set<String> NO_COUNTRY = Set.of("none identified", "unknown", "undetermined");
    private static final Set<String> DOCUMENT_PROPERTIES = Set.of(
            "passportNumber",
            "idNumber",
            "socialSecurityNumber",
            "taxNumber",
            "vatCode",
            "registrationNumber",
            "leiCode",
            "dunsCode");

    /** One sdn.csv row on its way to becoming entities. */
    private static final class Entry {
        final OfacCsvRecords.Row row;
        final OfacDraft draft;
        final List<String> programs;
        final List<Entity> links = new ArrayList<>();

        Entry(OfacCsvRecords.Row row, OfacDraft draft, List<String> programs) {
            this.row = row;
            this.draft = draft;
            this.programs = programs;
        }
    }

    OfacCsvReader() {}

    @Override
    public String format() {
        return FORMAT;
    }

    /**
     * Recognises the files by their shape: integer {@code ent_num} first, then 12 fields (sdn.csv,
     * main), 5 fields with {@code aka}/{@code fka}/{@code nka} third (alt), 6 fields with an integer
     * second (add) or 2 fields (comments). A header line starting {@code ent_num,} is allowed.
     */
    @Override
    public Optional<String> sniff(FileHead head) {
        List<OfacCsvRecords.Row> rows;
        try {
            String text = new String(head.bytes(), WINDOWS_1252);
            rows = OfacCsvRecords.parse(text, head.path(), false).rows();
        } catch (ListRefusedException e) {
            return Optional.empty();
        }
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        String headerRole = null;
        if (isHeader(rows.get(0))) {
            headerRole = roleOfHeader(rows.get(0));
            if (headerRole == null) {
                return Optional.empty();
            }
            rows = rows.subList(1, rows.size());
        }
        if (rows.isEmpty()) {
            return Optional.ofNullable(headerRole);
        }
        List<OfacCsvRecords.Row> sample = rows.subList(0, Math.min(20, rows.size()));
        int width = sample.get(0).fields().size();
        for (OfacCsvRecords.Row r : sample) {
            if (r.fields().size() != width || !isInteger(r.field(0))) {
                return Optional.empty();
            }
        }
        String role =
                switch (width) {
                    case SDN_FIELDS -> MAIN;
                    case ALT_FIELDS ->
                        sample.stream()
                                        .allMatch(r -> isInteger(r.field(1))
                                                && r.field(2) != null
                                                && ALIAS_TYPES.contains(
                                                        r.field(2).toLowerCase(Locale.ROOT)))
                                ? ALT
                                : null;
                    case ADD_FIELDS -> sample.stream().allMatch(r -> isInteger(r.field(1))) ? ADD : null;
                    case COMMENT_FIELDS -> COMMENTS;
                    default -> null;
                };
        if (role == null || (headerRole != null && !headerRole.equals(role))) {
            return Optional.empty();
        }
        return Optional.of(role);
    }

    @Override
    public ListData read(ListInput input) throws IOException, ListRefusedException {
        Path main = input.main();
        List<OfacCsvRecords.Row> sdnRows = records(main, SDN_FIELDS, "sdn.csv");
        List<Quirk> quirks = new ArrayList<>();
        Map<String, String> continuations = new LinkedHashMap<>();
        Optional<Path> commentsFile = input.companion(COMMENTS);
        if (commentsFile.isPresent()) {
            for (OfacCsvRecords.Row r : records(commentsFile.get(), COMMENT_FIELDS, "sdn_comments.csv")) {
                if (r.field(1) != null) {
                    continuations.merge(r.field(0), r.field(1), String::concat);
                }
            }
        }

        Map<String, Entry> entries = new LinkedHashMap<>();
        Map<String, List<String>> byName = new HashMap<>();
        for (OfacCsvRecords.Row r : sdnRows) {
            String entNum = r.field(0);
            if (entries.containsKey(entNum)) {
                quirks.add(new Quirk(
                        entNum,
                        "duplicate-id",
                        "ent_num " + entNum + " appears again at line " + r.line() + "; the first row is kept"));
                continue;
            }
            Entry e = new Entry(r, new OfacDraft("ofac:" + entNum, entNum, schema(r, quirks)), programs(r.field(3)));
            entries.put(entNum, e);
            if (r.field(1) != null) {
                byName.computeIfAbsent(nameKey(r.field(1)), k -> new ArrayList<>())
                        .add(entNum);
            }
        }
        for (Entry e : entries.values()) {
            describe(e, continuations.get(e.row.field(0)), commentsFile.isPresent(), entries, byName, quirks);
        }
        continuations.keySet().stream()
                .filter(entNum -> !entries.containsKey(entNum))
                .forEach(entNum -> quirks.add(new Quirk(
                        entNum,
                        "dangling-comment",
                        "sdn_comments.csv continues the remarks of ent_num " + entNum
                                + ", which sdn.csv does not have; skipped")));
        Optional<Path> altFile = input.companion(ALT);
        if (altFile.isPresent()) {
            attachAliases(records(altFile.get(), ALT_FIELDS, "alt.csv"), entries, quirks);
        }
        Optional<Path> addFile = input.companion(ADD);
        if (addFile.isPresent()) {
            attachAddresses(records(addFile.get(), ADD_FIELDS, "add.csv"), entries, quirks);
        }

        List<Entity> entities = new ArrayList<>();
        for (Entry e : entries.values()) {
            entities.add(e.draft.build(quirks));
            entities.add(sanction(e));
            entities.addAll(e.links);
        }
        return new ListData(
                input.sourceOverride().orElse(SOURCE),
                FORMAT,
                Optional.empty(),
                OptionalInt.empty(),
                sdnRows.size(),
                entities,
                quirks);
    }

    /** Reads one file of the set, checking every record's width and integer first field. */
    private static List<OfacCsvRecords.Row> records(Path file, int width, String expected)
            throws IOException, ListRefusedException {
        String text = new String(Files.readAllBytes(file), WINDOWS_1252);
        List<OfacCsvRecords.Row> rows =
                new ArrayList<>(OfacCsvRecords.parse(text, file, true).rows());
        if (!rows.isEmpty() && isHeader(rows.get(0))) {
            rows.remove(0);
        }
        for (OfacCsvRecords.Row r : rows) {
            if (r.fields().size() != width) {
                throw new ListRefusedException(file + " line " + r.line() + ": expected " + width + " fields of "
                        + expected + ", found " + r.fields().size() + "; the record is cut or the file is not "
                        + expected);
            }
            if (!isInteger(r.field(0))) {
                throw new ListRefusedException(file + " line " + r.line() + " field 1 (ent_num): '"
                        + (r.field(0) == null ? "" : r.field(0)) + "' is not an integer record id");
            }
        }
        return rows;
    }

    private static String schema(OfacCsvRecords.Row r, List<Quirk> quirks) {
        String type = r.field(2);
        if (type == null) {
            return "Organization";
        }
        return switch (type.toLowerCase(Locale.ROOT)) {
            case "individual" -> "Person";
            case "vessel" -> "Vessel";
            case "aircraft" -> "Airplane";
            case "entity" -> "Organization";
            default -> {
                quirks.add(new Quirk(
                        r.field(0), "bad-value", "SDN_Type '" + type + "' is not one OFAC uses; read as LegalEntity"));
                yield "LegalEntity";
            }
        };
    }

    /** Fills an entry's draft from its sdn.csv row and remarks. */
    private static void describe(
            Entry e,
            String continuation,
            boolean haveComments,
            Map<String, Entry> entries,
            Map<String, List<String>> byName,
            List<Quirk> quirks) {
        OfacCsvRecords.Row r = e.row;
        OfacDraft d = e.draft;
        String entNum = r.field(0);
        String name = r.field(1);
        if (Text.isBlank(name)) {
            quirks.add(new Quirk(entNum, "blank-name", "SDN_Name is empty"));
        } else {
            d.add("name", name);
            int comma = name.indexOf(',');
            if (d.schema().equals("Person") && comma > 0) {
                d.add("lastName", name.substring(0, comma));
                d.add("firstName", name.substring(comma + 1));
            }
        }
        d.add("topics", "sanction");
        for (String p : e.programs) {
            d.add("program", p);
        }
        d.add("position", r.field(4), "Title");
        d.add("callSign", r.field(5), "Call_Sign");
        d.add("type", r.field(6), "Vess_type");
        d.add("tonnage", r.field(7), "Tonnage");
        d.add("grossRegisteredTonnage", r.field(8), "GRT");
        country(d, "flag", r.field(9), "Vess_flag", quirks);
        if (r.field(10) != null) {
            d.note("Vessel owner: " + r.field(10));
        }

        String remarks = r.field(11);
        if (continuation != null) {
            remarks = remarks == null ? continuation : remarks + continuation;
        }
        List<OfacRemarks.Clause> clauses = OfacRemarks.parse(remarks);
        boolean cut = continuation == null && OfacRemarks.looksCut(remarks);
        if (cut) {
            quirks.add(new Quirk(
                    entNum,
                    "bad-value",
                    "Remarks cut at " + OfacRemarks.MAX_LENGTH + " characters and "
                            + (haveComments ? "sdn_comments.csv has no continuation" : "no sdn_comments.csv given")
                            + "; the last clause is kept in notes as it is"));
        }
        for (int i = 0; i < clauses.size(); i++) {
            OfacRemarks.Clause c = clauses.get(i);
            if (cut && i == clauses.size() - 1) {
                d.note(c.raw());
            } else {
                apply(c, e, entries, byName, quirks);
            }
        }
    }

    private static void apply(
            OfacRemarks.Clause c,
            Entry e,
            Map<String, Entry> entries,
            Map<String, List<String>> byName,
            List<Quirk> quirks) {
        OfacDraft d = e.draft;
        switch (c.kind()) {
            case BIRTH_DATE -> dates(d, "birthDate", c, quirks);
            case DATE -> dates(d, dateProperty(c.label()), c, quirks);
            case BIRTH_PLACE -> d.add("birthPlace", c.value(), "POB");
            case NATIONALITY -> country(d, "nationality", c.value(), c.label(), quirks);
            case CITIZENSHIP -> country(d, "citizenship", c.value(), c.label(), quirks);
            case PAST_FLAG -> country(d, "pastFlags", c.value(), c.label(), quirks);
            case JURISDICTION -> {
                // Companies have a jurisdiction; for aircraft and vessels the country is all FtM offers.
                String property = FtmModel.get().hasProperty(d.schema(), "jurisdiction") ? "jurisdiction" : "country";
                country(d, property, c.value(), c.label(), quirks);
            }
            case GENDER -> {
                String g = c.value().toLowerCase(Locale.ROOT);
                if (g.equals("male") || g.equals("female")) {
                    d.add("gender", g, "Gender");
                } else {
                    d.note(c.raw());
                }
            }
            case WEAK_ALIAS -> d.add("weakAlias", c.value(), c.label());
            case LINKED_TO -> link(e, c, entries, byName, quirks);
            case LABELLED -> labelled(d, c, quirks);
            case OTHER -> d.note(c.raw());
        }
    }

    private static String dateProperty(String label) {
        return label.toLowerCase(Locale.ROOT).startsWith("organization") ? "incorporationDate" : "buildDate";
    }

    private static void dates(OfacDraft d, String property, OfacRemarks.Clause c, List<Quirk> quirks) {
        List<String> dates = OfacDates.parse(c.value());
        if (dates.isEmpty()) {
            quirks.add(new Quirk(d.recordId(), "bad-date", "unreadable date in remarks clause '" + c.raw() + "'"));
            d.note(c.raw());
        }
        for (String date : dates) {
            d.add(property, date, c.label());
        }
    }

    private static void labelled(OfacDraft d, OfacRemarks.Clause c, List<Quirk> quirks) {
        String property = OfacLabelMap.property(c.label()).orElseThrow();
        String value = c.value();
        if (IMO_VALUE.matcher(value).lookingAt() || property.equals("imoNumber")) {
            Optional<String> imo = OfacLabelMap.imo(value);
            if (imo.isPresent()) {
                d.add("imoNumber", imo.get(), c.label());
                return;
            }
            if (value.regionMatches(true, 0, "IMO", 0, 3)) {
                quirks.add(new Quirk(
                        d.recordId(), "bad-value", "'" + c.raw() + "' holds no 7-digit IMO number; kept in notes"));
                d.note(c.raw());
                return;
            }
            // A vessel registration that is no IMO number: a national register's number.
            property = "registrationNumber";
        }
        if (DOCUMENT_PROPERTIES.contains(property)) {
            value = OfacLabelMap.documentNumber(value);
        }
        d.add(property, value, c.label());
    }

    /** Links an entry to the entry its {@code Linked To:} clause names, compared by cleaned primary name. */
    private static void link(
            Entry e,
            OfacRemarks.Clause c,
            Map<String, Entry> entries,
            Map<String, List<String>> byName,
            List<Quirk> quirks) {
        String key = nameKey(c.value());
        List<String> found = byName.get(key);
        if (found == null) {
            // The period ending the remarks may have eaten the one ending the name ("… CO., LTD.").
            found = byName.get(key + ".");
        }
        String entNum = e.draft.recordId();
        if (found == null) {
            quirks.add(
                    new Quirk(entNum, "dangling-link", "'" + c.raw() + "' names no entry of this file; kept in notes"));
            e.draft.note(c.raw());
            return;
        }
        List<String> targets = found;
        if (targets.size() > 1) {
            // Several entries share the name: keep those that share a programme with this one.
            targets = targets.stream()
                    .filter(t -> entries.get(t).programs.stream().anyMatch(e.programs::contains))
                    .toList();
        }
        if (targets.size() != 1) {
            quirks.add(new Quirk(
                    entNum,
                    "dangling-link",
                    "'" + c.raw() + "' names " + found.size() + " entries (" + String.join(", ", found)
                            + ") and no programme tells them apart; kept in notes"));
            e.draft.note(c.raw());
            return;
        }
        String id = e.draft.id();
        Entity link = Entity.builder(id + "/link/" + (e.links.size() + 1), "UnknownLink")
                .add("subject", id)
                .add("object", "ofac:" + targets.get(0))
                .add("role", "Linked To")
                .build();
        e.links.add(link);
    }

    private static void attachAliases(List<OfacCsvRecords.Row> rows, Map<String, Entry> entries, List<Quirk> quirks) {
        Map<String, Integer> dangling = new LinkedHashMap<>();
        for (OfacCsvRecords.Row r : rows) {
            Entry e = entries.get(r.field(0));
            if (e == null) {
                dangling.merge(r.field(0), 1, Integer::sum);
                continue;
            }
            String type = r.field(2) == null ? "" : r.field(2).toLowerCase(Locale.ROOT);
            String name = r.field(3);
            if (Text.isBlank(name)) {
                quirks.add(new Quirk(r.field(0), "blank-name", "alt.csv line " + r.line() + " has an empty alt_name"));
                continue;
            }
            switch (type) {
                case "aka" -> e.draft.add("alias", name, "a.k.a.");
                case "fka", "nka" -> e.draft.add("previousName", name, type);
                default -> {
                    quirks.add(new Quirk(
                            r.field(0),
                            "bad-value",
                            "alt.csv line " + r.line() + ": alt_type '" + r.field(2) + "' is not aka/fka/nka; "
                                    + "read as an alias"));
                    e.draft.add("alias", name, "alias");
                }
            }
            if (r.field(4) != null) {
                e.draft.note(name + ": " + r.field(4));
            }
        }
        dangling.forEach((entNum, count) -> quirks.add(new Quirk(
                entNum,
                "dangling-alias",
                count + (count == 1 ? " alt.csv row refers" : " alt.csv rows refer") + " to ent_num " + entNum
                        + ", which sdn.csv does not have; skipped")));
    }

    private static void attachAddresses(List<OfacCsvRecords.Row> rows, Map<String, Entry> entries, List<Quirk> quirks) {
        Map<String, Integer> dangling = new LinkedHashMap<>();
        for (OfacCsvRecords.Row r : rows) {
            Entry e = entries.get(r.field(0));
            if (e == null) {
                dangling.merge(r.field(0), 1, Integer::sum);
                continue;
            }
            String street = r.field(2);
            String place = r.field(3);
            String countryName = r.field(4);
            if (street != null || place != null) {
                List<String> parts = new ArrayList<>();
                for (String p : new String[] {street, place, countryName}) {
                    if (p != null) {
                        parts.add(p);
                    }
                }
                e.draft.add("address", String.join(", ", parts), "Address");
            }
            country(e.draft, "country", countryName, "Address country", quirks);
            if (r.field(5) != null) {
                e.draft.note("Address remarks: " + r.field(5));
            }
        }
        dangling.forEach((entNum, count) -> quirks.add(new Quirk(
                entNum,
                "dangling-address",
                count + (count == 1 ? " add.csv row refers" : " add.csv rows refer") + " to ent_num " + entNum
                        + ", which sdn.csv does not have; skipped")));
    }

    private static Entity sanction(Entry e) {
        String id = e.draft.id();
        Entity.Builder b = Entity.builder(id + "/sanction", "Sanction")
                .add("entity", id)
                .add("authority", AUTHORITY)
                .add("authorityId", e.draft.recordId())
                .add("country", "us");
        b.addAll("program", e.programs);
        return b.build();
    }

    /** Adds a country code, or a {@code bad-country} quirk and the text as a note. */
    private static void country(OfacDraft d, String property, String text, String label, List<Quirk> quirks) {
        if (text == null || NO_COUNTRY.contains(text.strip().toLowerCase(Locale.ROOT))) {
            return;
        }
        Optional<Countries.Country> c = Countries.get().find(text);
        if (c.isPresent()) {
            d.add(property, c.get().alpha2(), label);
        } else {
            quirks.add(new Quirk(d.recordId(), "bad-country", label + " '" + text + "' is not a known country"));
            d.note(label + ": " + text);
        }
    }

    /**
     * The program tags of a Program value: OFAC joins several as one string with the outer
     * brackets missing ({@code TCO] [UKRAINE-EO13660}).
     */
    static List<String> programs(String value) {
        List<String> out = new ArrayList<>();
        if (value != null) {
            for (String p : value.split("\\]\\s*\\[")) {
                String tag = p.replace("[", "").replace("]", "").strip();
                if (!tag.isEmpty() && !out.contains(tag)) {
                    out.add(tag);
                }
            }
        }
        return out;
    }

    private static String nameKey(String name) {
        return Text.clean(name).toLowerCase(Locale.ROOT);
    }

    private static boolean isInteger(String s) {
        return s != null && INTEGER.matcher(s).matches();
    }

    private static boolean isHeader(OfacCsvRecords.Row r) {
        return r.field(0) != null && r.field(0).equalsIgnoreCase("ent_num");
    }

    private static String roleOfHeader(OfacCsvRecords.Row r) {
        String second = r.fields().size() > 1 && r.field(1) != null ? r.field(1).toLowerCase(Locale.ROOT) : "";
        return switch (r.fields().size()) {
            case SDN_FIELDS -> MAIN;
            case ALT_FIELDS -> second.startsWith("alt") ? ALT : null;
            case ADD_FIELDS -> second.startsWith("add") ? ADD : null;
            case COMMENT_FIELDS -> COMMENTS;
            default -> null;
        };
    }
}
