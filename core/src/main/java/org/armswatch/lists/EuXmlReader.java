package org.armswatch.lists;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.stream.XMLStreamConstants;
import org.armswatch.model.Countries;
import org.armswatch.model.Entity;
import org.armswatch.model.FtmModel;
import org.armswatch.model.Text;

/**
 * Reads the EU Financial Sanctions Files consolidated XML: root {@code export} in namespace
 * {@value #NAMESPACE}, one {@code sanctionEntity} per listed party, nearly all data in attributes.
 *
 * <p>Each entry becomes a target ({@code Person} for subject type {@code person}, {@code
 * Organization} for {@code enterprise}) with id {@code eu:<euReferenceNumber>}, or {@code
 * eu:<logicalId>} when the entry has no reference number, and one {@code Sanction} with id {@code
 * <entryId>/sanction}. The name is the first strong {@code nameAlias} (else the first alias); the
 * other strong aliases, translations in other EU languages included, become {@code alias}; aliases
 * with {@code strong="false"} or a "low quality" remark become {@code weakAlias}. The listing date
 * is the earliest of {@code designationDate} and the regulations' {@code entryIntoForceDate}s,
 * because the regulation an entry cites is sometimes a later amendment.
 *
 * <p>An entry with neither {@code euReferenceNumber} nor {@code logicalId} refuses the file;
 * unreadable dates and countries, unknown elements and subject types are reported as quirks.
 */
final class EuXmlReader implements ListReader {
    static final String NAMESPACE = "http://eu.europa.ec/fpi/fsd/export";
    static final String AUTHORITY = "European Union";

    private static final int MAX_DEPTH = 16;
    private static final int MAX_RANGE_YEARS = 20;
    private static final Set<String> ENTRY_CHILDREN = Set.of(
            "remark",
            "regulation",
            "subjectType",
            "nameAlias",
            "citizenship",
            "birthdate",
            "identification",
            "address");
    private static final Set<String> PART_CHILDREN = Set.of("regulationSummary", "remark");
    private static final Pattern ISO_DATE =
            Pattern.compile("(\\d{4}-\\d{2}-\\d{2})(?:T[\\d:.]*)?(?:Z|[+-]\\d{2}:\\d{2})?");
    private static final Pattern PARTIAL_ISO_DATE = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern NUMBER = Pattern.compile("\\d{1,2}");
    private static final Pattern LETTERED = Pattern.compile("\\(\\s*[a-z]\\s*\\)");

    /** An element of one entry, with its attributes, child elements and own text. */
    private record Node(String name, Map<String, String> attrs, List<Node> children, String text) {
        String attr(String key) {
            return Text.clean(attrs.get(key));
        }

        Stream<Node> all(String childName) {
            return children.stream().filter(c -> c.name.equals(childName));
        }
    }

    EuXmlReader() {}

    @Override
    public String format() {
        return "eu-xml";
    }

    @Override
    public Optional<String> sniff(FileHead head) {
        if (!"export".equals(head.xmlRoot())) {
            return Optional.empty();
        }
        String text = head.text();
        return text.contains(NAMESPACE) || text.contains("sanctionEntity") ? Optional.of(MAIN) : Optional.empty();
    }

