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
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamConstants;
import org.armswatch.model.Countries;
import org.armswatch.model.Entity;
import org.armswatch.model.FtmModel;
import org.armswatch.model.Text;

/**
 * OFAC's Enhanced XML ({@code <sanctionsData>}, Sanctions List Service): each {@code entity}
 * becomes a target entity {@code ofac:<entity/@id>} (Individual → Person, Entity → Organization,
 * Vessel → Vessel, Aircraft → Airplane) with a Sanction {@code ofac:<id>/sanction}; each
 * {@code relationship} becomes a relationship entity {@code ofac:rel:<relationship/@id>}.
 *
 * <p>Names: the primary name's primary translation is {@code name} ({@code LAST, First}), its
 * other translations (Arabic, Cyrillic, Chinese) are {@code alias}; other names by alias type
 * (A.K.A. → {@code alias}, F.K.A./N.K.A. → {@code previousName}), low-quality ones {@code weakAlias}.
 * Dates come from the {@code valueDate} period, kept partial. {@code publishedAt} is
 * {@code dataAsOf} (a date-time without zone, read as UTC). The source is {@code ofac-sdn} when
 * every entity is on the SDN List, else {@code ofac-cons}; an export filtered to sanctions
 * programmes ({@code publicationInfo/filters/sanctionsPrograms}) is a list of its own, named
 * {@code ofac-<programmes>} ({@code ofac-irgc}).
 *
 * <p>Refuses files that are not well-formed, cut, carry a DOCTYPE, have another root, or hold an
 * entity without its id.
 */
final class OfacEnhancedXmlReader implements ListReader {
    static final String FORMAT = "ofac-enhanced-xml";

    private static final String ROOT = "sanctionsData";
    private static final String AUTHORITY = "Office of Foreign Assets Control";
    private static final String SDN_LIST = "SDN List";
    private static final Pattern IMO_VALUE = Pattern.compile("IMO\\s*\\d{7}", Pattern.CASE_INSENSITIVE);
    private static final Pattern FAMILY = Pattern.compile(
            "family|spouse|wife|husband|son|daughter|brother|sister|father|mother|child|relative|parent|sibling");

    /** Address part types in the order a one-line address reads. */
    private enum AddressPart {
        ADDRESS1,
        ADDRESS2,
        ADDRESS3,
        CITY,
        STATE_PROVINCE,
        POSTAL_CODE,
        REGION;

        static AddressPart of(String type) {
            String t =
                    Text.clean(type).toUpperCase(Locale.ROOT).replace('/', '_').replace(' ', '_');
            for (AddressPart p : values()) {
                if (p.name().equals(t)) {
                    return p;
                }
            }
            return null;
        }
    }

    /** A name translation as read. */
    private record Translation(boolean primary, String script, String fullName, List<String[]> parts) {}

    /** A relationship as read, resolved once every entity id is known. */
    private record Relationship(String id, String type, String relatedId, String relatedName) {}

    /** One entity on its way to becoming entities. */
    private static final class EntityState {
        final String entityId;
        final OfacDraft draft;
        final Entity.Builder sanction;
        final List<Relationship> relationships = new ArrayList<>();
        boolean onSdnList;

        EntityState(String entityId) {
            this.entityId = entityId;
            this.draft = new OfacDraft("ofac:" + entityId, entityId, "LegalEntity");
            this.sanction = Entity.builder("ofac:" + entityId + "/sanction", "Sanction")
                    .add("entity", "ofac:" + entityId)
                    .add("authority", AUTHORITY)
                    .add("authorityId", entityId)
                    .add("country", "us");
        }
    }

    /** State of one read: reference codes, quirks. */
    private static final class Context {
        final Map<String, String> countryCodes = new HashMap<>();
        final List<Quirk> quirks = new ArrayList<>();
        String dataAsOf;
        final List<String> programFilters = new ArrayList<>();
    }

    OfacEnhancedXmlReader() {}

    @Override
    public String format() {
        return FORMAT;
    }

    /** Recognises the root element {@code sanctionsData}. */
    @Override
    public Optional<String> sniff(FileHead head) {
        return ROOT.equals(head.xmlRoot()) ? Optional.of(MAIN) : Optional.empty();
    }

