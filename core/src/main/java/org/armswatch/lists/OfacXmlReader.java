package org.armswatch.lists;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
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
import org.armswatch.model.FtmModel;
import org.armswatch.model.Text;

/**
 * Reads OFAC's classic XML ({@code <sdnList>} of {@code <sdnEntry>}), format {@code ofac-xml}: the
 * schema of both {@code sdn.xml} (SDN list) and {@code consolidated.xml} (non-SDN lists).
 * Elements are matched by local name, whatever namespace the file declares (OFAC has used several).
 *
 * <p>Each entry becomes a target with id {@code ofac:<uid>} ({@code Person}, {@code Organization},
 * {@code Vessel} or {@code Airplane} by {@code sdnType}) and a {@code Sanction} {@code ofac:<uid>/sanction}.
 * {@code name} is OFAC's own display form, {@code LAST, First} for people (the same string as in
 * {@code sdn.csv}), with {@code firstName}/{@code lastName} set from the parts. Aliases: a.k.a. strong
 * → {@code alias}, weak → {@code weakAlias}; f.k.a. strong → {@code previousName}, weak →
 * {@code weakAlias}; n.k.a. ("now known as", a current name) strong → {@code alias}, weak →
 * {@code weakAlias}. Known {@code idType}s map to FtM identifiers; the rest go to {@code notes} as
 * {@code idType: idNumber}. Directive and listing-date id types describe the sanction and go to it.
 *
 * <p><b>Source detection.</b> The file does not say which list it is. An entry is <i>non-SDN
 * marked</i> when it carries a programme tag used only on OFAC's non-SDN lists ({@link #NON_SDN_PROGRAMS}:
 * NS-PLC, CMIC-EO13959, 561-Related, FSE-*, NS-ISA, NS-MBS…) or an {@code idType} that only the
 * non-SDN menu-based lists carry ({@link #NON_SDN_ID_TYPES}: "Executive Order 13662 Directive
 * Determination -" of the SSI list, "Executive Order 14024/14014 Directive Information", "CAATSA
 * Section 235 Information:", "Listing Date (CMIC)"…). Programme tags alone do not suffice: the SSI and
 * NS-MBS lists reuse SDN tags (UKRAINE-EO13662, RUSSIA-EO14024). The source is {@code ofac-cons} when
 * more than half the entries are non-SDN marked, else {@code ofac-sdn}. Checked on the real files:
 * all 443 entries of the 2024-05-06 consolidated list are marked, while of the 14,965 entries of the
 * 2024-05-03 SDN list (same tags and keys in its CSV remarks) 84 are.
 *
 * <p>Quirks: {@code unknown-element} (once per element name and entry), {@code blank-name},
 * {@code bad-date}, {@code bad-country}, {@code bad-value} (unknown sdnType, alias type or category,
 * unreadable Record_Count), {@code unknown-property} (a field the entry's schema cannot hold, kept in
 * notes), {@code duplicate-id} (the later entry is dropped). Refused: malformed or truncated XML,
 * a DOCTYPE, a root other than {@code sdnList}, an entry without {@code uid}.
 */
final class OfacXmlReader implements ListReader {
    private static final String ROOT = "sdnList";
    private static final String AUTHORITY = "Office of Foreign Assets Control";

    /** Programme tags that occur only on OFAC's non-SDN lists. */
    static final Set<String> NON_SDN_PROGRAMS =
            Set.of("NS-PLC", "CMIC-EO13959", "NS-CMIC", "561-RELATED", "561LIST", "NS-ISA", "NS-MBS", "SSI", "FSE");

    /** {@code idType} keys (normalised, see {@link #key}) that mark entries of the non-SDN menu-based lists. */
    static final List<String> NON_SDN_ID_TYPES = List.of(
            "executive order 13662 directive determination",
            "executive order 14024 directive information",
            "executive order 14014 directive information",
            "caatsa section 235 information",
            "listing date (cmic)",
            "effective date (cmic)",
            "purchase/sales for divestment date (cmic)");