    @Override
    public ListData read(ListInput input) throws IOException, ListRefusedException {
        Path file = input.main();
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            SafeXml xml = SafeXml.open(in, file);
            try {
                return new Run(file, xml).read(input);
            } finally {
                xml.close();
            }
        }
    }

    /** The state of one read of one file. */
    private static final class Run {
        private final Path file;
        private final SafeXml xml;
        private final List<Entity> entities = new ArrayList<>();
        private final List<Quirk> quirks = new ArrayList<>();
        private final Set<String> ids = new HashSet<>();
        private int records;

        Run(Path file, SafeXml xml) {
            this.file = file;
            this.xml = xml;
        }

        ListData read(ListInput input) throws ListRefusedException {
            int event = xml.next();
            while (event != XMLStreamConstants.START_ELEMENT) {
                if (event == XMLStreamConstants.END_DOCUMENT) {
                    throw new ListRefusedException(file + ": no root element");
                }
                event = xml.next();
            }
            String ns = xml.reader().getNamespaceURI();
            if (!xml.name().equals("export") || !(ns == null || ns.isEmpty() || ns.equals(NAMESPACE))) {
                throw xml.refuse("root element is {" + (ns == null ? "" : ns) + "}" + xml.name()
                        + ", not the EU sanctions export {" + NAMESPACE + "}export");
            }
            Optional<Instant> publishedAt = generationDate(xml.attr("generationDate"));
            while ((event = xml.next()) != XMLStreamConstants.END_ELEMENT) {
                if (event == XMLStreamConstants.END_DOCUMENT) {
                    throw xml.refuse("ends inside the root element (truncated)");
                }
                if (event == XMLStreamConstants.START_ELEMENT) {
                    if (xml.name().equals("sanctionEntity")) {
                        int line = xml.line();
                        entry(node(0), line);
                    } else {
                        quirks.add(new Quirk(
                                "export",
                                "unknown-element",
                                "element <" + xml.name() + "> at line " + xml.line()
                                        + " is not in the schema; skipped"));
                        xml.skip();
                    }
                }
            }
            while (xml.hasNext()) {
                xml.next();
            }
            return new ListData(
                    input.sourceOverride().orElse("eu"),
                    "eu-xml",
                    publishedAt,
                    OptionalInt.empty(),
                    records,
                    entities,
                    quirks);
        }

        private Optional<Instant> generationDate(String raw) {
            String value = Text.clean(raw);
            if (value.isEmpty()) {
                return Optional.empty();
            }
            try {
                return Optional.of(OffsetDateTime.parse(value).toInstant());
            } catch (DateTimeParseException e) {
                // Not with an offset: try the zone-less forms, read as UTC.
            }
            try {
                return Optional.of(LocalDateTime.parse(value).toInstant(ZoneOffset.UTC));
            } catch (DateTimeParseException e) {
                // Not a date-time: try a bare date.
            }
            try {
                return Optional.of(LocalDate.parse(value).atStartOfDay().toInstant(ZoneOffset.UTC));
            } catch (DateTimeParseException e) {
                quirks.add(new Quirk(
                        "export", "bad-date", "generationDate '" + value + "' is not an ISO date; list date unknown"));
                return Optional.empty();
            }
        }

        /** Reads the current element and everything in it into a {@link Node}, leaving the cursor on its end. */
        private Node node(int depth) throws ListRefusedException {
            if (depth > MAX_DEPTH) {
                throw xml.refuse("elements nested deeper than " + MAX_DEPTH + " levels");
            }
            String name = xml.name();
            Map<String, String> attrs = new LinkedHashMap<>();
            for (int i = 0; i < xml.reader().getAttributeCount(); i++) {
                attrs.put(xml.reader().getAttributeLocalName(i), xml.reader().getAttributeValue(i));
            }
            List<Node> children = new ArrayList<>();
            StringBuilder text = new StringBuilder();
            while (true) {
                int event = xml.next();
                switch (event) {
                    case XMLStreamConstants.START_ELEMENT -> children.add(node(depth + 1));
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                        text.append(xml.reader().getText());
                    case XMLStreamConstants.END_ELEMENT -> {
                        return new Node(name, attrs, children, text.toString());
                    }
                    case XMLStreamConstants.END_DOCUMENT -> throw xml.refuse("ends inside <" + name + "> (truncated)");
                    default -> {}
                }
            }
        }

        private void entry(Node e, int line) throws ListRefusedException {
            records++;
            String ref = e.attr("euReferenceNumber");
            String logicalId = e.attr("logicalId");
            String publisherId = ref.isEmpty() ? logicalId : ref;
            if (publisherId.isEmpty()) {
                throw new ListRefusedException(
                        file + " line " + line + ": sanctionEntity has neither euReferenceNumber nor logicalId");
            }
            if (!ids.add(publisherId)) {
                quirk(publisherId, "duplicate-id", "a second entry with this id at line " + line + " was skipped");
                return;
            }
            new EntryMapper(this, e, publisherId).map();
        }

        void quirk(String recordId, String code, String message) {
            quirks.add(new Quirk(recordId, code, message));
        }
    }

    /** Maps one {@code sanctionEntity} to its target and sanction. */
    private static final class EntryMapper {
        private final Run run;
        private final Node e;
        private final String publisherId;
        private final String id;
        private Entity.Builder target;

        EntryMapper(Run run, Node e, String publisherId) {
            this.run = run;
            this.e = e;
            this.publisherId = publisherId;
            this.id = "eu:" + publisherId;
        }

        void map() {
            target = Entity.builder(id, schema()).target(true);
            target.add("topics", "sanction");
            checkChildren(e, ENTRY_CHILDREN);
            e.all("remark").forEach(r -> target.add("notes", r.text()));
            names();
            e.all("citizenship").forEach(this::citizenship);
            e.all("birthdate").forEach(this::birth);
            e.all("identification").forEach(this::identification);
            e.all("address").forEach(this::address);
            Entity.Builder sanction = sanction();
            run.entities.add(target.build());
            run.entities.add(sanction.build());
        }

        private String schema() {
            List<Node> types = e.all("subjectType").toList();
            String code = types.isEmpty() ? "" : types.get(0).attr("code").toLowerCase(Locale.ROOT);
            String classification = types.isEmpty()
                    ? ""
                    : types.get(0).attr("classificationCode").toUpperCase(Locale.ROOT);
            if (code.equals("person") || (code.isEmpty() && classification.equals("P"))) {
                return "Person";
            }
            if (code.equals("enterprise") || (code.isEmpty() && classification.equals("E"))) {
                return "Organization";
            }
            quirk(
                    "bad-value",
                    types.isEmpty()
                            ? "no subjectType; loaded as LegalEntity"
                            : "unknown subjectType '" + code + "'; loaded as LegalEntity");
            return "LegalEntity";
        }

        private boolean isPerson() {
            return target.schema().equals("Person");
        }

        private void names() {
            List<Node> aliases = e.all("nameAlias").toList();
            Node primary = null;
            for (Node a : aliases) {
                if (!wholeName(a).isEmpty() && (primary == null || (isWeak(primary) && !isWeak(a)))) {
                    primary = a;
                    if (!isWeak(a)) {
                        break;
                    }
                }
            }
            if (primary == null) {
                quirk("blank-name", "no nameAlias carries a name; loaded without a name");
            }
            for (Node a : aliases) {
                checkChildren(a, PART_CHILDREN);
                boolean weak = isWeak(a);
                String whole = wholeName(a);
                target.add(a == primary ? "name" : weak ? "weakAlias" : "alias", whole);
                a.all("remark")
                        .map(r -> Text.clean(r.text()))
                        .filter(r -> !isQualityRemark(r))
                        .forEach(r -> target.add("notes", r));
                if (isPerson() && (!weak || a == primary)) {
                    target.add("firstName", a.attr("firstName"));
                    target.add("middleName", a.attr("middleName"));
                    target.add("lastName", a.attr("lastName"));
                }
                for (String title : lettered(a.attr("title"))) {
                    target.add(isPerson() ? "title" : "notes", title);
                }
                for (String function : lettered(a.attr("function"))) {
                    target.add(isPerson() ? "position" : "notes", function);
                }
                gender(a.attr("gender"));
            }
        }

        private static String wholeName(Node a) {
            String whole = a.attr("wholeName");
            if (!whole.isEmpty()) {
                return whole;
            }
            return Text.clean(a.attr("firstName") + " " + a.attr("middleName") + " " + a.attr("lastName"));
        }

        private static boolean isWeak(Node a) {
            if (a.attr("strong").equalsIgnoreCase("false")) {
                return true;
            }
            return a.all("remark").anyMatch(r -> {
                String lower = Text.clean(r.text()).toLowerCase(Locale.ROOT);
                return lower.contains("low quality") || lower.contains("lo quality");
            });
        }

        private static boolean isQualityRemark(String remark) {
            return remark.toLowerCase(Locale.ROOT).matches(".*\\b(low|lo|good|god|high) quality\\b.*");
        }

        /** Splits lettered lists such as "(a) Mullah, (b) Maulavi" into their items. */
        private static List<String> lettered(String value) {
            if (value.isEmpty()) {
                return List.of();
            }
            List<String> items = new ArrayList<>();
            for (String part : LETTERED.split(value)) {
                String item = part.strip().replaceAll("^[,;\\s]+|[,;\\s]+$", "");
                if (!item.isEmpty()) {
                    items.add(item);
                }
            }
            return items;
        }

        private void gender(String value) {
            if (value.isEmpty() || !isPerson()) {
                return;
            }
            switch (value.toUpperCase(Locale.ROOT)) {
                case "M", "MALE" -> target.add("gender", "male");
                case "F", "FEMALE" -> target.add("gender", "female");
                default -> quirk("bad-value", "gender '" + value + "' is neither M nor F; not loaded");
            }
        }

        private void citizenship(Node c) {
            checkChildren(c, PART_CHILDREN);
            country(c, "citizenship").ifPresent(code -> target.add(isPerson() ? "citizenship" : "country", code));
        }

        private void birth(Node b) {
            checkChildren(b, PART_CHILDREN);
            if (!isPerson()) {
                quirk("unknown-property", "a birthdate on a " + target.schema() + " entry; not loaded");
                return;
            }
            List<String> dates = birthDates(b);
            dates.forEach(d -> target.add("birthDate", d));
            String place = Stream.of(b.attr("place"), b.attr("city"), b.attr("region"))
                    .filter(s -> !s.isEmpty())
                    .distinct()
                    .collect(Collectors.joining(", "));
            target.add("birthPlace", place);
            country(b, "birthdate").ifPresent(code -> target.add("birthCountry", code));
        }

        /**
         * The dates of a birthdate element: its full {@code birthdate}, else the parts ({@code
         * year}, {@code monthOfYear} or {@code month}, {@code dayOfMonth} or {@code day}), else a
         * {@code yearRangeFrom}–{@code yearRangeTo} range. {@code circa} changes nothing: the
         * value is already only as precise as the publisher gives it.
         */
        private List<String> birthDates(Node b) {
            String full = b.attr("birthdate");
            String year = b.attr("year");
            String month = first(b.attr("monthOfYear"), b.attr("month"));
            String day = first(b.attr("dayOfMonth"), b.attr("day"));
            if (!full.isEmpty()) {
                String date = partialIso(full);
                if (date != null) {
                    return List.of(date);
                }
                return badBirthDate("birthdate '" + full + "'");
            }
            if (!year.isEmpty()) {
                String date = fromParts(year, month, day);
                if (date != null) {
                    return List.of(date);
                }
                return badBirthDate("year '" + year + "' month '" + month + "' day '" + day + "'");
            }
            String from = b.attr("yearRangeFrom");
            String to = b.attr("yearRangeTo");
            if (!from.isEmpty() || !to.isEmpty()) {
                if (YEAR.matcher(from).matches() && YEAR.matcher(to).matches()) {
                    return yearRange(Integer.parseInt(from), Integer.parseInt(to));
                }
                if (YEAR.matcher(from).matches() && to.isEmpty()) {
                    return List.of(from);
                }
                if (YEAR.matcher(to).matches() && from.isEmpty()) {
                    return List.of(to);
                }
                return badBirthDate("year range '" + from + "' to '" + to + "'");
            }
            if (!month.isEmpty() || !day.isEmpty()) {
                return badBirthDate("day '" + day + "' month '" + month + "' without a year");
            }
            return List.of();
        }

        private List<String> badBirthDate(String what) {
            quirk("bad-date", "unreadable birth date: " + what + "; kept in notes");
            target.add("notes", "Birth date as published: " + what);
            return List.of();
        }

        private static List<String> yearRange(int from, int to) {
            int lo = Math.min(from, to);
            int hi = Math.max(from, to);
            if (hi - lo + 1 > MAX_RANGE_YEARS) {
                return List.of(String.valueOf(lo), String.valueOf(hi));
            }
            List<String> years = new ArrayList<>();
            for (int y = lo; y <= hi; y++) {
                years.add(String.valueOf(y));
            }
            return years;
        }

        private static String first(String a, String b) {
            return a.isEmpty() ? b : a;
        }

        /** An ISO date, year-month or year, or null when the text is none of these or no real date. */
        static String partialIso(String text) {
            Matcher m = PARTIAL_ISO_DATE.matcher(text);
            if (!m.matches()) {
                Matcher full = ISO_DATE.matcher(text);
                return full.matches() ? isoDate(full.group(1)) : null;
            }
            return fromParts(m.group(1), m.group(2) == null ? "" : m.group(2), m.group(3) == null ? "" : m.group(3));
        }

        /** A partial ISO date from year, month and day parts (month and day may be empty), or null. */
        static String fromParts(String year, String month, String day) {
            if (!YEAR.matcher(year).matches()
                    || !(month.isEmpty() || NUMBER.matcher(month).matches())
                    || !(day.isEmpty() || NUMBER.matcher(day).matches())) {
                return null;
            }
            try {
                int y = Integer.parseInt(year);
                if (month.isEmpty()) {
                    return day.isEmpty() ? year : null;
                }
                int m = Integer.parseInt(month);
                if (day.isEmpty()) {
                    return YearMonth.of(y, m).toString();
                }
                return LocalDate.of(y, m, Integer.parseInt(day)).toString();
            } catch (DateTimeException ex) {
                return null;
            }
        }

        /** A full ISO date (a time or zone suffix dropped), or null. */
        static String isoDate(String text) {
            Matcher m = ISO_DATE.matcher(text);
            if (!m.matches()) {
                return null;
            }
            try {
                return LocalDate.parse(m.group(1)).toString();
            } catch (DateTimeParseException ex) {
                return null;
            }
        }

        private void identification(Node i) {
            checkChildren(i, PART_CHILDREN);
            String type = i.attr("identificationTypeCode").toLowerCase(Locale.ROOT);
            List<String> numbers = Stream.of(i.attr("number"), i.attr("latinNumber"))
                    .filter(s -> !s.isEmpty())
                    .distinct()
                    .toList();
            String property =
                    switch (type) {
                        case "passport" -> isPerson() ? "passportNumber" : "idNumber";
                        case "regnumber" -> "registrationNumber";
                        case "fiscalcode" -> "taxNumber";
                        case "swiftbic" -> "swiftBic";
                        case "imo" ->
                            FtmModel.get().hasProperty(target.schema(), "imoNumber") ? "imoNumber" : "idNumber";
                        default -> "idNumber";
                    };
            for (String number : numbers) {
                if (type.equals("imo")) {
                    String digits = number.replaceAll("(?i)^IMO\\s*", "").replaceAll("[\\s.-]", "");
                    if (digits.matches("\\d{7}")) {
                        target.add(property, "IMO" + digits);
                    } else {
                        quirk("bad-value", "IMO number '" + number + "' is not 7 digits; kept in notes");
                        target.add("notes", "IMO number as published: " + number);
                    }
                } else {
                    target.add(property, number);
                }
            }
            i.all("remark").forEach(r -> target.add("notes", r.text()));
        }

        private void address(Node a) {
            checkChildren(a, Set.of("regulationSummary", "remark", "contactInfo"));
            Optional<String> code = country(a, "address");
            String zipCity = Text.clean(a.attr("zipCode") + " " + a.attr("city"));
            String poBox = a.attr("poBox").isEmpty() ? "" : "PO Box " + a.attr("poBox");
            String countryName = code.flatMap(c -> Countries.get().byAlpha2(c))
                    .map(Countries.Country::name)
                    .orElse("");
            List<String> parts = Stream.of(a.attr("street"), poBox, zipCity, a.attr("region"), a.attr("place"))
                    .filter(s -> !s.isEmpty())
                    .distinct()
                    .toList();
            if (!parts.isEmpty()) {
                target.add(
                        "address",
                        Stream.concat(parts.stream(), Stream.of(countryName))
                                .filter(s -> !s.isEmpty())
                                .collect(Collectors.joining(", ")));
            }
            code.ifPresent(c -> target.add("country", c));
            a.all("remark").forEach(r -> target.add("notes", r.text()));
            a.all("contactInfo").forEach(this::contact);
        }

        private void contact(Node c) {
            String key = c.attr("key").toUpperCase(Locale.ROOT);
            String value = c.attr("value");
            String property =
                    switch (key) {
                        case "PHONE" -> "phone";
                        case "EMAIL" -> "email";
                        case "WEB" -> "website";
                        default -> null;
                    };
            if (property == null) {
                target.add(
                        "notes",
                        (key.isEmpty()
                                        ? "Contact"
                                        : key.charAt(0) + key.substring(1).toLowerCase(Locale.ROOT)) + ": " + value);
                return;
            }
            for (String v : value.split("[,;]")) {
                target.add(property, v);
            }
        }

        /**
         * The country of an element from {@code countryIso2Code}, else {@code countryDescription}.
         * The EU writes an unknown country as code {@code 00} / "UNKNOWN": no country, no quirk.
         * The retired code {@code CS} (Serbia and Montenegro) is read as Serbia.
         */
        private Optional<String> country(Node n, String where) {
            String code = n.attr("countryIso2Code").toUpperCase(Locale.ROOT);
            String description = n.attr("countryDescription");
            if (code.equals("00")
                    || description.equalsIgnoreCase("UNKNOWN")
                    || (code.isEmpty() && description.isEmpty())) {
                return Optional.empty();
            }
            if (code.equals("CS")) {
                return Optional.of("rs");
            }
            Optional<Countries.Country> found =
                    code.isEmpty() ? Optional.empty() : Countries.get().byAlpha2(code);
            if (found.isEmpty()) {
                found = Countries.get().find(description);
            }
            if (found.isEmpty()) {
                String raw = Text.clean(code + " " + description);
                quirk("bad-country", "unknown country '" + raw + "' in " + where + "; kept in notes");
                target.add("notes", "Country as published (" + where + "): " + raw);
                return Optional.empty();
            }
            return Optional.of(found.get().alpha2());
        }

        private Entity.Builder sanction() {
            Entity.Builder s = Entity.builder(id + "/sanction", "Sanction")
                    .add("entity", id)
                    .add("authority", AUTHORITY)
                    .add("authorityId", e.attr("euReferenceNumber"))
                    .add("unscId", e.attr("unitedNationId"))
                    .add("reason", e.attr("designationDetails"));
            List<String> starts = new ArrayList<>();
            date(e.attr("designationDate"), "designationDate").ifPresent(starts::add);
            for (Node r : e.all("regulation").toList()) {
                checkChildren(r, Set.of("publicationUrl", "regulationSummary", "remark"));
                String programme = r.attr("programme");
                s.add("program", programme);
                target.add("program", programme);
                Optional<String> inForce = date(r.attr("entryIntoForceDate"), "entryIntoForceDate");
                inForce.ifPresent(starts::add);
                Optional<String> published = date(r.attr("publicationDate"), "publicationDate");
                String title = Text.clean(
                        r.attr("organisationType") + " " + r.attr("regulationType") + " " + r.attr("numberTitle"));
                String dates = Stream.of(
                                published.map(d -> "published " + d).orElse(""),
                                inForce.map(d -> "in force " + d).orElse(""))
                        .filter(d -> !d.isEmpty())
                        .collect(Collectors.joining(", "));
                s.add("summary", dates.isEmpty() ? title : Text.clean(title + " (" + dates + ")"));
                r.all("publicationUrl").forEach(u -> s.add("sourceUrl", u.text()));
            }
            starts.stream().min(String::compareTo).ifPresent(d -> s.add("listingDate", d));
            return s;
        }

        /** A full ISO date from an attribute; a non-empty unreadable value is a quirk. */
        private Optional<String> date(String value, String field) {
            if (value.isEmpty()) {
                return Optional.empty();
            }
            String date = isoDate(value);
            if (date == null) {
                quirk("bad-date", field + " '" + value + "' is not an ISO date; not used");
            }
            return Optional.ofNullable(date);
        }

        private void checkChildren(Node n, Set<String> allowed) {
            for (Node child : n.children()) {
                if (!allowed.contains(child.name())) {
                    unknown(child, n.name());
                }
            }
        }

        private void unknown(Node child, String parent) {
            quirk(
                    "unknown-element",
                    "element <" + child.name() + "> in <" + parent + "> is not in the schema; skipped");
        }

        private void quirk(String code, String message) {
            run.quirk(publisherId, code, message);
        }
    }
}
