package org.armswatch.lists;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Remarks mini-language of OFAC's legacy CSV: {@code ;}-separated clauses, each a key then a
 * value, the whole ending with a period ({@code DOB 04 Apr 1960; POB Pyongyang, North Korea;
 * a.k.a. 'BNC'; Linked To: SECOND ECONOMIC COMMITTEE.}).
 */
final class OfacRemarks {
    /** OFAC cuts the Remarks column at this length; the rest is in {@code sdn_comments.csv}. */
    static final int MAX_LENGTH = 1000;

    private static final Pattern WEAK_NAME = Pattern.compile("^([afn])\\.k\\.a\\.\\s*'(.*)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern REGISTERED =
            Pattern.compile("^(Nationality of Registration|Registration Country)\\s+(.+)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern PAST_FLAG =
            Pattern.compile("^(Former Vessel Flag|Other Vessel Flag)\\s+(.+)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern KEYED =
            Pattern.compile("^(DOB|POB|nationality|citizen|Gender)\\s+(.+)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern LINKED = Pattern.compile("^Linked To:\\s*(.+)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern DATED = Pattern.compile(
            "^(Organization Established Date|Aircraft Manufacture Date|Vessel Year of Build)\\s+(.+)$",
            Pattern.CASE_INSENSITIVE);

    /** What a clause says. */
    enum Kind {
        /** {@code DOB …}: a birth date text. */
        BIRTH_DATE,
        /** {@code POB …}. */
        BIRTH_PLACE,
        /** {@code nationality …}: a country name. */
        NATIONALITY,
        /** {@code citizen …}: a country name. */
        CITIZENSHIP,
        /** {@code Nationality of Registration …}: the country a company is registered in. */
        JURISDICTION,
        /** {@code Former Vessel Flag …}: a country a vessel flew the flag of. */
        PAST_FLAG,
        /** {@code Gender Male}. */
        GENDER,
        /** {@code a.k.a. 'NAME'} (also f.k.a., n.k.a.): OFAC's weak, low-quality aliases. */
        WEAK_ALIAS,
        /** {@code Linked To: NAME}: another entry by its primary name. */
        LINKED_TO,
        /** {@code Organization Established Date …}, {@code Aircraft Manufacture Date …}: a date for {@link Clause#label()}. */
        DATE,
        /** An identifier or detail whose label {@link OfacLabelMap} knows ({@code Passport …}, {@code MMSI …}). */
        LABELLED,
        /** Anything else: kept as a note. */
        OTHER
    }

    /**
     * One clause.
     *
     * @param kind what it says
     * @param label the key as written ({@code DOB}, {@code Passport}, {@code Tax ID No.}), empty for {@link Kind#OTHER}
     * @param value the value after the key (the name without quotes for weak aliases), or the whole clause for {@link Kind#OTHER}
     * @param alternative whether the clause started with {@code alt.}
     * @param raw the clause as written, for notes
     */
    record Clause(Kind kind, String label, String value, boolean alternative, String raw) {}

    private OfacRemarks() {}

    /**
     * Whether remarks were cut by OFAC at {@value #MAX_LENGTH} characters: about that long and
     * without the final period every complete remarks text has. A few characters of slack allow
     * for white space at the cut that trimming removed.
     */
    static boolean looksCut(String remarks) {
        return remarks != null
                && remarks.length() >= MAX_LENGTH - 5
                && !remarks.strip().endsWith(".");
    }

    /**
     * Splits remarks into clauses. The final period that ends OFAC's remarks is dropped; a value
     * that itself ends in a period ({@code … CO., LTD.}) then lacks it, which callers comparing
     * names must allow for.
     */
    static List<Clause> parse(String remarks) {
        List<Clause> out = new ArrayList<>();
        if (remarks == null) {
            return out;
        }
        String text = remarks.strip();
        if (text.endsWith(".")) {
            text = text.substring(0, text.length() - 1);
        }
        for (String part : text.split(";")) {
            String raw = part.strip();
            if (!raw.isEmpty()) {
                out.add(clause(raw));
            }
        }
        return out;
    }

    private static Clause clause(String raw) {
        String body = raw;
        boolean alt = false;
        if (body.regionMatches(true, 0, "alt. ", 0, 5)) {
            alt = true;
            body = body.substring(5).strip();
        }
        Matcher m = WEAK_NAME.matcher(body);
        if (m.matches()) {
            String name = m.group(2).strip();
            if (name.endsWith("'")) {
                name = name.substring(0, name.length() - 1);
            }
            return new Clause(Kind.WEAK_ALIAS, m.group(1).toLowerCase(Locale.ROOT) + ".k.a.", name, alt, raw);
        }
        m = LINKED.matcher(body);
        if (m.matches()) {
            return new Clause(Kind.LINKED_TO, "Linked To", m.group(1).strip(), alt, raw);
        }
        m = DATED.matcher(body);
        if (m.matches()) {
            return new Clause(Kind.DATE, m.group(1), m.group(2).strip(), alt, raw);
        }
        m = REGISTERED.matcher(body);
        if (m.matches()) {
            return new Clause(Kind.JURISDICTION, m.group(1), m.group(2).strip(), alt, raw);
        }
        m = PAST_FLAG.matcher(body);
        if (m.matches()) {
            return new Clause(Kind.PAST_FLAG, m.group(1), m.group(2).strip(), alt, raw);
        }
        m = KEYED.matcher(body);
        if (m.matches()) {
            Kind kind =
                    switch (m.group(1).toLowerCase(Locale.ROOT)) {
                        case "dob" -> Kind.BIRTH_DATE;
                        case "pob" -> Kind.BIRTH_PLACE;
                        case "nationality" -> Kind.NATIONALITY;
                        case "citizen" -> Kind.CITIZENSHIP;
                        default -> Kind.GENDER;
                    };
            return new Clause(kind, m.group(1), m.group(2).strip(), alt, raw);
        }
        var label = OfacLabelMap.labelOpening(body);
        if (label.isPresent()) {
            return new Clause(
                    Kind.LABELLED,
                    label.get(),
                    body.substring(label.get().length()).strip(),
                    alt,
                    raw);
        }
        return new Clause(Kind.OTHER, "", raw, alt, raw);
    }
}