    private static final Set<String> ENTRY_FIELDS = Set.of(
            "uid",
            "firstName",
            "lastName",
            "title",
            "sdnType",
            "remarks",
            "programList",
            "idList",
            "akaList",
            "addressList",
            "nationalityList",
            "citizenshipList",
            "dateOfBirthList",
            "placeOfBirthList",
            "vesselInfo");
    private static final Map<String, Set<String>> GROUPS = Map.of(
            "programList", Set.of("program"),
            "idList", Set.of("id"),
            "akaList", Set.of("aka"),
            "addressList", Set.of("address"),
            "nationalityList", Set.of("nationality"),
            "citizenshipList", Set.of("citizenship"),
            "dateOfBirthList", Set.of("dateOfBirthItem"),
            "placeOfBirthList", Set.of("placeOfBirthItem"));
    private static final Map<String, Set<String>> ITEMS = Map.of(
            "id", Set.of("uid", "idType", "idNumber", "idCountry", "issueDate", "expirationDate"),
            "aka", Set.of("uid", "type", "category", "lastName", "firstName"),
            "address",
                    Set.of(
                            "uid",
                            "address1",
                            "address2",
                            "address3",
                            "city",
                            "stateOrProvince",
                            "postalCode",
                            "country",
                            "region"),
            "nationality", Set.of("uid", "country", "mainEntry"),
            "citizenship", Set.of("uid", "country", "mainEntry"),
            "dateOfBirthItem", Set.of("uid", "dateOfBirth", "mainEntry"),
            "placeOfBirthItem", Set.of("uid", "placeOfBirth", "mainEntry"));
    private static final Set<String> VESSEL_FIELDS =
            Set.of("callSign", "vesselType", "vesselFlag", "vesselOwner", "tonnage", "grossRegisteredTonnage");

    /** Identifier id types and the FtM property each fills (when the entry's schema has it). */
    private static final Map<String, String> ID_PROPERTIES = Map.ofEntries(
            Map.entry("passport", "passportNumber"),
            Map.entry("national id no.", "idNumber"),
            Map.entry("identification number", "idNumber"),
            Map.entry("cedula no.", "idNumber"),
            Map.entry("c.u.r.p.", "idNumber"),
            Map.entry("d.n.i.", "idNumber"),
            Map.entry("tax id no.", "taxNumber"),
            Map.entry("r.f.c.", "taxNumber"),
            Map.entry("nit #", "taxNumber"),
            Map.entry("ruc #", "taxNumber"),
            Map.entry("registration id", "registrationNumber"),
            Map.entry("registration number", "registrationNumber"),
            Map.entry("business registration number", "registrationNumber"),
            Map.entry("public registration number", "registrationNumber"),
            Map.entry("company number", "registrationNumber"),
            Map.entry("commercial registry number", "registrationNumber"),
            Map.entry("c.r. no.", "registrationNumber"),
            Map.entry("unified social credit code (uscc)", "registrationNumber"),
            Map.entry("legal entity number", "leiCode"),
            Map.entry("v.a.t. number", "vatCode"),
            Map.entry("swift/bic", "swiftBic"),
            Map.entry("email address", "email"),
            Map.entry("website", "website"),
            Map.entry("phone number", "phone"),
            Map.entry("isin", "isinCode"),
            Map.entry("equity ticker", "ticker"),
            Map.entry("bik (ru)", "bikCode"),
            Map.entry("mmsi", "mmsi"),
            Map.entry("imo", "imoNumber"),
            Map.entry("vessel registration identification", "imoNumber"),
            Map.entry("other vessel call sign", "callSign"),
            Map.entry("aircraft model", "model"),
            Map.entry("aircraft tail number", "registrationNumber"),
            Map.entry("aircraft manufacturer's serial number (msn)", "serialNumber"),
            Map.entry("aircraft construction number (also called l/n or s/n or f/n)", "serialNumber"));

    private static final Pattern IMO = Pattern.compile("(?i)^(?:IMO\\s*)?(\\d{7})$");
    private static final Pattern US_DATE = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern MORE_INFORMATION = Pattern.compile(
            "(?i)for more information on directives,? please visit the following link:\\s*(https?://\\S+?)\\.?");
    private static final Pattern COUNT = Pattern.compile("\\d{1,9}");

    OfacXmlReader() {}

