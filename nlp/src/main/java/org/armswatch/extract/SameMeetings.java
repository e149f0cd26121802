package org.armswatch.extract;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.armswatch.extract.eval.Meeting;

/**
 * Joins the mentions of one meeting that an article tells more than once ("an upcoming summit
 * between Putin and Kim" … "a potential meeting with Kim") into one meeting, told by its most
 * informative sentence; and dates a month named without its year by the article's date.
 */
final class SameMeetings {
    private static final Pattern STATE = Pattern.compile("[A-Z]{3}");
    private static final Pattern YEARLESS = Pattern.compile("XXXX-(\\d{2})(-\\d{2})?");

    private SameMeetings() {}

    /**
     * The distinct meetings of an article, in the order they are first told.
     *
     * <p>Two mentions tell one meeting when they have the same status, the people of one are all
     * among the people of the other (or, naming no people, they name the same states), and their
     * dates agree: one is the other or a part of it, or one is undated and the other within a year
     * of the article's date (an undated meeting is taken to be recent; without the article's date, an
     * undated and a dated mention are two meetings). The meeting kept is the one
     * naming the most people, then a place, then a date; the others lend it a missing place or date.
     *
     * @param published the article's date, or null when unknown
     */
    static List<Meeting> distinct(List<Meeting> told, LocalDate published) {
        List<List<Meeting>> groups = new ArrayList<>();
        for (Meeting raw : told) {
            Meeting m = dated(raw, published);
            List<Meeting> group = groups.stream()
                    .filter(g -> g.stream().allMatch(e -> same(e, m, published)))
                    .findFirst()
                    .orElse(null);
            if (group == null) {
                groups.add(new ArrayList<>(List.of(m)));
            } else {
                group.add(m);
            }
        }
        List<Meeting> out = new ArrayList<>();
        for (List<Meeting> group : groups) {
            Meeting best = group.stream()
                    .max(Comparator.comparingInt((Meeting m) -> people(m).size())
                            .thenComparing(m -> m.place() != null)
                            .thenComparing(m -> m.when() != null)
                            .thenComparing(m -> -group.indexOf(m)))
                    .orElseThrow();
            String place = best.place();
            String when = best.when();
            for (Meeting m : group) {
                place = place != null ? place : m.place();
                when = when != null ? when : m.when();
            }
            out.add(new Meeting(best.participants(), place, when, best.status(), best.evidence(), best.optional()));
        }
        return out;
    }

    private static boolean same(Meeting a, Meeting b, LocalDate published) {
        if (!a.status().equals(b.status()) || !datesAgree(a.when(), b.when(), published)) {
            return false;
        }
        Set<String> pa = people(a);
        Set<String> pb = people(b);
        if (pa.isEmpty() || pb.isEmpty()) {
            return pa.isEmpty() && pb.isEmpty() && Set.copyOf(a.participants()).equals(Set.copyOf(b.participants()));
        }
        return pa.containsAll(pb) || pb.containsAll(pa);
    }

    private static boolean datesAgree(String a, String b, LocalDate published) {
        if (a == null && b == null) {
            return true;
        }
        if (a != null && b != null) {
            return a.startsWith(b) || b.startsWith(a);
        }
        if (published == null) {
            return false;
        }
        String known = a != null ? a : b;
        YearMonth at = YearMonth.of(
                Integer.parseInt(known.substring(0, 4)),
                known.length() >= 7 ? Integer.parseInt(known.substring(5, 7)) : published.getMonthValue());
        YearMonth now = YearMonth.from(published);
        return !at.isBefore(now.minusYears(1)) && !at.isAfter(now.plusYears(1));
    }

    private static Set<String> people(Meeting m) {
        Set<String> out = new HashSet<>();
        for (String p : m.participants()) {
            if (!STATE.matcher(p).matches()) {
                out.add(p);
            }
        }
        return out;
    }

    // "XXXX-07" (July, year unsaid): the latest July not after the article's date; unknown without one.
    private static Meeting dated(Meeting m, LocalDate published) {
        if (m.when() == null) {
            return m;
        }
        Matcher yearless = YEARLESS.matcher(m.when());
        if (!yearless.matches()) {
            return m;
        }
        String when = null;
        if (published != null) {
            int month = Integer.parseInt(yearless.group(1));
            int year = month <= published.getMonthValue() ? published.getYear() : published.getYear() - 1;
            when = year + m.when().substring(4);
        }
        return new Meeting(m.participants(), m.place(), when, m.status(), m.evidence(), m.optional());
    }
}