    @Override
    public ListData read(ListInput input) throws IOException, ListRefusedException {
        Path file = input.main();
        Context ctx = new Context();
        Map<String, EntityState> records = new LinkedHashMap<>();
        int count = 0;
        try (InputStream in = Files.newInputStream(file)) {
            SafeXml x = SafeXml.open(in, file);
            try {
                int event = x.next();
                while (event != XMLStreamConstants.START_ELEMENT) {
                    if (event == XMLStreamConstants.END_DOCUMENT) {
                        throw x.refuse("holds no root element");
                    }
                    event = x.next();
                }
                if (!x.name().equals(ROOT)) {
                    throw x.refuse("root element is <" + x.name() + ">, not <" + ROOT + ">: not OFAC Enhanced XML");
                }
                while (nextChild(x)) {
                    switch (x.name()) {
                        case "publicationInfo" -> publicationInfo(x, ctx);
                        case "referenceValues" -> referenceValues(x, ctx);
                        case "entities" -> {
                            while (nextChild(x)) {
                                if (x.name().equals("entity")) {
                                    count++;
                                    EntityState r = entity(x, ctx);
                                    if (records.containsKey(r.entityId)) {
                                        ctx.quirks.add(new Quirk(
                                                r.entityId,
                                                "duplicate-id",
                                                "entity " + r.entityId + " appears again before line " + x.line()
                                                        + "; the first is kept"));
                                    } else {
                                        records.put(r.entityId, r);
                                    }
                                } else {
                                    unknown(x, "entities", ctx);
                                }
                            }
                        }
                        case "featureTypes" -> x.skip();
                        default -> unknown(x, ROOT, ctx);
                    }
                }
                while (x.next() != XMLStreamConstants.END_DOCUMENT) {
                    // Only comments and white space may follow the root; SafeXml refuses anything else.
                }
            } finally {
                x.close();
            }
        }

        List<Entity> entities = new ArrayList<>();
        for (EntityState r : records.values()) {
            entities.add(r.draft.build(ctx.quirks));
            entities.add(r.sanction.build());
            for (Relationship rel : r.relationships) {
                relationship(r, rel, records, ctx).ifPresent(entities::add);
            }
        }
        boolean allSdn = records.values().stream().allMatch(r -> r.onSdnList);
        String detected = !ctx.programFilters.isEmpty()
                ? "ofac-"
                        + String.join("-", ctx.programFilters)
                                .toLowerCase(Locale.ROOT)
                                .replaceAll("[^a-z0-9]+", "-")
                : allSdn ? "ofac-sdn" : "ofac-cons";
        return new ListData(
                input.sourceOverride().orElse(detected),
                FORMAT,
                publishedAt(ctx),
                OptionalInt.empty(),
                count,
                entities,
                ctx.quirks);
    }

    private static void publicationInfo(SafeXml x, Context ctx) throws ListRefusedException {
        while (nextChild(x)) {
            if (x.name().equals("dataAsOf")) {
                ctx.dataAsOf = Text.clean(x.text());
            } else if (x.name().equals("filters")) {
                filters(x, ctx);
            } else {
                x.skip();
            }
        }
    }

    // An export filtered to programmes holds only their entries: it is a list of its own, not the
    // whole SDN or consolidated list, so it gets a source named after the programmes.
    private static void filters(SafeXml x, Context ctx) throws ListRefusedException {
        while (nextChild(x)) {
            if (x.name().equals("sanctionsPrograms")) {
                while (nextChild(x)) {
                    String program = Text.clean(x.text());
                    if (!program.isEmpty()) {
                        ctx.programFilters.add(program);
                    }
                }
            } else {
                x.skip();
            }
        }
    }

    private static void referenceValues(SafeXml x, Context ctx) throws ListRefusedException {
        while (nextChild(x)) {
            if (!x.name().equals("referenceValue")) {
                unknown(x, "referenceValues", ctx);
                continue;
            }
            String refId = x.attr("refId");
            String type = null;
            String iso = null;
            while (nextChild(x)) {
                switch (x.name()) {
                    case "type" -> type = Text.clean(x.text());
                    case "isoCode" -> iso = Text.clean(x.text());
                    default -> x.skip();
                }
            }
            if ("COUNTRY".equals(type) && refId != null && iso != null && !iso.isEmpty()) {
                ctx.countryCodes.put(refId, iso);
            }
        }
    }

