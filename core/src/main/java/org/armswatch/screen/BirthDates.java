package org.armswatch.screen;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Birth dates as lists and queries write them: FtM prefixes of ISO dates ({@code 1964},
 * {@code 1964-05}, {@code 1964-05-03}), often without padding ({@code 1962-8-20}) or with an
 * impossible day ({@code 1974-01-32}, kept as the month).
 */
public final class BirthDates {
    private static final Pattern DATE =
            Pattern.compile("\\s*(\\d{4})(?:[-/.](\\d{1,2})(?:[-/.](\\d{1,2}))?)?(?:[T ].*)?\\s*");

    private BirthDates() {}

    /** The date as an ISO prefix: year, year-month or year-month-day, as far as it is valid; empty if no year. */
    public static Optional<String> normalise(String date) {
        if (date == null) {
            return Optional.empty();
        }
        Matcher m = DATE.matcher(date);
        if (!m.matches()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(m.group(1));
        if (year < 1000) {
            return Optional.empty();
        }
        StringBuilder out = new StringBuilder(m.group(1));
        if (m.group(2) != null) {
            int month = Integer.parseInt(m.group(2));
            if (month >= 1 && month <= 12) {
                out.append('-').append(month < 10 ? "0" : "").append(month);
                if (m.group(3) != null) {
                    int day = Integer.parseInt(m.group(3));
                    if (day >= 1 && day <= java.time.YearMonth.of(year, month).lengthOfMonth()) {
                        out.append('-').append(day < 10 ? "0" : "").append(day);
                    }
                }
            }
        }
        return Optional.of(out.toString());
    }

    /**
     * Whether two dates may be the same day: one is a prefix of the other once normalised
     * ({@code 1964} and {@code 1964-05-03}), or one is a bare year at most one year from the
     * other's (publishers disagree by a year around New Year and for approximate dates).
     * Unreadable dates never agree.
     */
    public static boolean agree(String a, String b) {
        Optional<String> na = normalise(a);
        Optional<String> nb = normalise(b);
        if (na.isEmpty() || nb.isEmpty()) {
            return false;
        }
        String x = na.get();
        String y = nb.get();
        if (x.startsWith(y) || y.startsWith(x)) {
            return true;
        }
        int yx = Integer.parseInt(x.substring(0, 4));
        int yy = Integer.parseInt(y.substring(0, 4));
        return Math.abs(yx - yy) <= 1 && (x.length() == 4 || y.length() == 4);
    }
}
