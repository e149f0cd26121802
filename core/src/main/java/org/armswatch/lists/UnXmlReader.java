package org.armswatch.lists;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamConstants;
import org.armswatch.model.Countries;
import org.armswatch.model.Entity;
import org.armswatch.model.Text;

/**
 * Reads the UN Security Council Consolidated List XML ({@code <CONSOLIDATED_LIST>} with
 * {@code INDIVIDUALS/INDIVIDUAL} and {@code ENTITIES/ENTITY}), format {@code un-xml}, source {@code un}.
 *
 * <p>Each record becomes a target ({@code Person} for an individual, {@code Organization} for an
 * entity) with id {@code un:<trimmed REFERENCE_NUMBER>}, and a {@code Sanction} with id
 * {@code un:<ref>/sanction} carrying the regime ({@code UN_LIST_TYPE}), the listing date and the
 * reference as {@code unscId}. The internal {@code DATAID} is not kept: it changes between versions.
 *
 * <p>Fields are looked up by element name in any order, because the published files do not follow
 * their own XSD. Empty placeholder groups ({@code <INDIVIDUAL_ALIAS><QUALITY/><ALIAS_NAME/>…}) are
 * skipped. Elements this reader does not know give one {@code unknown-element} quirk per element
 * name and record. Other quirks: {@code blank-name}, {@code bad-date}, {@code bad-country},
 * {@code bad-value} (an alias quality it does not know), {@code duplicate-id} (the later record is
 * dropped).
 *
 * <p>Refused: XML that is not well-formed or is truncated, a DOCTYPE, a root other than
 * {@code CONSOLIDATED_LIST}, a record without {@code REFERENCE_NUMBER}.
 */
final class UnXmlReader implements ListReader {
    private static final String ROOT = "CONSOLIDATED_LIST";
    private static final String AUTHORITY = "United Nations Security Council";
    private static final int MAX_RANGE_YEARS = 20;

