package org.armswatch.lists;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * OFAC's labels for identifiers and plain-text details — the same words open a clause of the
 * legacy CSV remarks ({@code Passport 760620 (Egypt)}), name an Enhanced XML identity document
 * type and a feature type — mapped to the FtM property that holds the value. Labels with no
 * property here stay in {@code notes}.
 */
final class OfacLabelMap {
    private static final Pattern IMO = Pattern.compile("IMO\\s*(\\d{7})(?!\\d)", Pattern.CASE_INSENSITIVE);
    private static final Pattern BARE_IMO = Pattern.compile("(\\d{7})(?:\\s.*)?");
    private static final Pattern DOCUMENT_TAIL = Pattern.compile("\\s+(?:\\(|issued\\b|expires\\b).*$");

    private static final Map<String, String> BY_LABEL = new HashMap<>();
    private static final List<String> LABELS;

    static {
        map(
                "passportNumber",
                "Passport",
                "Diplomatic Passport",
                "British National Overseas Passport",
                "Stateless Person Passport");
        map(
                "idNumber",
                "National ID No.",
                "Cedula No.",
                "Identification Number",
                "C.U.R.P.",
                "D.N.I.",
                "N.I.E.",
                "Bosnian Personal ID No.",
                "Kenyan ID No.",
                "Moroccan Personal ID No.",
                "Personal ID Card",
                "Turkish Identification Number",
                "CNP (Personal Numerical Code)",
                "Tazkira National ID Card",
                "Citizen's Card Number",
                "UAE Identification",
                "Numero de Identidad",
                "Credencial electoral",
                "I.F.E.",
                "Electoral Registry No.",
                "Birth Certificate Number",
                "Residency Number",
                "C.I.N.",
                "National Foreign ID Number",
                "Refugee ID Card",
                "Stateless Person ID Card",
                "Driver's License No.",
                "Public Security and Immigration No.",
                "Immigration No.",
                "C.U.I.P.",
                "Travel Document Number",
                "Seafarer's Identification Document",
                "Military Registration Number");
        map("socialSecurityNumber", "SSN");
        map(
                "taxNumber",
                "Tax ID No.",
                "R.F.C.",
                "RFC",
                "NIT #",
                "US FEIN",
                "RUC #",
                "C.U.I.T.",
                "C.U.I.",
                "Italian Fiscal Code",
                "Fiscal Code",
                "N.I.F.",
                "RIF #",
                "C.I.F.",
                "RTN",
                "Paraguayan tax identification number",
                "Romanian Tax Registration",
                "Numero Unico de Identificacao Tributaria (NUIT)");
        map("vatCode", "V.A.T. Number");
        map(
                "registrationNumber",
                "Registration Number",
                "Registration ID",
                "Business Registration Number",
                "Business Registration Document #",
                "Commercial Registry Number",
                "Company Number",
                "UK Company Number",
                "C.R. No.",
                "Romanian C.R.",
                "Certificate of Incorporation Number",
                "Folio Mercantil No.",
                "Matricula Mercantil No",
                "Unified Social Credit Code (USCC)",
                "United Social Credit Code Certificate (USCCC)",
                "Economic Register Number (CBLS)",
                "Central Registration System Number",
                "Public Registration Number",
                "Chamber of Commerce Number",
                "Istanbul Chamber of Comm. No.",
                "Registration Certificate Number (Dubai)",
                "Trade License No.",
                "Enterprise Number",
                "Business Number",
                "Registered Charity No.",
                "Russian State Individual Business Registration Number Pattern (OGRNIP)",
                "Aircraft Tail Number");
        map("leiCode", "Legal Entity Number");
        map("dunsCode", "D-U-N-S Number");
        map("swiftBic", "SWIFT/BIC");
        map("imoNumber", "Vessel Registration Identification");
        map("mmsi", "MMSI");
        map("serialNumber", "Aircraft Serial Identification", "Aircraft Manufacturer's Serial Number (MSN)");
        map("model", "Aircraft Model");
        map("email", "Email Address", "Email");
        map("website", "Website");
        map("phone", "Phone Number");
        map("callSign", "Vessel Call Sign", "Other Vessel Call Sign");
        map("type", "VESSEL TYPE", "Vessel Type");
        map("tonnage", "Vessel Tonnage");
        map("grossRegisteredTonnage", "Vessel Gross Registered Tonnage");
        map("position", "Title");
        LABELS = BY_LABEL.keySet().stream()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .toList();
    }

    private OfacLabelMap() {}

    /** The property for a label (case, curly apostrophes and a trailing colon or dash ignored), if any. */
    static Optional<String> property(String label) {
        return Optional.ofNullable(BY_LABEL.get(key(label)));
    }

    /**
     * The known label that opens a remarks clause, longest first, followed by a space and a value.
     *
     * @return the label as written in the clause, or empty
     */
    static Optional<String> labelOpening(String clause) {
        String k = key(clause);
        for (String label : LABELS) {
            if (k.startsWith(label) && k.length() > label.length() + 1 && k.charAt(label.length()) == ' ') {
                return Optional.of(clause.substring(0, label.length()));
            }
        }
        return Optional.empty();
    }

    /**
     * An IMO number normalised to {@code IMO} and 7 digits, when the text holds one: after the
     * letters {@code IMO}, or as a bare leading 7-digit number whose IMO check digit is right.
     */
    static Optional<String> imo(String text) {
        String t = text == null ? "" : text.strip();
        Matcher m = IMO.matcher(t);
        if (m.find()) {
            return Optional.of("IMO" + m.group(1));
        }
        m = BARE_IMO.matcher(t);
        return m.matches() && imoCheckDigitOk(m.group(1)) ? Optional.of("IMO" + m.group(1)) : Optional.empty();
    }

    private static boolean imoCheckDigitOk(String digits) {
        // The seventh digit is the last digit of the sum of the first six weighted 7, 6, 5, 4, 3, 2.
        int sum = 0;
        for (int i = 0; i < 6; i++) {
            sum += (digits.charAt(i) - '0') * (7 - i);
        }
        return sum % 10 == digits.charAt(6) - '0';
    }

    /**
     * The document number of a document clause value: the text before the issuing country in
     * parentheses and the {@code issued}/{@code expires} dates ({@code 760620 issued 15 Sep 1991}).
     */
    static String documentNumber(String value) {
        return DOCUMENT_TAIL.matcher(value.strip()).replaceFirst("").strip();
    }

    private static void map(String property, String... labels) {
        for (String label : labels) {
            BY_LABEL.put(key(label), property);
        }
    }

    private static String key(String label) {
        String k = label.strip().replace('\u2019', '\'').toLowerCase(Locale.ROOT);
        while (k.endsWith(":") || k.endsWith("-")) {
            k = k.substring(0, k.length() - 1).strip();
        }
        return k;
    }
}
