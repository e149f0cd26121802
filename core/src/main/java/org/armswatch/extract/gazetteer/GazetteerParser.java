package org.armswatch.extract.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads gazetteer files into entries and their spellings, checking every field. Not thread-safe; use once. */
final class GazetteerParser {
    static final String NOT_AN_ITEM = "none";

    private static final Pattern ALPHA3 = Pattern.compile("[A-Z]{3}");
    private static final Pattern ALPHA2 = Pattern.compile("[A-Z]{2}");
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    private static final Set<String> STATUSES = Set.of("member", "observer", "other");
    private static final Set<String> ORGANISATION_KINDS = Set.of(
            "agency",
            "military",
            "intelligence",
            "legislature",
            "party",
            "company",
            "media",
            "international",
            "think_tank",
            "armed_group");
    private static final Set<String> MATCH_KINDS = Set.of("name", "noun", "phrase");
    private static final Set<String> TITLE_KINDS = Set.of("office", "military", "honorific", "religious", "royal");

    private final List<Entry> entries = new ArrayList<>();
    private final List<TokenTrie.Spelling> spellings = new ArrayList<>();
    private final Map<String, String> alpha2 = new HashMap<>();
    private final Set<String> slugs = new HashSet<>();

    /** The canonical entry (form {@code name}) of every line read, in order. */
    List<Entry> entries() {
        return entries;
    }

    List<TokenTrie.Spelling> spellings() {
        return spellings;
    }

    Map<String, String> alpha2() {
        return alpha2;
    }