    private static Optional<Instant> publishedAt(Context ctx) {
        if (ctx.dataAsOf == null || ctx.dataAsOf.isEmpty()) {
            return Optional.empty();
        }
        String t = ctx.dataAsOf;
        try {
            if (t.length() == 10) {
                return Optional.of(LocalDate.parse(t).atStartOfDay().toInstant(ZoneOffset.UTC));
            }
            if (t.endsWith("Z") || t.matches(".*[+-]\\d{2}:\\d{2}$")) {
                return Optional.of(OffsetDateTime.parse(t).toInstant());
            }
            return Optional.of(LocalDateTime.parse(t).toInstant(ZoneOffset.UTC));
        } catch (DateTimeException e) {
            ctx.quirks.add(new Quirk("publicationInfo", "bad-date", "dataAsOf '" + t + "' is not a date-time"));
            return Optional.empty();
        }
    }

    private static EntityState entity(SafeXml x, Context ctx) throws ListRefusedException {
        String id = x.attr("id");
        if (id == null || id.isBlank()) {
            throw x.refuse("an <entity> has no id attribute");
        }
        EntityState r = new EntityState(id.strip());
        while (nextChild(x)) {
            switch (x.name()) {
                case "generalInfo" -> generalInfo(x, r, ctx);
                case "sanctionsLists" -> {
                    while (nextChild(x)) {
                        if (x.name().equals("sanctionsList")) {
                            String published = x.attr("datePublished");
                            String list = Text.clean(x.text());
                            r.onSdnList |= list.equalsIgnoreCase(SDN_LIST);
                            r.sanction.add("listingDate", published);
                            r.sanction.add("summary", list);
                        } else {
                            unknown(x, r.entityId, ctx);
                        }
                    }
                }
                case "sanctionsPrograms" ->
                    listOf(x, "sanctionsProgram", r, ctx, p -> {
                        r.draft.add("program", p);
                        r.sanction.add("program", p);
                    });
                case "sanctionsTypes" -> listOf(x, "sanctionsType", r, ctx, t -> r.sanction.add("provisions", t));
                case "legalAuthorities" -> listOf(x, "legalAuthority", r, ctx, a -> r.sanction.add("reason", a));
                case "names" -> {
                    while (nextChild(x)) {
                        if (x.name().equals("name")) {
                            name(x, r, ctx);
                        } else {
                            unknown(x, r.entityId, ctx);
                        }
                    }
                }
                case "addresses" -> {
                    while (nextChild(x)) {
                        if (x.name().equals("address")) {
                            address(x, r, ctx);
                        } else {
                            unknown(x, r.entityId, ctx);
                        }
                    }
                }
                case "features" -> {
                    while (nextChild(x)) {
                        if (x.name().equals("feature")) {
                            feature(x, r, ctx);
                        } else {
                            unknown(x, r.entityId, ctx);
                        }
                    }
                }
                case "identityDocuments" -> {
                    while (nextChild(x)) {
                        if (x.name().equals("identityDocument")) {
                            document(x, r, ctx);
                        } else {
                            unknown(x, r.entityId, ctx);
                        }
                    }
                }
                case "relationships" -> {
                    while (nextChild(x)) {
                        if (x.name().equals("relationship")) {
                            relationshipElement(x, r, ctx);
                        } else {
                            unknown(x, r.entityId, ctx);
                        }
                    }
                }
                default -> unknown(x, r.entityId, ctx);
            }
        }
        r.draft.add("topics", "sanction");
        return r;
    }

    /** A value handler that may refuse the file. */
    private interface TextSink {
        void accept(String text) throws ListRefusedException;
    }

    private static void listOf(SafeXml x, String element, EntityState r, Context ctx, TextSink sink)
            throws ListRefusedException {
        while (nextChild(x)) {
            if (x.name().equals(element)) {
                sink.accept(Text.clean(x.text()));
            } else {
                unknown(x, r.entityId, ctx);
            }
        }
    }

    private static void generalInfo(SafeXml x, EntityState r, Context ctx) throws ListRefusedException {
        while (nextChild(x)) {
            switch (x.name()) {
                case "entityType" -> r.draft.schema(schema(Text.clean(x.text()), r, ctx));
                case "remarks" -> r.draft.note(x.text());
                case "title" -> r.draft.add("position", x.text(), "Title");
                case "identityId" -> x.skip();
                default -> unknown(x, r.entityId, ctx);
            }
        }
    }

