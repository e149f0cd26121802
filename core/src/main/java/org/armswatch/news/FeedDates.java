package org.armswatch.news;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The dates of feeds: RFC 822 (RSS) and ISO 8601 / RFC 3339 (Atom, Dublin Core), as feeds really write them. */
final class FeedDates {
    private static final Pattern RFC_822 = Pattern.compile(
            "(?:[a-z]+\\.?,?\\s*)?(\\d{1,2})[\\s-]+([a-z]{3,9})\\.?,?[\\s-]+"
                    + "(\\d{4}|\\d{2})(?:,?\\s+(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:\\.\\d+)?)?)?\\s*([+-]\\d{2}:?\\d{2}|[a-z]{1,5})?"
                    + "(?:\\s*\\([^)]*\\))?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ISO_8601 = Pattern.compile(
            "(\\d{4})-(\\d{2})-(\\d{2})(?:(?:t|\\s+)(\\d{2}):(\\d{2})"
                    + "(?::(\\d{2})(?:[.,](\\d{1,9})\\d*)?)?\\s*(z|[+-]\\d{2}(?::?\\d{2})?)?)?",
            Pattern.CASE_INSENSITIVE);
    private static final List<String> MONTHS = Arrays.stream(Month.values())
            .map(m -> m.name().toLowerCase(Locale.ROOT))
            .toList();
    private static final Map<String, Integer> ZONE_HOURS = Map.ofEntries(
            Map.entry("z", 0),
            Map.entry("ut", 0),
            Map.entry("utc", 0),
            Map.entry("gmt", 0),
            Map.entry("est", -5),
            Map.entry("edt", -4),
            Map.entry("cst", -6),
            Map.entry("cdt", -5),
            Map.entry("mst", -7),
            Map.entry("mdt", -6),
            Map.entry("pst", -8),
            Map.entry("pdt", -7),
            Map.entry("cet", 1),
            Map.entry("cest", 2));

    private FeedDates() {}

    /**
     * The instant that {@code text} names, or {@code null} when it is {@code null}, empty or not a date in a
     * known form. Accepted: RFC 822 and its successors (1123, 2822) with or without the weekday, a day of one or
     * two digits, the month's abbreviation or full name, a year of four digits or two (00 to 49 meaning 20xx,
     * 50 to 99 19xx), with or without seconds, a numeric offset with or without a colon or one of the zones
     * UT, UTC, GMT, Z, EST, EDT, CST, CDT, MST, MDT, PST, PDT, CET, CEST (a date without a zone, or without a
     * time, is taken as UTC); ISO 8601 / RFC 3339 date-times with {@code T} or a space, with or without seconds,
     * fraction and offset ({@code Z}, {@code +hh}, {@code +hhmm}, {@code +hh:mm}), and plain dates (midnight
     * UTC). The weekday is not checked against the date.
     */
    static Instant parse(String text) {
        if (text == null) {
            return null;
        }
        String s = text.strip();
        try {
            Matcher iso = ISO_8601.matcher(s);
            if (iso.matches()) {
                return iso(iso);
            }
            Matcher rfc = RFC_822.matcher(s);
            if (rfc.matches()) {
                return rfc822(rfc);
            }
        } catch (DateTimeException e) {
            return null;
        }
        return null;
    }

    private static Instant iso(Matcher m) {
        String fraction = m.group(7) == null ? "" : m.group(7);
        int nanos = fraction.isEmpty() ? 0 : Integer.parseInt((fraction + "00000000").substring(0, 9));
        LocalDateTime local = LocalDateTime.of(
                number(m.group(1)),
                number(m.group(2)),
                number(m.group(3)),
                number(m.group(4)),
                number(m.group(5)),
                number(m.group(6)),
                nanos);
        ZoneOffset offset = m.group(8) == null ? ZoneOffset.UTC : offset(m.group(8));
        return offset == null ? null : local.toInstant(offset);
    }

    private static Instant rfc822(Matcher m) {
        int month = month(m.group(2));
        if (month == 0) {
            return null;
        }
        int year = number(m.group(3));
        if (m.group(3).length() == 2) {
            year += year < 50 ? 2000 : 1900;
        }
        LocalDateTime local = LocalDateTime.of(
                year, month, number(m.group(1)), number(m.group(4)), number(m.group(5)), number(m.group(6)));
        ZoneOffset offset = m.group(7) == null ? ZoneOffset.UTC : offset(m.group(7));
        return offset == null ? null : local.toInstant(offset);
    }

    private static int number(String digits) {
        return digits == null ? 0 : Integer.parseInt(digits);
    }

    /** The month 1 to 12 of an English name or abbreviation (such as "Sep" or "Sept"), else 0. */
    private static int month(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (int i = 0; i < MONTHS.size(); i++) {
            if (MONTHS.get(i).startsWith(lower)) {
                return i + 1;
            }
        }
        return 0;
    }

    /** The offset of a numeric zone ({@code +hh}, {@code +hhmm}, {@code +hh:mm}) or a known name, else null. */
    private static ZoneOffset offset(String zone) {
        char sign = zone.charAt(0);
        if (sign == '+' || sign == '-') {
            String digits = zone.substring(1).replace(":", "");
            int hours = Integer.parseInt(digits.substring(0, 2));
            int minutes = digits.length() > 2 ? Integer.parseInt(digits.substring(2)) : 0;
            return sign == '+'
                    ? ZoneOffset.ofHoursMinutes(hours, minutes)
                    : ZoneOffset.ofHoursMinutes(-hours, -minutes);
        }
        Integer hours = ZONE_HOURS.get(zone.toLowerCase(Locale.ROOT));
        return hours == null ? null : ZoneOffset.ofHours(hours);
    }
}