    /** Reads one file of the given kind; {@code name} is used in error messages. */
    void read(GazetteerFile file, String name, Reader reader) throws GazetteerException {
        BufferedReader lines = new BufferedReader(reader);
        boolean header = false;
        int number = 0;
        try {
            String line;
            while ((line = lines.readLine()) != null) {
                number++;
                if (number == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\t", -1);
                if (!header) {
                    if (!List.of(fields).equals(file.columns())) {
                        throw new GazetteerException(
                                name,
                                number,
                                null,
                                "expected the header line " + String.join("<TAB>", file.columns()) + ", found "
                                        + line.replace("\t", "<TAB>"));
                    }
                    header = true;
                    continue;
                }
                if (fields.length != file.columns().size()) {
                    throw new GazetteerException(
                            name,
                            number,
                            null,
                            "expected " + file.columns().size() + " tab-separated fields, found " + fields.length);
                }
                Row row = new Row(name, number, file.columns(), fields);
                switch (file) {
                    case STATES -> state(row);
                    case PEOPLE -> person(row);
                    case ORGANISATIONS -> organisation(row);
                    case WEAPONS -> weapon(row);
                    case TITLES -> title(row);
                }
            }
        } catch (IOException e) {
            throw new GazetteerException(name, number, null, "cannot read: " + e.getMessage());
        }
        if (!header) {
            throw new GazetteerException(name, 0, null, "no header line");
        }
    }

    private void state(Row row) throws GazetteerException {
        String code = row.matching("alpha3", ALPHA3, "an ISO 3166-1 alpha-3 code such as PRK");
        String two = row.matching("alpha2", ALPHA2, "an ISO 3166-1 alpha-2 code such as KP");
        String status = row.oneOf("status", STATUSES);
        String name = row.required("name");
        if (alpha2.containsKey(code)) {
            throw row.error("alpha3", "duplicate code " + code);
        }
        if (alpha2.containsValue(two)) {
            throw row.error("alpha2", "duplicate code " + two);
        }
        alpha2.put(code, two);
        Entry canonical = new Entry(Entry.Kind.STATE, name, code, null, "name", code, status);
        entries.add(canonical);
        add(canonical, name, false, false);
        addAll(row, "variants", canonical, "variant");
        addAll(row, "capitals", canonical, "capital");
        addAll(row, "demonyms", canonical, "demonym");
        addAll(row, "seats", canonical, "seat");
    }

    private void person(Row row) throws GazetteerException {
        String name = row.required("canonical");
        String state = row.required("state");
        if (!ALPHA3.matcher(state).matches() && !SLUG.matcher(state).matches()) {
            throw row.error("state", "expected an alpha-3 code or a lower-case slug, found '" + state + "'");
        }
        Entry canonical = new Entry(Entry.Kind.PERSON, name, slug(name), null, "name", state, row.required("role"));
        entries.add(canonical);
        add(canonical, name, false, false);
        addAll(row, "variants", canonical, "variant");
        addAll(row, "short", canonical, "surname");
    }

    private void organisation(Row row) throws GazetteerException {
        String slug = row.matching("slug", SLUG, "a lower-case hyphenated slug");
        if (!slugs.add(slug)) {
            throw row.error("slug", "duplicate slug " + slug);
        }
        String name = row.required("canonical");
        String kind = row.oneOf("kind", ORGANISATION_KINDS);
        String state = row.get("state");
        if (!state.isEmpty() && !ALPHA3.matcher(state).matches()) {
            throw row.error("state", "expected an alpha-3 code or nothing, found '" + state + "'");
        }
        Entry.Kind entryKind = kind.equals("armed_group") ? Entry.Kind.ARMED_GROUP : Entry.Kind.ORGANISATION;
        Entry canonical = new Entry(entryKind, name, slug, null, "name", state.isEmpty() ? null : state, kind);
        entries.add(canonical);
        add(canonical, name, false, false);
        addAll(row, "variants", canonical, "variant");
    }

    private void weapon(Row row) throws GazetteerException {
        String name = row.required("canonical");
        String category = row.get("category");
        if (!Gazetteer.CATEGORIES.contains(category) && !category.equals(NOT_AN_ITEM)) {
            throw row.error(
                    "category",
                    "expected one of " + String.join(", ", Gazetteer.CATEGORIES) + " or " + NOT_AN_ITEM + ", found '"
                            + category + "'");
        }
        String match = row.oneOf("match", MATCH_KINDS);
        boolean generic = !match.equals("name");
        Entry canonical = new Entry(Entry.Kind.WEAPON, name, slug(name), category, "name", null, match);
        entries.add(canonical);
        add(canonical, name, generic, match.equals("noun"));
        for (String form : row.forms("variants")) {
            add(withForm(canonical, "variant"), form, generic, match.equals("noun"));
        }
    }

    private void title(Row row) throws GazetteerException {
        String name = row.required("title");
        String kind = row.oneOf("kind", TITLE_KINDS);
        Entry canonical = new Entry(Entry.Kind.TITLE, name, slug(name), null, "name", null, kind);
        entries.add(canonical);
        addTitle(canonical, name);
        for (String form : row.forms("variants")) {
            addTitle(withForm(canonical, "variant"), form);
        }
    }

    // A title of several words is matched in any case ("defense minister"); a one-word title as a proper name, so
    // that "General" before a name is a title but the adjective "general" is not.
    private void addTitle(Entry entry, String form) {
        add(entry, form, NameTokens.tokenize(form).size() > 1, false);
    }

    private void addAll(Row row, String field, Entry canonical, String form) throws GazetteerException {
        for (String text : row.forms(field)) {
            add(withForm(canonical, form), text, false, false);
        }
    }

    private void add(Entry entry, String form, boolean caseFree, boolean inflect) {
        for (List<String> tokens : NameTokens.spellings(NameTokens.tokenize(form))) {
            spellings.add(new TokenTrie.Spelling(tokens, entry, caseFree));
            if (inflect) {
                List<String> plural = new ArrayList<>(tokens);
                plural.set(plural.size() - 1, NameTokens.plural(plural.getLast().toLowerCase(Locale.ROOT)));
                spellings.add(new TokenTrie.Spelling(List.copyOf(plural), entry, true));
            }
        }
    }

    private static Entry withForm(Entry entry, String form) {
        return new Entry(
                entry.kind(), entry.canonical(), entry.code(), entry.category(), form, entry.state(), entry.role());
    }

    /** A lower-case hyphenated identifier made from a name: "Kim Jong Un" → "kim-jong-un". */
    static String slug(String name) {
        String s = NameTokens.key(name).replaceAll("[^a-z0-9]+", "-");
        s = s.replaceAll("^-+|-+$", "");
        return s.isEmpty() ? "x" : s;
    }

    private record Row(String file, int line, List<String> columns, String[] fields) {

        String get(String column) {
            return fields[columns.indexOf(column)].strip();
        }

        String required(String column) throws GazetteerException {
            String value = get(column);
            if (value.isEmpty()) {
                throw error(column, "must not be empty");
            }
            return value;
        }

        String matching(String column, Pattern pattern, String expected) throws GazetteerException {
            String value = get(column);
            if (!pattern.matcher(value).matches()) {
                throw error(column, "expected " + expected + ", found '" + value + "'");
            }
            return value;
        }

        String oneOf(String column, Set<String> allowed) throws GazetteerException {
            String value = get(column);
            if (!allowed.contains(value)) {
                throw error(
                        column,
                        "expected one of "
                                + String.join(", ", allowed.stream().sorted().toList()) + ", found '" + value + "'");
            }
            return value;
        }

        List<String> forms(String column) throws GazetteerException {
            String value = get(column);
            if (value.isEmpty()) {
                return List.of();
            }
            List<String> forms = new ArrayList<>();
            for (String form : value.split("\\|", -1)) {
                if (form.isBlank()) {
                    throw error(column, "empty form between '|' separators");
                }
                forms.add(form.strip());
            }
            return forms;
        }

        GazetteerException error(String column, String problem) {
            return new GazetteerException(file, line, column, problem);
        }
    }
}