    private static String schema(String type, EntityState r, Context ctx) {
        return switch (type.toLowerCase(Locale.ROOT)) {
            case "individual" -> "Person";
            case "entity" -> "Organization";
            case "vessel" -> "Vessel";
            case "aircraft" -> "Airplane";
            default -> {
                ctx.quirks.add(new Quirk(
                        r.entityId,
                        "bad-value",
                        "entityType '" + type + "' is not one OFAC uses; read as LegalEntity"));
                yield "LegalEntity";
            }
        };
    }

    private static void name(SafeXml x, EntityState r, Context ctx) throws ListRefusedException {
        boolean primary = false;
        boolean lowQuality = false;
        String aliasType = "";
        List<Translation> translations = new ArrayList<>();
        while (nextChild(x)) {
            switch (x.name()) {
                case "isPrimary" -> primary = bool(x.text());
                case "isLowQuality" -> lowQuality = bool(x.text());
                case "aliasType" -> aliasType = Text.clean(x.text()).toUpperCase(Locale.ROOT);
                case "translations" -> {
                    while (nextChild(x)) {
                        if (x.name().equals("translation")) {
                            translations.add(translation(x, r, ctx));
                        } else {
                            unknown(x, r.entityId, ctx);
                        }
                    }
                }
                default -> unknown(x, r.entityId, ctx);
            }
        }
        if (primary) {
            Translation main = translations.stream()
                    .filter(Translation::primary)
                    .findFirst()
                    .or(() -> translations.stream()
                            .filter(t -> t.script().equalsIgnoreCase("Latin"))
                            .findFirst())
                    .orElse(translations.isEmpty() ? null : translations.get(0));
            if (main == null || Text.isBlank(main.fullName())) {
                ctx.quirks.add(new Quirk(r.entityId, "blank-name", "the primary name has no text"));
            } else {
                r.draft.add("name", main.fullName());
                nameParts(main, r);
            }
            for (Translation t : translations) {
                if (t != main) {
                    r.draft.add("alias", t.fullName());
                }
            }
            return;
        }
        String property = lowQuality
                ? "weakAlias"
                : aliasType.startsWith("F.K.A") || aliasType.startsWith("N.K.A") ? "previousName" : "alias";
        for (Translation t : translations) {
            if (Text.isBlank(t.fullName())) {
                ctx.quirks.add(new Quirk(r.entityId, "blank-name", "an alias translation has no text"));
            } else {
                r.draft.add(property, t.fullName());
            }
        }
    }

    private static void nameParts(Translation t, EntityState r) {
        for (String[] part : t.parts()) {
            String property =
                    switch (part[0].toLowerCase(Locale.ROOT)) {
                        case "first name" -> "firstName";
                        case "last name" -> "lastName";
                        case "middle name" -> "middleName";
                        case "patronymic" -> "fatherName";
                        case "matronymic" -> "motherName";
                        default -> null;
                    };
            if (property != null && r.draft.schema().equals("Person")) {
                r.draft.add(property, part[1]);
            }
        }
    }

    private static Translation translation(SafeXml x, EntityState r, Context ctx) throws ListRefusedException {
        boolean primary = false;
        String script = "";
        String full = null;
        String first = null;
        String last = null;
        List<String[]> parts = new ArrayList<>();
        while (nextChild(x)) {
            switch (x.name()) {
                case "isPrimary" -> primary = bool(x.text());
                case "script" -> script = Text.clean(x.text());
                case "formattedFullName" -> full = Text.clean(x.text());
                case "formattedFirstName" -> first = Text.clean(x.text());
                case "formattedLastName" -> last = Text.clean(x.text());
                case "nameParts" -> {
                    while (nextChild(x)) {
                        if (x.name().equals("namePart")) {
                            String[] part = typedValue(x, r, ctx);
                            if (part[0] != null && part[1] != null) {
                                parts.add(part);
                            }
                        } else {
                            unknown(x, r.entityId, ctx);
                        }
                    }
                }
                default -> unknown(x, r.entityId, ctx);
            }
        }
        if (Text.isBlank(full)) {
            // No formatted name: rebuild the OFAC form "LAST, First" from the formatted parts.
            full = Text.isBlank(first) ? last : Text.isBlank(last) ? first : last + ", " + first;
        }
        return new Translation(primary, script, full, parts);
    }