    // Children each record or group may have; anything else is an unknown element.
    private static final Set<String> INDIVIDUAL_FIELDS = Set.of(
            "DATAID",
            "VERSIONNUM",
            "FIRST_NAME",
            "SECOND_NAME",
            "THIRD_NAME",
            "FOURTH_NAME",
            "UN_LIST_TYPE",
            "REFERENCE_NUMBER",
            "LISTED_ON",
            "GENDER",
            "SUBMITTED_BY",
            "NAME_ORIGINAL_SCRIPT",
            "COMMENTS1",
            "NATIONALITY2",
            "TITLE",
            "DESIGNATION",
            "NATIONALITY",
            "LIST_TYPE",
            "LAST_DAY_UPDATED",
            "INDIVIDUAL_ALIAS",
            "INDIVIDUAL_ADDRESS",
            "INDIVIDUAL_DATE_OF_BIRTH",
            "INDIVIDUAL_PLACE_OF_BIRTH",
            "INDIVIDUAL_DOCUMENT",
            "SORT_KEY",
            "SORT_KEY_LAST_MOD",
            "DELISTED_ON");
    private static final Set<String> ENTITY_FIELDS = Set.of(
            "DATAID",
            "VERSIONNUM",
            "FIRST_NAME",
            "UN_LIST_TYPE",
            "REFERENCE_NUMBER",
            "LISTED_ON",
            "SUBMITTED_ON",
            "NAME_ORIGINAL_SCRIPT",
            "COMMENTS1",
            "LIST_TYPE",
            "LAST_DAY_UPDATED",
            "ENTITY_ALIAS",
            "ENTITY_ADDRESS",
            "SORT_KEY",
            "SORT_KEY_LAST_MOD",
            "DELISTED_ON");
    private static final Set<String> VALUES = Set.of("VALUE");
    private static final Set<String> ADDRESS =
            Set.of("STREET", "CITY", "STATE_PROVINCE", "ZIP_CODE", "COUNTRY", "NOTE");
    private static final Map<String, Set<String>> GROUPS = Map.ofEntries(
            Map.entry("TITLE", VALUES),
            Map.entry("DESIGNATION", VALUES),
            Map.entry("NATIONALITY", VALUES),
            Map.entry("LIST_TYPE", VALUES),
            Map.entry("LAST_DAY_UPDATED", VALUES),
            Map.entry(
                    "INDIVIDUAL_ALIAS",
                    Set.of("QUALITY", "ALIAS_NAME", "DATE_OF_BIRTH", "CITY_OF_BIRTH", "COUNTRY_OF_BIRTH", "NOTE")),
            Map.entry("ENTITY_ALIAS", Set.of("QUALITY", "ALIAS_NAME", "NOTE")),
            Map.entry("INDIVIDUAL_ADDRESS", ADDRESS),
            Map.entry("ENTITY_ADDRESS", ADDRESS),
            Map.entry(
                    "INDIVIDUAL_DATE_OF_BIRTH", Set.of("TYPE_OF_DATE", "NOTE", "DATE", "YEAR", "FROM_YEAR", "TO_YEAR")),
            Map.entry("INDIVIDUAL_PLACE_OF_BIRTH", Set.of("STREET", "CITY", "STATE_PROVINCE", "COUNTRY", "NOTE")),
            Map.entry(
                    "INDIVIDUAL_DOCUMENT",
                    Set.of(
                            "TYPE_OF_DOCUMENT",
                            "TYPE_OF_DOCUMENT2",
                            "NUMBER",
                            "ISSUING_COUNTRY",
                            "DATE_OF_ISSUE",
                            "CITY_OF_ISSUE",
                            "COUNTRY_OF_ISSUE",
                            "NOTE")));

    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern YEAR_RANGE = Pattern.compile("(\\d{4})\\s*-\\s*(\\d{4})");
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(?:(\\d{1,2})\\s+)?([A-Za-z]+)\\.?,?\\s+(\\d{4})");
    private static final Pattern BETWEEN_MONTHS = Pattern.compile(
            "between\\s+([A-Za-z]+)\\.?\\s+and\\s+([A-Za-z]+)\\.?\\s+(\\d{4})", Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTH_ONLY = Pattern.compile("([A-Za-z]+)\\.?");
    private static final Pattern GENDER_IN_COMMENT =
            Pattern.compile("\\bgender:\\s*(male|female)\\b", Pattern.CASE_INSENSITIVE);

    UnXmlReader() {}

    @Override
    public String format() {
        return "un-xml";
    }

    @Override
    public Optional<String> sniff(FileHead head) {
        return ROOT.equals(head.xmlRoot()) ? Optional.of(MAIN) : Optional.empty();
    }

    @Override
    public ListData read(ListInput input) throws IOException, ListRefusedException {
        Path file = input.main();
        try (InputStream in = Files.newInputStream(file)) {
            SafeXml xml = SafeXml.open(in, file);
            try {
                return read(xml, file, input.sourceOverride().orElse("un"));
            } finally {
                xml.close();
            }
        }
    }

    private ListData read(SafeXml xml, Path file, String source) throws ListRefusedException {
        Run run = new Run(file);
        Instant published = null;
        boolean rootSeen = false;
        int depth = 0;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
                continue;
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            String name = xml.name();
            String ns = xml.reader().getNamespaceURI();
            if (depth == 0) {
                if (!ROOT.equals(name) || (ns != null && !ns.isEmpty())) {
                    throw xml.refuse(
                            "root element is <" + name + ">, expected <" + ROOT + "> of the UN consolidated list");
                }
                rootSeen = true;
                published = generated(xml.attr("dateGenerated"), run);
                depth++;
            } else if (depth == 1 && (name.equals("INDIVIDUALS") || name.equals("ENTITIES"))) {
                depth++;
            } else if (depth == 2 && (name.equals("INDIVIDUAL") || name.equals("ENTITY"))) {
                run.record(RecordNode.read(xml));
            } else {
                run.quirk(ROOT, "unknown-element", "element <" + name + "> outside any record skipped");
                xml.skip();
            }
        }
        if (!rootSeen) {
            throw new ListRefusedException(file + ": no <" + ROOT + "> root element");
        }
        return new ListData(
                source,
                format(),
                Optional.ofNullable(published),
                OptionalInt.empty(),
                run.records,
                run.entities,
                run.quirks);
    }

