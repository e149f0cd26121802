package org.armswatch.lists;

import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the date of a list version: the publisher's date in the file, else the date the user
 * gave, else the download's Last-Modified, else a date in the file's or its folder's name (as
 * publishers name exports: {@code sdn_2024-05-03.csv}, {@code FCDO_SL_Mon_Aug_11_2025.ods}), else
 * the time of loading, with a warning.
 */
public final class VersionDates {
    private static final Pattern ISO_DAY = Pattern.compile("(?<!\\d)(\\d{4})-(\\d{2})-(\\d{2})(?!\\d)");
    private static final Pattern COMPACT_DAY = Pattern.compile("(?<!\\d)(\\d{4})(\\d{2})(\\d{2})(?!\\d)");
    private static final Pattern MONTH_NAME_DAY = Pattern.compile(
            "(?i)(?<![a-z])(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*[ _.-]+(\\d{1,2})[ _.,-]+(\\d{4})(?!\\d)");
    private static final Pattern ISO_MONTH = Pattern.compile("(?<!\\d)(?<!\\d-)(\\d{4})-(\\d{2})(?![\\d-])");
    private static final List<String> MONTHS =
            List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");

    private VersionDates() {}

    /** A version's date and where it came from; {@code warning} says when it had to be guessed. */
    public record Dated(Instant date, DateBasis basis, Optional<String> warning) {}

    public static Dated resolve(
            ListData data, Path file, Optional<LocalDate> option, Optional<Instant> lastModified, Instant now) {
        if (data.publishedAt().isPresent()) {
            return new Dated(data.publishedAt().get(), DateBasis.PUBLISHER, Optional.empty());
        }
        if (option.isPresent()) {
            return new Dated(startOfDay(option.get()), DateBasis.OPTION, Optional.empty());
        }
        if (lastModified.isPresent()) {
            return new Dated(lastModified.get(), DateBasis.LAST_MODIFIED, Optional.empty());
        }
        Optional<LocalDate> named = fromName(file.getFileName().toString());
        String from = "its name";
        if (named.isEmpty() && file.getParent() != null && file.getParent().getFileName() != null) {
            named = fromName(file.getParent().getFileName().toString());
            from = "the name of its folder " + file.getParent().getFileName();
        }
        if (named.isPresent()) {
            return new Dated(
                    startOfDay(named.get()),
                    DateBasis.FILE_NAME,
                    Optional.of(file.getFileName() + " carries no date: took " + named.get() + " from " + from
                            + " (give --date to set it)"));
        }
        return new Dated(
                now,
                DateBasis.LOAD_TIME,
                Optional.of(file.getFileName()
                        + " carries no date: dated it now, at loading (give --date with the publisher's date)"));
    }

    /** A date written in a file or folder name, if one is there. */
    public static Optional<LocalDate> fromName(String name) {
        Matcher m = ISO_DAY.matcher(name);
        if (m.find()) {
            return date(m.group(1), m.group(2), m.group(3));
        }
        m = MONTH_NAME_DAY.matcher(name);
        if (m.find()) {
            int month = MONTHS.indexOf(m.group(1).toLowerCase(Locale.ROOT)) + 1;
            return date(m.group(3), Integer.toString(month), m.group(2));
        }
        m = COMPACT_DAY.matcher(name);
        if (m.find()) {
            return date(m.group(1), m.group(2), m.group(3));
        }
        m = ISO_MONTH.matcher(name);
        if (m.find()) {
            return date(m.group(1), m.group(2), "1");
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> date(String y, String m, String d) {
        int year = Integer.parseInt(y);
        if (year < 1990 || year > 2100) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(year, Integer.parseInt(m), Integer.parseInt(d)));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static Instant startOfDay(LocalDate d) {
        return d.atStartOfDay().toInstant(ZoneOffset.UTC);
    }
}
