package org.armswatch.lists;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.armswatch.model.Text;

/**
 * The date shapes OFAC writes in its classic XML and legacy CSV ({@code dateOfBirth}, remarks
 * {@code DOB}, {@code Organization Established Date}): {@code 1962}, {@code 04 Apr 1960},
 * {@code Apr 1960}, {@code circa 1957}, {@code circa 07 Jul 1966}, {@code 1951 to 1953},
 * {@code circa 1979-1982}, {@code Mar 1962 to Feb 1963}, {@code 01 Jan 1961 to 31 Dec 1962},
 * {@code 21 Mar 1965 to 20 Mar 1966}.
 *
 * <p>Results are FtM date strings that keep the precision given ({@code 1962}, {@code 1960-04},
 * {@code 1960-04-04}); no day or month is invented. "circa" is dropped. A range becomes every value
 * of the range at its precision, at most {@value #MAX_VALUES} values: a longer month range falls back
 * to its years, a longer year range to its two ends. A range of days that is whole years or whole
 * months becomes those years or months; any other range of days becomes the years it touches.
 */
final class OfacDates {
    static final int MAX_VALUES = 20;

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1),
            Map.entry("feb", 2),
            Map.entry("mar", 3),
            Map.entry("apr", 4),
            Map.entry("may", 5),
            Map.entry("jun", 6),
            Map.entry("jul", 7),
            Map.entry("aug", 8),
            Map.entry("sep", 9),
            Map.entry("sept", 9),
            Map.entry("oct", 10),
            Map.entry("nov", 11),
            Map.entry("dec", 12));
    private static final Pattern SINGLE = Pattern.compile("(?:(\\d{1,2})\\s+)?(?:([A-Za-z]{3,4})\\.?\\s+)?(\\d{4})");
    private static final Pattern DASHED_YEARS = Pattern.compile("(\\d{4})\\s*-\\s*(\\d{4})");
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");

    private OfacDates() {}

    /** A date read at the precision the text gives: a year, a month or a day. */
    private record Point(int year, int month, int day) {
        int precision() {
            return day > 0 ? 3 : month > 0 ? 2 : 1;
        }

        String format() {
            return switch (precision()) {
                case 3 -> LocalDate.of(year, month, day).toString();
                case 2 -> YearMonth.of(year, month).toString();
                default -> Integer.toString(year);
            };
        }
    }

    /**
     * Parses one OFAC date text.
     *
     * @return the FtM date values, or empty when the text is not one of the known shapes
     */
    static Optional<List<String>> parse(String text) {
        String t = Text.clean(text).toLowerCase(Locale.ROOT);
        if (t.startsWith("circa ")) {
            t = t.substring(6).trim();
        } else if (t.startsWith("approximately ")) {
            t = t.substring(14).trim();
        }
        if (t.isEmpty()) {
            return Optional.empty();
        }
        Matcher dashed = DASHED_YEARS.matcher(t);
        if (dashed.matches()) {
            return Optional.of(years(Integer.parseInt(dashed.group(1)), Integer.parseInt(dashed.group(2))));
        }
        int to = t.indexOf(" to ");
        if (to >= 0) {
            Point from = point(t.substring(0, to).trim());
            Point end = point(t.substring(to + 4).trim());
            if (from == null || end == null || from.precision() != end.precision() || !before(from, end)) {
                return Optional.empty();
            }
            return Optional.of(range(from, end));
        }
        Point p = point(t);
        return p == null ? Optional.empty() : Optional.of(List.of(p.format()));
    }

    private static Point point(String t) {
        Matcher iso = ISO.matcher(t);
        if (iso.matches()) {
            return valid(
                    Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)), Integer.parseInt(iso.group(3)));
        }
        Matcher m = SINGLE.matcher(t);
        if (!m.matches()) {
            return null;
        }
        int year = Integer.parseInt(m.group(3));
        if (m.group(2) == null) {
            return m.group(1) == null ? new Point(year, 0, 0) : null;
        }
        Integer month = MONTHS.get(m.group(2));
        if (month == null) {
            return null;
        }
        return m.group(1) == null ? new Point(year, month, 0) : valid(year, month, Integer.parseInt(m.group(1)));
    }

    private static Point valid(int year, int month, int day) {
        try {
            LocalDate.of(year, month, day);
            return new Point(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static boolean before(Point a, Point b) {
        return a.year * 10000 + a.month * 100 + a.day <= b.year * 10000 + b.month * 100 + b.day;
    }

    private static List<String> range(Point from, Point to) {
        switch (from.precision()) {
            case 1 -> {
                return years(from.year, to.year);
            }
            case 2 -> {
                return months(YearMonth.of(from.year, from.month), YearMonth.of(to.year, to.month));
            }
            default -> {
                LocalDate a = LocalDate.of(from.year, from.month, from.day);
                LocalDate b = LocalDate.of(to.year, to.month, to.day);
                if (a.getDayOfYear() == 1 && b.getDayOfYear() == b.lengthOfYear()) {
                    return years(a.getYear(), b.getYear());
                }
                if (a.getDayOfMonth() == 1 && b.getDayOfMonth() == b.lengthOfMonth()) {
                    return months(YearMonth.from(a), YearMonth.from(b));
                }
                if (a.equals(b)) {
                    return List.of(a.toString());
                }
                return years(a.getYear(), b.getYear());
            }
        }
    }

    private static List<String> months(YearMonth from, YearMonth to) {
        List<String> out = new ArrayList<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            if (out.size() == MAX_VALUES) {
                return years(from.getYear(), to.getYear());
            }
            out.add(m.toString());
        }
        return out;
    }

    private static List<String> years(int from, int to) {
        int lo = Math.min(from, to);
        int hi = Math.max(from, to);
        if (hi - lo + 1 > MAX_VALUES) {
            return List.of(Integer.toString(lo), Integer.toString(hi));
        }
        List<String> out = new ArrayList<>();
        for (int y = lo; y <= hi; y++) {
            out.add(Integer.toString(y));
        }
        return out;
    }
}