    /** Reads a {@code type}/{@code value} pair element (name and address parts). */
    private static String[] typedValue(SafeXml x, EntityState r, Context ctx) throws ListRefusedException {
        String[] out = new String[2];
        while (nextChild(x)) {
            switch (x.name()) {
                case "type" -> out[0] = Text.clean(x.text());
                case "value" -> out[1] = Text.clean(x.text());
                default -> unknown(x, r.entityId, ctx);
            }
        }
        return out;
    }

    private static void address(SafeXml x, EntityState r, Context ctx) throws ListRefusedException {
        String countryRef = null;
        String countryName = null;
        List<String> lines = new ArrayList<>();
        while (nextChild(x)) {
            switch (x.name()) {
                case "country" -> {
                    countryRef = x.attr("refId");
                    countryName = Text.clean(x.text());
                }
                case "translations" -> {
                    while (nextChild(x)) {
                        if (x.name().equals("translation")) {
                            addressTranslation(x, r, ctx).ifPresent(lines::add);
                        } else {
                            unknown(x, r.entityId, ctx);
                        }
                    }
                }
                default -> unknown(x, r.entityId, ctx);
            }
        }
        for (String line : lines) {
            r.draft.add("address", Text.isBlank(countryName) ? line : line + ", " + countryName, "Address");
        }
        if (!Text.isBlank(countryName)) {
            country(r, "country", countryRef, countryName, "Address country", ctx);
        }
    }

    private static Optional<String> addressTranslation(SafeXml x, EntityState r, Context ctx)
            throws ListRefusedException {
        Map<AddressPart, List<String>> parts = new EnumMap<>(AddressPart.class);
        List<String> other = new ArrayList<>();
        while (nextChild(x)) {
            switch (x.name()) {
                case "addressParts" -> {
                    while (nextChild(x)) {
                        if (x.name().equals("addressPart")) {
                            String[] part = typedValue(x, r, ctx);
                            if (part[1] == null || part[1].isEmpty()) {
                                continue;
                            }
                            AddressPart kind = part[0] == null ? null : AddressPart.of(part[0]);
                            if (kind == null) {
                                other.add(part[1]);
                            } else {
                                parts.computeIfAbsent(kind, k -> new ArrayList<>())
                                        .add(part[1]);
                            }
                        } else {
                            unknown(x, r.entityId, ctx);
                        }
                    }
                }
                case "isPrimary", "script" -> x.skip();
                default -> unknown(x, r.entityId, ctx);
            }
        }
        List<String> ordered = new ArrayList<>();
        parts.values().forEach(ordered::addAll);
        ordered.addAll(other);
        return ordered.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", ordered));
    }

    private static void feature(SafeXml x, EntityState r, Context ctx) throws ListRefusedException {
        String type = "";
        String value = null;
        String valueRef = null;
        String reliability = "";
        LocalDate[] period = null;
        while (nextChild(x)) {
            switch (x.name()) {
                case "type" -> type = Text.clean(x.text());
                case "value" -> value = Text.clean(x.text());
                case "valueRefId" -> valueRef = Text.clean(x.text());
                case "valueDate" -> period = period(x, r, ctx);
                case "reliability" -> reliability = Text.clean(x.text());
                case "versionId", "isPrimary", "comments" -> x.skip();
                default -> unknown(x, r.entityId, ctx);
            }
        }
        if (Text.isBlank(value) && period == null) {
            return;
        }
        String shown = value == null ? "" : value;
        if (reliability.equalsIgnoreCase("False")) {
            r.draft.note(label(type) + ": " + shown + " (reported false)");
            return;
        }
        String key = type.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        switch (key) {
            case "birthdate" -> dates(r, "birthDate", type, shown, period, ctx);
            case "organization established date" -> dates(r, "incorporationDate", type, shown, period, ctx);
            case "aircraft manufacture date", "vessel year of build" -> dates(r, "buildDate", type, shown, period, ctx);
            case "place of birth" -> r.draft.add("birthPlace", shown, type);
            case "gender" -> {
                String g = shown.toLowerCase(Locale.ROOT);
                if (g.equals("male") || g.equals("female")) {
                    r.draft.add("gender", g, type);
                } else {
                    r.draft.note(type + ": " + shown);
                }
            }
            case "nationality country" -> country(r, "nationality", valueRef, shown, type, ctx);
            case "citizenship country" -> country(r, "citizenship", valueRef, shown, type, ctx);
            case "vessel flag" -> country(r, "flag", valueRef, shown, type, ctx);
            case "other vessel flag", "former vessel flag" -> country(r, "pastFlags", valueRef, shown, type, ctx);
            case "nationality of registration", "registration country" -> {
                // Companies have a jurisdiction; for aircraft and vessels the country is all FtM offers.
                String property =
                        FtmModel.get().hasProperty(r.draft.schema(), "jurisdiction") ? "jurisdiction" : "country";
                country(r, property, valueRef, shown, type, ctx);
            }
            default -> labelled(r, type, shown, ctx);
        }
    }

