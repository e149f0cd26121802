package org.armswatch.screen.bench;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The name parts a synthetic registry is made of: the common forenames and surnames of each
 * country, most common first ({@code names/common-*-by-country.csv}), and the first, middle and
 * last names of the synthetic negatives ({@code namematch/yente_negatives_*.csv}), with their
 * repetitions, so that drawing from them reproduces their frequencies.
 *
 * @param forenames romanised forenames by country, in the order of the source (most common first)
 * @param surnames romanised surnames by country, by rank
 * @param localForenames the same forenames in their own script, index for index
 * @param localSurnames the same surnames in their own script, index for index
 * @param firstNames first names of the negatives, one per record
 * @param middleNames middle names of the negatives, one per record that has one
 * @param lastNames last names of the negatives, one per record
 * @param negatives the full names of the negatives, as queries that should find nothing
 */
public record NamePools(
        Map<String, List<String>> forenames,
        Map<String, List<String>> surnames,
        Map<String, List<String>> localForenames,
        Map<String, List<String>> localSurnames,
        List<String> firstNames,
        List<String> middleNames,
        List<String> lastNames,
        List<String> negatives) {

    /** The files under {@code data}: {@code names/} and {@code namematch/}. */
    public static NamePools read(Path data) throws IOException {
        Map<String, List<String>> forenames = new LinkedHashMap<>();
        Map<String, List<String>> localForenames = new LinkedHashMap<>();
        for (CSVRecord r : records(data.resolve("names/common-forenames-by-country.csv"))) {
            add(forenames, localForenames, r.get("Country"), r.get("Romanized Name"), r.get("Localized Name"));
        }
        Map<String, List<String>> surnames = new LinkedHashMap<>();
        Map<String, List<String>> localSurnames = new LinkedHashMap<>();
        for (CSVRecord r : records(data.resolve("names/common-surnames-by-country.csv"))) {
            add(surnames, localSurnames, r.get("Country"), r.get("Romanized Name"), r.get("Localized Name"));
        }
        List<String> first = new ArrayList<>();
        List<String> middle = new ArrayList<>();
        List<String> last = new ArrayList<>();
        List<String> negatives = new ArrayList<>();
        for (String file : List.of("namematch/yente_negatives_global.csv", "namematch/yente_negatives_us.csv")) {
            for (CSVRecord r : records(data.resolve(file))) {
                addIfPresent(first, r.get("first_name"));
                addIfPresent(middle, r.get("middle_name"));
                addIfPresent(last, r.get("last_name"));
                addIfPresent(negatives, r.get("full_name"));
            }
        }
        return new NamePools(forenames, surnames, localForenames, localSurnames, first, middle, last, negatives);
    }

    private static void add(
            Map<String, List<String>> romanised,
            Map<String, List<String>> local,
            String country,
            String roman,
            String localised) {
        String r = roman.strip();
        String l = localised.strip();
        if (r.isEmpty() && l.isEmpty()) {
            return;
        }
        romanised.computeIfAbsent(country, k -> new ArrayList<>()).add(r.isEmpty() ? l : r);
        local.computeIfAbsent(country, k -> new ArrayList<>()).add(l.isEmpty() ? r : l);
    }

    private static void addIfPresent(List<String> list, String value) {
        String v = value.strip();
        if (!v.isEmpty()) {
            list.add(v);
        }
    }

    private static List<CSVRecord> records(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get();
        try (Reader reader = new java.io.StringReader(text)) {
            return format.parse(reader).getRecords();
        }
    }
}