    @Override
    public String format() {
        return "ofac-xml";
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
                return read(xml, file, input.sourceOverride());
            } finally {
                xml.close();
            }
        }
    }

    private ListData read(SafeXml xml, Path file, Optional<String> sourceOverride) throws ListRefusedException {
        Run run = new Run(file);
        Instant published = null;
        Integer declared = null;
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
            if (depth == 0) {
                if (!ROOT.equals(name)) {
                    throw xml.refuse("root element is <" + name + ">, expected <" + ROOT + "> of OFAC's classic XML");
                }
                rootSeen = true;
                depth++;
            } else if (name.equals("sdnEntry")) {
                run.entry(RecordNode.read(xml));
            } else if (name.equals("publshInformation") || name.equals("publishInformation")) {
                RecordNode info = RecordNode.read(xml);
                published = publishDate(info.text("Publish_Date"), run);
                declared = recordCount(info.text("Record_Count"), run);
            } else {
                run.quirk(ROOT, "unknown-element", "element <" + name + "> outside any entry skipped");
                xml.skip();
            }
        }
        if (!rootSeen) {
            throw new ListRefusedException(file + ": no <" + ROOT + "> root element");
        }
        String source = sourceOverride.orElse(run.nonSdnMarked * 2 > run.records ? "ofac-cons" : "ofac-sdn");
        return new ListData(
                source,
                format(),
                Optional.ofNullable(published),
                declared == null ? OptionalInt.empty() : OptionalInt.of(declared),
                run.records,
                run.entities,
                run.quirks);
    }

    private static Instant publishDate(String text, Run run) {
        if (text.isEmpty()) {
            return null;
        }
        Matcher us = US_DATE.matcher(text);
        Matcher iso = ISO_DATE.matcher(text);
        try {
            if (us.matches()) {
                return LocalDate.of(
                                Integer.parseInt(us.group(3)),
                                Integer.parseInt(us.group(1)),
                                Integer.parseInt(us.group(2)))
                        .atStartOfDay()
                        .toInstant(ZoneOffset.UTC);
            }
            if (iso.matches()) {
                return LocalDate.parse(text).atStartOfDay().toInstant(ZoneOffset.UTC);
            }
        } catch (DateTimeException e) {
            // Falls through to the quirk below.
        }
        run.quirk(
                "publshInformation", "bad-date", "Publish_Date '" + text + "' is not MM/DD/YYYY; list date left empty");
        return null;
    }

    private static Integer recordCount(String text, Run run) {
        if (text.isEmpty()) {
            return null;
        }
        if (COUNT.matcher(text).matches()) {
            return Integer.parseInt(text);
        }
        run.quirk("publshInformation", "bad-value", "Record_Count '" + text + "' is not a number; ignored");
        return null;
    }

    /** Normalised id type: lower case, trailing " -" and ":" removed. */
    static String key(String idType) {
        String k = Text.clean(idType).toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        while (k.endsWith(":") || k.endsWith("-")) {
            k = k.substring(0, k.length() - 1).trim();
        }
        return k;
    }

    /** The state of one read. */
    private static final class Run {
        final Path file;
        final List<Entity> entities = new ArrayList<>();
        final List<Quirk> quirks = new ArrayList<>();
        final Set<String> ids = new HashSet<>();
        int records;
        int nonSdnMarked;

        Run(Path file) {
            this.file = file;
        }

        void quirk(String recordId, String code, String message) {
            quirks.add(new Quirk(recordId, code, message));
        }

        void entry(RecordNode entry) throws ListRefusedException {
            records++;
            String uid = entry.text("uid");
            if (uid.isEmpty()) {
                throw new ListRefusedException(file + " line " + entry.line() + ": <sdnEntry> without <uid>");
            }
            if (isNonSdnMarked(entry)) {
                nonSdnMarked++;
            }
            if (!ids.add(uid)) {
                quirk(
                        uid,
                        "duplicate-id",
                        "uid " + uid + " appears again at line " + entry.line() + "; the later entry is dropped");
                return;
            }
            new EntryReader(this, entry, uid).read();
        }

        private static boolean isNonSdnMarked(RecordNode entry) {
            for (RecordNode list : entry.all("programList")) {
                for (RecordNode p : list.all("program")) {
                    String tag = p.value().toUpperCase(Locale.ROOT);
                    if (NON_SDN_PROGRAMS.contains(tag) || tag.startsWith("FSE-")) {
                        return true;
                    }
                }
            }
            for (RecordNode list : entry.all("idList")) {
                for (RecordNode id : list.all("id")) {
                    if (NON_SDN_ID_TYPES.contains(key(id.text("idType")))) {
                        return true;
                    }
                }
            }
            return false;
        }
    }

    /** Turns one sdnEntry into its target and sanction. */
    private static final class EntryReader {
        private final Run run;
        private final RecordNode entry;
        private final String uid;
        private final String id;
        private final Entity.Builder target;
        private final Entity.Builder sanction;
        private final Set<String> reported = new HashSet<>();

        EntryReader(Run run, RecordNode entry, String uid) {
            this.run = run;
            this.entry = entry;
            this.uid = uid;
            this.id = "ofac:" + uid;
            this.target = Entity.builder(id, schema(entry.text("sdnType"))).target(true);
            this.sanction = Entity.builder(id + "/sanction", "Sanction")
                    .add("entity", id)
                    .add("authority", AUTHORITY)
                    .add("authorityId", uid)
                    .caption(AUTHORITY + " " + uid);
        }

        private String schema(String sdnType) {
            return switch (sdnType.toLowerCase(Locale.ROOT)) {
                case "individual" -> "Person";
                case "entity" -> "Organization";
                case "vessel" -> "Vessel";
                case "aircraft" -> "Airplane";
                default -> {
                    run.quirk(
                            uid,
                            "bad-value",
                            "sdnType '" + sdnType
                                    + "' is not Individual, Entity, Vessel or Aircraft; read as LegalEntity");
                    yield "LegalEntity";
                }
            };
        }

        void read() {
            checkElements();
            readName();
            target.add("topics", "sanction");
            String title = entry.text("title");
            if (!title.isEmpty()) {
                set(target.schema().equals("Person") ? "position" : "title", title, "title");
            }
            target.add("notes", entry.text("remarks"));
            for (RecordNode list : entry.all("programList")) {
                for (RecordNode p : list.all("program")) {
                    target.add("program", p.value());
                    sanction.add("program", p.value());
                }
            }
            for (RecordNode list : entry.all("akaList")) {
                for (RecordNode aka : list.all("aka")) {
                    readAka(aka);
                }
            }
            for (RecordNode list : entry.all("idList")) {
                for (RecordNode idNode : list.all("id")) {
                    readId(idNode);
                }
            }
            for (RecordNode list : entry.all("addressList")) {
                for (RecordNode address : list.all("address")) {
                    readAddress(address);
                }
            }
            for (RecordNode list : entry.all("nationalityList")) {
                for (RecordNode n : list.all("nationality")) {
                    country(n.text("country"), "nationality", "nationality");
                }
            }
            for (RecordNode list : entry.all("citizenshipList")) {
                for (RecordNode n : list.all("citizenship")) {
                    country(n.text("country"), "citizenship", "citizenship");
                }
            }
            for (RecordNode list : entry.all("dateOfBirthList")) {
                for (RecordNode d : list.all("dateOfBirthItem")) {
                    date(d.text("dateOfBirth"), "birthDate", "date of birth");
                }
            }
            for (RecordNode list : entry.all("placeOfBirthList")) {
                for (RecordNode p : list.all("placeOfBirthItem")) {
                    readBirthPlace(p.text("placeOfBirth"));
                }
            }
            for (RecordNode vessel : entry.all("vesselInfo")) {
                readVessel(vessel);
            }
            run.entities.add(target.build());
            run.entities.add(sanction.build());
        }

        private void checkElements() {
            for (RecordNode c : entry.children()) {
                if (!ENTRY_FIELDS.contains(c.name())) {
                    unknown(c.name());
                    continue;
                }
                Set<String> items = c.name().equals("vesselInfo") ? VESSEL_FIELDS : GROUPS.get(c.name());
                for (RecordNode item : c.children()) {
                    if (items == null || !items.contains(item.name())) {
                        unknown(c.name() + "/" + item.name());
                        continue;
                    }
                    Set<String> fields = ITEMS.get(item.name());
                    for (RecordNode f : item.children()) {
                        if (fields == null || !fields.contains(f.name())) {
                            unknown(c.name() + "/" + item.name() + "/" + f.name());
                        }
                    }
                }
            }
        }

        private void unknown(String path) {
            if (reported.add(path)) {
                run.quirk(uid, "unknown-element", "element <" + path + "> is not in OFAC's sdnList schema; skipped");
            }
        }

        private void readName() {
            String first = entry.text("firstName");
            String last = entry.text("lastName");
            String name = joinName(last, first);
            if (name.isEmpty()) {
                run.quirk(uid, "blank-name", "entry has no name; loaded under its uid");
            }
            target.add("name", name);
            if (target.schema().equals("Person")) {
                target.add("firstName", first);
                target.add("lastName", last);
            }
        }

        private static String joinName(String last, String first) {
            if (last.isEmpty()) {
                return first;
            }
            return first.isEmpty() ? last : last + ", " + first;
        }

        private void readAka(RecordNode aka) {
            String name = joinName(aka.text("lastName"), aka.text("firstName"));
            if (name.isEmpty()) {
                return;
            }
            String type = aka.text("type").toLowerCase(Locale.ROOT);
            String category = aka.text("category").toLowerCase(Locale.ROOT);
            boolean weak = category.equals("weak");
            if (!weak && !category.equals("strong")) {
                run.quirk(
                        uid,
                        "bad-value",
                        "alias '" + name + "' has unknown category '" + category + "'; read as strong");
            }
            String property =
                    switch (type) {
                        case "a.k.a.", "n.k.a." -> weak ? "weakAlias" : "alias";
                        case "f.k.a." -> weak ? "weakAlias" : "previousName";
                        default -> {
                            run.quirk(
                                    uid,
                                    "bad-value",
                                    "alias '" + name + "' has unknown type '" + type + "'; read as a.k.a.");
                            yield weak ? "weakAlias" : "alias";
                        }
                    };
            target.add(property, name);
        }

        private void readId(RecordNode idNode) {
            String type = idNode.text("idType");
            String number = idNode.text("idNumber");
            if (number.isEmpty()) {
                return;
            }
            String k = key(type);
            String property = ID_PROPERTIES.get(k);
            if (property != null && has(property)) {
                if (property.equals("imoNumber")) {
                    Matcher m = IMO.matcher(number.replace(" ", ""));
                    if (m.matches()) {
                        target.add("imoNumber", "IMO" + m.group(1));
                        return;
                    }
                    if (!k.equals("vessel registration identification")) {
                        run.quirk(uid, "bad-value", type + " '" + number + "' is not an IMO number; kept in notes");
                    }
                } else {
                    target.add(property, number);
                    return;
                }
            } else if (k.equals("gender") && has("gender")) {
                String g = number.toLowerCase(Locale.ROOT);
                if (g.equals("male") || g.equals("female")) {
                    target.add("gender", g);
                    return;
                }
            } else if (k.equals("organization established date") && has("incorporationDate")) {
                date(number, "incorporationDate", "organization established date");
                return;
            } else if (k.equals("vessel year of build") || k.equals("aircraft manufacture date")) {
                if (has("buildDate")) {
                    date(number, "buildDate", k);
                    return;
                }
            } else if (k.equals("nationality of registration") && has("jurisdiction")) {
                country(number, "jurisdiction", "nationality of registration");
                return;
            } else if (k.equals("other vessel flag") && has("pastFlags")) {
                country(number, "pastFlags", "other vessel flag");
                return;
            } else if (k.startsWith("listing date")) {
                sanctionDate(number, "listingDate", type);
                return;
            } else if (k.startsWith("effective date")) {
                sanctionDate(number, "startDate", type);
                return;
            } else if (k.contains("directive determination")
                    || k.contains("directive information")
                    || k.startsWith("caatsa section 235")) {
                // Directive entries are either the measure itself or a pointer to OFAC's page about it.
                Matcher link = MORE_INFORMATION.matcher(number);
                if (link.matches()) {
                    sanction.add("programUrl", link.group(1));
                } else {
                    sanction.add("provisions", number);
                }
                return;
            }
            // An identifier the entry's schema cannot hold, or an id type without an FtM property.
            StringBuilder note = new StringBuilder(type.isEmpty() ? "Identifier" : type.replaceAll("[\\s:-]+$", ""))
                    .append(": ")
                    .append(number);
            List<String> extra = new ArrayList<>();
            for (String f : List.of("idCountry", "issueDate", "expirationDate")) {
                String v = idNode.text(f);
                if (!v.isEmpty()) {
                    extra.add(f.equals("issueDate") ? "issued " + v : f.equals("expirationDate") ? "expires " + v : v);
                }
            }
            if (!extra.isEmpty()) {
                note.append(" (").append(String.join(", ", extra)).append(')');
            }
            target.add("notes", note.toString());
        }

        private void readAddress(RecordNode address) {
            String country = address.text("country");
            List<String> parts = new ArrayList<>();
            for (String f :
                    List.of("address1", "address2", "address3", "city", "stateOrProvince", "postalCode", "region")) {
                String v = address.text(f);
                if (!v.isEmpty() && !parts.contains(v)) {
                    parts.add(v);
                }
            }
            if (!parts.isEmpty()) {
                if (!country.isEmpty()) {
                    parts.add(country);
                }
                target.add("address", String.join(", ", parts));
            }
            country(country, "country", "address country");
            String region = address.text("region");
            if (!region.isEmpty() && country.isEmpty()) {
                Countries.get().find(region).ifPresent(c -> target.add("country", c.alpha2()));
            }
        }

        private void readBirthPlace(String place) {
            if (place.isEmpty()) {
                return;
            }
            set("birthPlace", place, "place of birth");
            // OFAC writes "City, Region, Country": a known country at the end also gives the birth country.
            int comma = place.lastIndexOf(',');
            String tail = comma < 0 ? place : place.substring(comma + 1).trim();
            if (has("birthCountry")) {
                Countries.get().find(tail).ifPresent(c -> target.add("birthCountry", c.alpha2()));
            }
        }

        private void readVessel(RecordNode vessel) {
            set("callSign", vessel.text("callSign"), "call sign");
            set("type", vessel.text("vesselType"), "vessel type");
            country(vessel.text("vesselFlag"), "flag", "vessel flag");
            String owner = vessel.text("vesselOwner");
            if (!owner.isEmpty()) {
                target.add("notes", "Vessel owner: " + owner);
            }
            set("tonnage", vessel.text("tonnage"), "tonnage");
            set("grossRegisteredTonnage", vessel.text("grossRegisteredTonnage"), "gross registered tonnage");
        }

        private boolean has(String property) {
            return FtmModel.get().hasProperty(target.schema(), property);
        }

        /** Sets a property, or keeps the value in notes (with a quirk) when the schema lacks it. */
        private void set(String property, String value, String what) {
            if (value.isEmpty()) {
                return;
            }
            if (has(property)) {
                target.add(property, value);
            } else {
                run.quirk(
                        uid,
                        "unknown-property",
                        target.schema() + " has no " + property + "; " + what + " kept in notes");
                target.add("notes", capitalise(what) + ": " + value);
            }
        }

        private void country(String raw, String property, String what) {
            if (raw.isEmpty()) {
                return;
            }
            Optional<Countries.Country> c = Countries.get().find(raw);
            if (c.isEmpty()) {
                run.quirk(uid, "bad-country", what + " '" + raw + "' is not a known country; kept in notes");
                target.add("notes", capitalise(what) + ": " + raw);
                return;
            }
            // Only a Person holds nationality and citizenship; for other entries they are the country.
            set(has(property) ? property : "country", c.get().alpha2(), what);
        }

        private void date(String raw, String property, String what) {
            if (raw.isEmpty()) {
                return;
            }
            List<String> values = OfacDates.parse(raw);
            if (values.isEmpty()) {
                run.quirk(uid, "bad-date", what + " '" + raw + "' is not a readable date; kept in notes");
                target.add("notes", capitalise(what) + ": " + raw);
            } else if (has(property)) {
                target.addAll(property, values);
            } else {
                run.quirk(
                        uid,
                        "unknown-property",
                        target.schema() + " has no " + property + "; " + what + " kept in notes");
                target.add("notes", capitalise(what) + ": " + raw);
            }
        }

        private void sanctionDate(String raw, String property, String type) {
            List<String> values = OfacDates.parse(raw);
            if (values.isEmpty()) {
                run.quirk(uid, "bad-date", type + " '" + raw + "' is not a readable date; kept in notes");
                target.add("notes", type + " " + raw);
            } else {
                sanction.addAll(property, values);
            }
        }
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