    /** Maps an identifier or plain detail by its OFAC label; unknown labels become notes. */
    private static void labelled(EntityState r, String type, String value, Context ctx) {
        Optional<String> property = OfacLabelMap.property(type);
        if (IMO_VALUE.matcher(value).lookingAt()
                || property.filter("imoNumber"::equals).isPresent()) {
            Optional<String> imo = OfacLabelMap.imo(value);
            if (imo.isPresent()) {
                r.draft.add("imoNumber", imo.get(), type);
                return;
            }
            if (value.regionMatches(true, 0, "IMO", 0, 3)) {
                ctx.quirks.add(new Quirk(
                        r.entityId, "bad-value", type + " '" + value + "' holds no 7-digit IMO number; kept in notes"));
                r.draft.note(label(type) + ": " + value);
                return;
            }
            // A vessel registration that is no IMO number: a national register's number.
            property = Optional.of("registrationNumber");
        }
        if (property.isPresent()) {
            r.draft.add(property.get(), value, type);
        } else {
            r.draft.note(label(type) + ": " + value);
        }
    }

    private static void document(SafeXml x, EntityState r, Context ctx) throws ListRefusedException {
        String type = "";
        String number = null;
        while (nextChild(x)) {
            switch (x.name()) {
                case "type" -> type = Text.clean(x.text());
                case "documentNumber" -> number = Text.clean(x.text());
                case "name",
                        "isValid",
                        "issuingCountry",
                        "issueDate",
                        "expirationDate",
                        "issuingLocation",
                        "idFeatures",
                        "comments" -> x.skip();
                default -> unknown(x, r.entityId, ctx);
            }
        }
        if (!Text.isBlank(number)) {
            labelled(r, type, number, ctx);
        }
    }

    private static void relationshipElement(SafeXml x, EntityState r, Context ctx) throws ListRefusedException {
        String id = x.attr("id");
        String type = "";
        String relatedId = null;
        String relatedName = null;
        while (nextChild(x)) {
            switch (x.name()) {
                case "type" -> type = Text.clean(x.text());
                case "relatedEntity" -> {
                    relatedId = x.attr("entityId");
                    relatedName = Text.clean(x.text());
                }
                case "quality", "comments" -> x.skip();
                default -> unknown(x, r.entityId, ctx);
            }
        }
        if (id == null || id.isBlank() || relatedId == null || relatedId.isBlank()) {
            ctx.quirks.add(new Quirk(
                    r.entityId,
                    "bad-value",
                    "a relationship '" + type + "' lacks its id or related entity id; skipped"));
            return;
        }
        r.relationships.add(new Relationship(id.strip(), type, relatedId.strip(), relatedName));
    }