    private static Instant generated(String raw, Run run) {
        String v = Text.clean(raw);
        if (v.isEmpty()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(v).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return LocalDateTime.parse(v).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException e2) {
                run.quirk(ROOT, "bad-date", "dateGenerated '" + v + "' is not an ISO date-time; list date left empty");
                return null;
            }
        }
    }

    /** The state of one read: entities and quirks so far. */
    private static final class Run {
        final Path file;
        final List<Entity> entities = new ArrayList<>();
        final List<Quirk> quirks = new ArrayList<>();
        final Set<String> ids = new HashSet<>();
        int records;

        Run(Path file) {
            this.file = file;
        }

        void quirk(String recordId, String code, String message) {
            quirks.add(new Quirk(recordId, code, message));
        }

        void record(RecordNode rec) throws ListRefusedException {
            records++;
            String ref = rec.text("REFERENCE_NUMBER");
            if (ref.isEmpty()) {
                throw new ListRefusedException(
                        file + " line " + rec.line() + ": <" + rec.name() + "> record without REFERENCE_NUMBER");
            }
            if (!ids.add(ref)) {
                quirk(
                        ref,
                        "duplicate-id",
                        "reference " + ref + " appears again at line " + rec.line() + "; the later record is dropped");
                return;
            }
            new RecordReader(this, rec, ref).read();
        }
    }

    /** Turns one INDIVIDUAL or ENTITY record into its target and sanction entities. */
    private static final class RecordReader {
        private final Run run;
        private final RecordNode rec;
        private final String ref;
        private final boolean person;
        private final Entity.Builder target;
        private final Set<String> reported = new HashSet<>();

        RecordReader(Run run, RecordNode rec, String ref) {
            this.run = run;
            this.rec = rec;
            this.ref = ref;
            this.person = rec.name().equals("INDIVIDUAL");
            this.target = Entity.builder("un:" + ref, person ? "Person" : "Organization")
                    .target(true);
        }

        void read() {
            checkElements();
            readName();
            target.add("topics", "sanction");
            String program = rec.text("UN_LIST_TYPE");
            target.add("program", program);
            target.add("notes", rec.text("COMMENTS1"));
            target.add("alias", rec.text("NAME_ORIGINAL_SCRIPT"));
            for (RecordNode alias : rec.all(person ? "INDIVIDUAL_ALIAS" : "ENTITY_ALIAS")) {
                readAlias(alias);
            }
            for (RecordNode address : rec.all(person ? "INDIVIDUAL_ADDRESS" : "ENTITY_ADDRESS")) {
                readAddress(address);
            }
            lastUpdated();
            if (person) {
                readPerson();
            } else {
                String submitted = rec.text("SUBMITTED_ON");
                if (!submitted.isEmpty()) {
                    target.add("notes", "Submitted on " + submitted);
                }
            }
            run.entities.add(target.build());
            run.entities.add(sanction(program));
        }

        private void checkElements() {
            Set<String> fields = person ? INDIVIDUAL_FIELDS : ENTITY_FIELDS;
            for (RecordNode c : rec.children()) {
                if (!fields.contains(c.name())) {
                    unknown(c.name());
                    continue;
                }
                Set<String> allowed = GROUPS.get(c.name());
                for (RecordNode g : c.children()) {
                    if (allowed == null || !allowed.contains(g.name())) {
                        unknown(c.name() + "/" + g.name());
                    }
                }
            }
        }

        private void unknown(String path) {
            if (reported.add(path)) {
                run.quirk(ref, "unknown-element", "element <" + path + "> is not in the UN schema; skipped");
            }
        }

        private void readName() {
            List<String> parts = new ArrayList<>();
            for (String field : person
                    ? List.of("FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME")
                    : List.of("FIRST_NAME")) {
                String part = rec.text(field);
                // "na" is the XSD's default for an absent name part, not a name.
                if (!part.isEmpty() && !part.equalsIgnoreCase("na")) {
                    parts.add(part);
                }
            }
            String name = String.join(" ", parts);
            if (name.isEmpty()) {
                run.quirk(ref, "blank-name", "record has no name; loaded under its reference");
            }
            target.add("name", name);
        }

        private void readAlias(RecordNode alias) {
            if (alias.isBlank()) {
                return;
            }
            String name = alias.text("ALIAS_NAME");
            if (!name.isEmpty()) {
                readAliasName(name, alias.text("QUALITY"));
            }
            String note = alias.text("NOTE");
            if (!note.isEmpty()) {
                target.add("notes", (name.isEmpty() ? "Alias" : "Alias " + name) + ": " + note);
            }
            // Alias groups also carry alternative birth data, some (2024) with no alias name at all.
            if (person) {
                String dob = alias.text("DATE_OF_BIRTH");
                if (!dob.isEmpty() && !dob.equalsIgnoreCase("null")) {
                    List<String> dates = freeDate(dob);
                    if (dates.isEmpty()) {
                        badDate(name.isEmpty() ? "alias date of birth" : "date of birth of alias " + name, dob);
                    }
                    target.addAll("birthDate", dates);
                }
                target.add("birthPlace", alias.text("CITY_OF_BIRTH"));
                country(alias.text("COUNTRY_OF_BIRTH"), "birthCountry", "alias country of birth");
            }
        }

        private void readAliasName(String name, String quality) {
            String property =
                    switch (quality.toLowerCase(Locale.ROOT)) {
                        case "good", "a.k.a.", "aka", "" -> "alias";
                        case "low" -> "weakAlias";
                        case "f.k.a.", "fka" -> "previousName";
                        default -> {
                            run.quirk(
                                    ref,
                                    "bad-value",
                                    "alias '" + name + "' has unknown quality '" + quality + "'; kept as alias");
                            yield "alias";
                        }
                    };
            target.add(property, name);
        }

        private void readAddress(RecordNode address) {
            if (address.isBlank()) {
                return;
            }
            String country = address.text("COUNTRY");
            List<String> parts = new ArrayList<>();
            for (String field : List.of("STREET", "CITY", "STATE_PROVINCE", "ZIP_CODE")) {
                String p = address.text(field);
                if (!p.isEmpty()) {
                    parts.add(p);
                }
            }
            String line = "";
            if (!parts.isEmpty()) {
                if (!country.isEmpty()) {
                    parts.add(country);
                }
                line = String.join(", ", parts);
                target.add("address", line);
            }
            country(country, "country", "address country");
            String note = address.text("NOTE");
            if (!note.isEmpty()) {
                String where = line.isEmpty() ? country : line;
                target.add("notes", (where.isEmpty() ? "Address" : "Address " + where) + ": " + note);
            }
        }

        private void lastUpdated() {
            LocalDate latest = null;
            for (RecordNode g : rec.all("LAST_DAY_UPDATED")) {
                for (RecordNode v : g.all("VALUE")) {
                    String text = v.value();
                    if (text.isEmpty()) {
                        continue;
                    }
                    LocalDate d = isoDate(text);
                    if (d == null) {
                        badDate("last day updated", text);
                    } else if (latest == null || d.isAfter(latest)) {
                        latest = d;
                    }
                }
            }
            if (latest != null) {
                target.add("modifiedAt", latest.toString());
            }
        }

        private void readPerson() {
            for (String v : values("TITLE")) {
                target.add("title", v);
            }
            for (String v : values("DESIGNATION")) {
                target.add("position", v);
            }
            for (String v : values("NATIONALITY")) {
                country(v, "nationality", "nationality");
            }
            country(rec.text("NATIONALITY2"), "nationality", "nationality");
            String gender = rec.text("GENDER");
            if (gender.isEmpty()) {
                // A few records give the gender only inside the comments, as "Gender: male".
                Matcher m = GENDER_IN_COMMENT.matcher(rec.text("COMMENTS1"));
                if (m.find()) {
                    gender = m.group(1);
                }
            }
            if (!gender.isEmpty()) {
                switch (gender.toLowerCase(Locale.ROOT)) {
                    case "male", "m" -> target.add("gender", "male");
                    case "female", "f" -> target.add("gender", "female");
                    default -> {
                        run.quirk(
                                ref, "bad-value", "gender '" + gender + "' is neither male nor female; kept in notes");
                        target.add("notes", "Gender: " + gender);
                    }
                }
            }
            String submittedBy = rec.text("SUBMITTED_BY");
            if (!submittedBy.isEmpty()) {
                target.add("notes", "Submitted by " + submittedBy);
            }
            for (RecordNode dob : rec.all("INDIVIDUAL_DATE_OF_BIRTH")) {
                readBirthDate(dob);
            }
            for (RecordNode pob : rec.all("INDIVIDUAL_PLACE_OF_BIRTH")) {
                readBirthPlace(pob);
            }
            for (RecordNode doc : rec.all("INDIVIDUAL_DOCUMENT")) {
                readDocument(doc);
            }
        }

        private List<String> values(String group) {
            List<String> out = new ArrayList<>();
            for (RecordNode g : rec.all(group)) {
                for (RecordNode v : g.all("VALUE")) {
                    if (!v.value().isEmpty()) {
                        out.add(v.value());
                    }
                }
            }
            return out;
        }

        private void readBirthDate(RecordNode dob) {
            String type = dob.text("TYPE_OF_DATE").toUpperCase(Locale.ROOT);
            String date = dob.text("DATE");
            String year = dob.text("YEAR");
            String from = dob.text("FROM_YEAR");
            String to = dob.text("TO_YEAR");
            String note = dob.text("NOTE");
            List<String> values = new ArrayList<>();
            String raw = "";
            if (!date.isEmpty()) {
                raw = date;
                // xs:date may carry a zone suffix ("1960-04-04-04:00"): the date is its first 10 characters.
                LocalDate d = isoDate(date.length() > 10 ? date.substring(0, 10) : date);
                if (d != null) {
                    values.add(d.toString());
                }
            } else if (!year.isEmpty()) {
                raw = year;
                if (YEAR.matcher(year).matches()) {
                    values.add(year);
                }
            } else if (!from.isEmpty() || !to.isEmpty()) {
                raw = from + " to " + to;
                if (YEAR.matcher(from).matches() && YEAR.matcher(to).matches()) {
                    values.addAll(yearRange(Integer.parseInt(from), Integer.parseInt(to)));
                } else if (YEAR.matcher(from).matches() && to.isEmpty()) {
                    values.add(from);
                } else if (YEAR.matcher(to).matches() && from.isEmpty()) {
                    values.add(to);
                }
            }
            if (!raw.isEmpty() && values.isEmpty()) {
                badDate("date of birth (" + type + ")", raw);
            }
            if (!note.isEmpty()) {
                if (raw.isEmpty()) {
                    List<String> parsed = freeDate(note);
                    if (parsed.isEmpty()) {
                        badDate("date of birth", note);
                    }
                    values.addAll(parsed);
                } else if (values.size() == 1 && values.get(0).length() == 4 && month(note) > 0) {
                    // A month name beside a year ("Sep." + 1958) narrows that year to the month.
                    values.set(0, "%s-%02d".formatted(values.get(0), month(note)));
                } else if (!note.equalsIgnoreCase(type) && !note.equalsIgnoreCase("approximately")) {
                    target.add("notes", "Date of birth " + raw + ": " + note);
                }
            }
            target.addAll("birthDate", values);
        }

        private void readBirthPlace(RecordNode pob) {
            if (pob.isBlank()) {
                return;
            }
            List<String> parts = new ArrayList<>();
            for (String field : List.of("STREET", "CITY", "STATE_PROVINCE", "COUNTRY")) {
                String p = pob.text(field);
                if (!p.isEmpty() && !parts.contains(p)) {
                    parts.add(p);
                }
            }
            String place = String.join(", ", parts);
            String note = pob.text("NOTE");
            if (!note.isEmpty()) {
                place = place.isEmpty() ? note : place + " (" + note + ")";
            }
            target.add("birthPlace", place);
            country(pob.text("COUNTRY"), "birthCountry", "country of birth");
        }

        private void readDocument(RecordNode doc) {
            if (doc.isBlank()) {
                return;
            }
            String type = doc.text("TYPE_OF_DOCUMENT");
            String type2 = doc.text("TYPE_OF_DOCUMENT2");
            String number = doc.text("NUMBER");
            String kind = documentKind(type2);
            if (kind == null) {
                kind = documentKind(type);
            }
            if (kind != null && !number.isEmpty()) {
                target.add(kind, number);
            }
            // Everything beyond a plain "Passport 123" goes to the notes, so no detail is lost.
            List<String> details = new ArrayList<>();
            for (String field :
                    List.of("ISSUING_COUNTRY", "DATE_OF_ISSUE", "CITY_OF_ISSUE", "COUNTRY_OF_ISSUE", "NOTE")) {
                String v = doc.text(field);
                if (!v.isEmpty() && !details.contains(v)) {
                    details.add(field.equals("DATE_OF_ISSUE") ? "issued " + v : v);
                }
            }
            boolean plain = kind != null
                    && !number.isEmpty()
                    && details.isEmpty()
                    && (type2.isEmpty() || type2.equalsIgnoreCase(type));
            if (!plain) {
                StringBuilder s = new StringBuilder(type.isEmpty() ? "Document" : type);
                if (!type2.isEmpty() && !type2.equalsIgnoreCase(type)) {
                    s.append(" (").append(type2).append(')');
                }
                List<String> items = new ArrayList<>();
                if (!number.isEmpty()) {
                    items.add(number);
                }
                items.addAll(details);
                if (!items.isEmpty()) {
                    s.append(": ").append(String.join("; ", items));
                }
                target.add("notes", s.toString());
            }
        }

        private static String documentKind(String type) {
            String t = type.toLowerCase(Locale.ROOT);
            if (t.isEmpty()) {
                return null;
            }
            if (t.contains("passport") || t.contains("passeport") || t.contains("pasaporte")) {
                return "passportNumber";
            }
            if (t.contains("national identification")
                    || t.contains("national identity")
                    || t.startsWith("national id")) {
                return "idNumber";
            }
            return null;
        }

        private void country(String raw, String property, String what) {
            if (raw.isEmpty() || raw.equalsIgnoreCase("na")) {
                return;
            }
            Optional<Countries.Country> c = Countries.get().find(raw);
            if (c.isPresent()) {
                target.add(property, c.get().alpha2());
            } else {
                run.quirk(ref, "bad-country", what + " '" + raw + "' is not a known country; kept in notes");
                target.add("notes", capitalise(what) + ": " + raw);
            }
        }

        private void badDate(String what, String raw) {
            run.quirk(ref, "bad-date", what + " '" + raw + "' is not a readable date; kept in notes");
            target.add("notes", capitalise(what) + ": " + raw);
        }

        private Entity sanction(String program) {
            Entity.Builder s = Entity.builder("un:" + ref + "/sanction", "Sanction")
                    .add("entity", "un:" + ref)
                    .add("authority", AUTHORITY)
                    .add("authorityId", ref)
                    .add("unscId", ref)
                    .add("program", program);
            String listed = rec.text("LISTED_ON");
            if (!listed.isEmpty()) {
                LocalDate d = isoDate(listed.length() > 10 ? listed.substring(0, 10) : listed);
                if (d == null) {
                    run.quirk(ref, "bad-date", "LISTED_ON '" + listed + "' is not a date; listing date left empty");
                } else {
                    s.add("listingDate", d.toString());
                }
            }
            String delisted = rec.text("DELISTED_ON");
            if (!delisted.isEmpty()) {
                LocalDate d = isoDate(delisted.length() > 10 ? delisted.substring(0, 10) : delisted);
                if (d == null) {
                    run.quirk(ref, "bad-date", "DELISTED_ON '" + delisted + "' is not a date; end date left empty");
                } else {
                    s.add("endDate", d.toString());
                }
            }
            return s.caption(AUTHORITY + " " + ref).build();
        }
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static LocalDate isoDate(String text) {
        Matcher m = ISO_DATE.matcher(text);
        if (!m.matches()) {
            return null;
        }
        try {
            return LocalDate.of(
                    Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (DateTimeException e) {
            return null;
        }
    }

    /**
     * Reads the free-text date shapes of the UN file: {@code 1955}, {@code 1979-12-31}, {@code 1958 - 1964},
     * {@code Nov. 1973}, {@code 16 Dec. 1948}, {@code Between Aug. and Sep. 1977}.
     *
     * @return FtM date strings at the precision given, empty when the text is not one of these shapes
     */
    static List<String> freeDate(String text) {
        String t = Text.clean(text);
        if (YEAR.matcher(t).matches()) {
            return List.of(t);
        }
        LocalDate iso = isoDate(t);
        if (iso != null) {
            return List.of(iso.toString());
        }
        Matcher years = YEAR_RANGE.matcher(t);
        if (years.matches()) {
            return yearRange(Integer.parseInt(years.group(1)), Integer.parseInt(years.group(2)));
        }
        Matcher m = DAY_MONTH_YEAR.matcher(t);
        if (m.matches() && month(m.group(2)) > 0) {
            int month = month(m.group(2));
            String ym = "%s-%02d".formatted(m.group(3), month);
            if (m.group(1) == null) {
                return List.of(ym);
            }
            try {
                return List.of(LocalDate.of(Integer.parseInt(m.group(3)), month, Integer.parseInt(m.group(1)))
                        .toString());
            } catch (DateTimeException e) {
                return List.of();
            }
        }
        m = BETWEEN_MONTHS.matcher(t);
        if (m.matches() && month(m.group(1)) > 0 && month(m.group(2)) >= month(m.group(1))) {
            Set<String> out = new LinkedHashSet<>();
            for (int mo = month(m.group(1)); mo <= month(m.group(2)); mo++) {
                out.add("%s-%02d".formatted(m.group(3), mo));
            }
            return List.copyOf(out);
        }
        return List.of();
    }

    /** Every year of a range, or only its two ends when it spans more than {@value #MAX_RANGE_YEARS} years. */
    static List<String> yearRange(int from, int to) {
        int lo = Math.min(from, to);
        int hi = Math.max(from, to);
        if (hi - lo + 1 > MAX_RANGE_YEARS) {
            return List.of(Integer.toString(lo), Integer.toString(hi));
        }
        List<String> out = new ArrayList<>();
        for (int y = lo; y <= hi; y++) {
            out.add(Integer.toString(y));
        }
        return out;
    }

    /** The month number of an English month name or abbreviation ("Sep.", "Sept", "August"), else 0. */
    static int month(String text) {
        Matcher m = MONTH_ONLY.matcher(Text.clean(text));
        if (!m.matches()) {
            return 0;
        }
        String w = m.group(1).toLowerCase(Locale.ROOT);
        List<String> names = List.of(
                "january",
                "february",
                "march",
                "april",
                "may",
                "june",
                "july",
                "august",
                "september",
                "october",
                "november",
                "december");
        for (int i = 0; i < names.size(); i++) {
            String full = names.get(i);
            if (w.equals(full) || (w.length() >= 3 && full.startsWith(w))) {
                return i + 1;
            }
        }
        return 0;
    }
}
