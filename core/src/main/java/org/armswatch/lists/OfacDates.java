package org.armswatch.lists;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * OFAC's date texts ({@code DOB 04 Apr 1960}, {@code circa 1957}, {@code 1951 to 1953},
 * {@code Mar 1955 to Mar 1956}) as FollowTheMoney date strings that stay partial: {@code 1960-04-04},
 * {@code 1957}, {@code 1955-03}. A day or month the text does not give is never invented.
 */
final class OfacDates {
    /** A range spanning more years than this keeps only its two ends. */
    static final int MAX_YEARS = 20;

    private static final Map<String, Integer> MONTHS = months();
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{1,2})\\s+([A-Za-z]+)\\.?,?\\s+(\\d{4})");
    private static final Pattern MONTH_YEAR = Pattern.compile("([A-Za-z]+)\\.?,?\\s+(\\d{4})");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern YEAR_DASH_YEAR = Pattern.compile("(\\d{4})\\s*-\\s*(\\d{4})");
    private static final Pattern TO = Pattern.compile("\\s+to\\s+", Pattern.CASE_INSENSITIVE);
    private static final Pattern CIRCA =
            Pattern.compile("^(?:circa|ca\\.|approximately|approx\\.)\\s+", Pattern.CASE_INSENSITIVE);

    private OfacDates() {}

    /**
     * Reads an OFAC date text: {@code DD Mon YYYY}, {@code Mon YYYY}, {@code YYYY}, an ISO
     * {@code YYYY-MM-DD}, each optionally after {@code circa}, and ranges {@code A to B} or
     * {@code YYYY-YYYY}.
     *
     * @return the FtM date strings: one value for a single date, every year of a range that spans
     *     several years (only the two ends beyond {@value #MAX_YEARS} years); empty when the text
     *     is not a date OFAC writes
     */
    static List<String> parse(String text) {
        if (text == null) {
            return List.of();
        }
        String t = text.strip().replaceAll("\\s+", " ");
        t = CIRCA.matcher(t).replaceFirst("");
        if (t.endsWith(".")) {
            t = t.substring(0, t.length() - 1).strip();
        }
        if (t.isEmpty()) {
            return List.of();
        }
        Matcher years = YEAR_DASH_YEAR.matcher(t);
        if (years.matches()) {
            return span(
                    LocalDate.of(Integer.parseInt(years.group(1)), 1, 1),
                    LocalDate.of(Integer.parseInt(years.group(2)), 12, 31));
        }
        String[] ends = TO.split(t, -1);
        if (ends.length > 2) {
            return List.of();
        }
        LocalDate[] from = bounds(ends[0].strip());
        LocalDate[] to = ends.length == 2 ? bounds(ends[1].strip()) : from;
        if (from == null || to == null || to[1].isBefore(from[0])) {
            return List.of();
        }
        return span(from[0], to[1]);
    }

    /**
     * The FtM dates of a period known to lie between two days (inclusive), as OFAC's Enhanced XML
     * gives them ({@code fromDateBegin} … {@code toDateEnd}).
     *
     * @return one full date when both days are equal, a month or a year when the period is
     *     exactly or within one, else every year it touches (only the two ends beyond
     *     {@value #MAX_YEARS} years); empty when {@code latest} is before {@code earliest}
     */
    static List<String> span(LocalDate earliest, LocalDate latest) {
        if (latest.isBefore(earliest)) {
            return List.of();
        }
        if (earliest.equals(latest)) {
            return List.of(earliest.toString());
        }
        if (earliest.getYear() == latest.getYear()) {
            // Both ends in one month (or one year): that month (or year) is all the text says for sure.
            return earliest.getMonth() == latest.getMonth()
                    ? List.of(YearMonth.from(earliest).toString())
                    : List.of(year(earliest.getYear()));
        }
        int first = earliest.getYear();
        int last = latest.getYear();
        if (last - first + 1 > MAX_YEARS) {
            return List.of(year(first), year(last));
        }
        List<String> out = new ArrayList<>();
        for (int y = first; y <= last; y++) {
            out.add(year(y));
        }
        return out;
    }

    /** The first and last possible day of one date text, or null when it is not one. */
    private static LocalDate[] bounds(String text) {
        try {
            Matcher m = DAY_MONTH_YEAR.matcher(text);
            if (m.matches()) {
                Integer month = MONTHS.get(m.group(2).toLowerCase(Locale.ROOT));
                if (month == null) {
                    return null;
                }
                LocalDate d = LocalDate.of(Integer.parseInt(m.group(3)), month, Integer.parseInt(m.group(1)));
                return plausible(d, d);
            }
            m = MONTH_YEAR.matcher(text);
            if (m.matches()) {
                Integer month = MONTHS.get(m.group(1).toLowerCase(Locale.ROOT));
                if (month == null) {
                    return null;
                }
                YearMonth ym = YearMonth.of(Integer.parseInt(m.group(2)), month);
                return plausible(ym.atDay(1), ym.atEndOfMonth());
            }
            if (YEAR.matcher(text).matches()) {
                int y = Integer.parseInt(text);
                return plausible(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31));
            }
            m = ISO_DATE.matcher(text);
            if (m.matches()) {
                LocalDate d = LocalDate.parse(text);
                return plausible(d, d);
            }
        } catch (DateTimeException e) {
            return null;
        }
        return null;
    }

    private static LocalDate[] plausible(LocalDate earliest, LocalDate latest) {
        return earliest.getYear() < 1000 || latest.getYear() > 2999 ? null : new LocalDate[] {earliest, latest};
    }

    private static String year(int y) {
        return String.format(Locale.ROOT, "%04d", y);
    }

    private static Map<String, Integer> months() {
        String[] names = {
            "january", "february", "march", "april", "may", "june",
            "july", "august", "september", "october", "november", "december"
        };
        Map<String, Integer> m = new HashMap<>();
        for (int i = 0; i < names.length; i++) {
            m.put(names[i], i + 1);
            m.put(names[i].substring(0, 3), i + 1);
        }
        m.put("sept", 9);
        return Map.copyOf(m);
    }
}