    private static Optional<Entity> relationship(
            EntityState r, Relationship rel, Map<String, EntityState> records, Context ctx) {
        String self = "ofac:" + r.entityId;
        String other = "ofac:" + rel.relatedId();
        if (!records.containsKey(rel.relatedId())) {
            ctx.quirks.add(new Quirk(
                    r.entityId,
                    "dangling-link",
                    "relationship " + rel.id() + " '" + rel.type() + "' points to entity " + rel.relatedId()
                            + (Text.isBlank(rel.relatedName()) ? "" : " (" + rel.relatedName() + ")")
                            + ", which is not in this file; kept with that id"));
        }
        String type = rel.type().toLowerCase(Locale.ROOT);
        String id = "ofac:rel:" + rel.id();
        Entity.Builder b;
        if (type.equals("owned or controlled by")) {
            b = Entity.builder(id, "Ownership")
                    .add("owner", other)
                    .add("asset", self)
                    .add("role", rel.type());
        } else if (type.startsWith("owns, controls")) {
            b = Entity.builder(id, "Ownership")
                    .add("owner", self)
                    .add("asset", other)
                    .add("role", rel.type());
        } else if (type.equals("leader or official of")) {
            b = Entity.builder(id, "Directorship")
                    .add("director", self)
                    .add("organization", other)
                    .add("role", rel.type());
        } else if (FAMILY.matcher(type).find()) {
            b = Entity.builder(id, "Family")
                    .add("person", self)
                    .add("relative", other)
                    .add("relationship", rel.type());
        } else if (type.startsWith("associate")) {
            b = Entity.builder(id, "Associate")
                    .add("person", self)
                    .add("associate", other)
                    .add("relationship", rel.type());
        } else {
            b = Entity.builder(id, "UnknownLink")
                    .add("subject", self)
                    .add("object", other)
                    .add("role", rel.type());
        }
        return Optional.of(b.build());
    }

    /** Reads a {@code valueDate} period: earliest ({@code fromDateBegin}) and latest ({@code toDateEnd}) day. */
    private static LocalDate[] period(SafeXml x, EntityState r, Context ctx) throws ListRefusedException {
        String begin = null;
        String end = null;
        while (nextChild(x)) {
            switch (x.name()) {
                case "fromDateBegin" -> begin = Text.clean(x.text());
                case "toDateEnd" -> end = Text.clean(x.text());
                case "fromDateEnd", "toDateBegin", "isApproximate", "isDateRange" -> x.skip();
                default -> unknown(x, r.entityId, ctx);
            }
        }
        try {
            if (begin == null || begin.isEmpty()) {
                return null;
            }
            LocalDate from = LocalDate.parse(begin);
            LocalDate to = end == null || end.isEmpty() ? from : LocalDate.parse(end);
            return new LocalDate[] {from, to};
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static void dates(
            EntityState r, String property, String type, String text, LocalDate[] period, Context ctx) {
        List<String> dates = period == null ? List.of() : OfacDates.span(period[0], period[1]);
        if (dates.isEmpty()) {
            dates = OfacDates.parse(text);
        }
        if (dates.isEmpty()) {
            ctx.quirks.add(new Quirk(r.entityId, "bad-date", type + " '" + text + "' is not a readable date"));
            r.draft.note(type + ": " + text);
        }
        for (String d : dates) {
            r.draft.add(property, d, type);
        }
    }

    /** Adds a country code found by reference code or name, or a {@code bad-country} quirk and a note. */
    private static void country(EntityState r, String property, String refId, String name, String label, Context ctx) {
        Countries countries = Countries.get();
        Optional<Countries.Country> c = Optional.ofNullable(refId)
                .map(ctx.countryCodes::get)
                .flatMap(countries::find)
                .or(() -> countries.find(name));
        if (c.isPresent()) {
            r.draft.add(property, c.get().alpha2(), label);
        } else if (!Text.isBlank(name)) {
            ctx.quirks.add(new Quirk(r.entityId, "bad-country", label + " '" + name + "' is not a known country"));
            r.draft.note(label + ": " + name);
        }
    }

    /** A feature type as a note label, without OFAC's trailing colon or dash. */
    private static String label(String type) {
        return type.replaceAll("[\\s:-]+$", "");
    }

    private static boolean bool(String text) {
        return Text.clean(text).equalsIgnoreCase("true");
    }

    private static void unknown(SafeXml x, String recordId, Context ctx) throws ListRefusedException {
        ctx.quirks.add(new Quirk(
                recordId,
                "unknown-element",
                "element <" + x.name() + "> at line " + x.line() + " is not one this reader knows; skipped"));
        x.skip();
    }

    /**
     * Moves to the next child element of the element the cursor is in.
     *
     * @return true on the child's start, false on the parent's end
     */
    private static boolean nextChild(SafeXml x) throws ListRefusedException {
        while (true) {
            int event = x.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                return true;
            }
            if (event == XMLStreamConstants.END_ELEMENT) {
                return false;
            }
            if (event == XMLStreamConstants.END_DOCUMENT) {
                throw x.refuse("ends inside an element (truncated)");
            }
        }
    }
}
