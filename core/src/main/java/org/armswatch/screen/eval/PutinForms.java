package org.armswatch.screen.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.armswatch.screen.ListedEntry;
import org.armswatch.screen.MatchIndex;
import org.armswatch.screen.NameNormalizer;
import org.armswatch.screen.ScreeningQuery;
import org.armswatch.screen.ScreeningResult;

/**
 * One person's name in many forms (scripts, languages, orders, titles), each screened against
 * every list: how often the first candidate is an entry of that person, and how often it is also
 * a match at the threshold. An entry is the person's when one of its names or its caption folds
 * to tokens that include every given token ({@code vladimir} and {@code putin}).
 */
public final class PutinForms {
    /** Vladimir Putin's name tokens as the normaliser folds them. */
    public static final List<String> PUTIN = List.of("vladimir", "putin");

    private PutinForms() {}

    /** One form and its first candidate. */
    public record Form(
            long line, String form, String firstId, String firstCaption, double score, boolean person, boolean match) {}

    /**
     * The outcome.
     *
     * @param forms forms screened
     * @param first forms whose first candidate is the person
     * @param matched forms whose first candidate is the person and a match at the threshold
     * @param entries the person's entries in the index
     * @param results every form
     */
    public record Result(
            double threshold, int forms, int first, int matched, List<String> entries, List<Form> results) {
        public Result {
            entries = List.copyOf(entries);
            results = List.copyOf(results);
        }

        public double firstRate() {
            return Metrics.ratio(first, forms);
        }

        public double matchRate() {
            return Metrics.ratio(matched, forms);
        }
    }

    /** The non-blank lines of a file, each with its line number. */
    public static List<Numbered> readForms(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new EvalDataException(file + ": cannot read: " + e.getMessage(), e);
        }
        List<Numbered> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String s = lines.get(i).strip();
            if (!s.isEmpty()) {
                out.add(new Numbered(i + 1, s));
            }
        }
        return out;
    }

    /** A line of text and its number. */
    public record Numbered(long line, String text) {}

    /** Whether an entry is the person whose folded tokens are given. */
    public static boolean isPerson(ListedEntry e, List<String> tokens, NameNormalizer normalizer) {
        if (has(normalizer.fold(e.caption()), tokens)) {
            return true;
        }
        return e.names().stream().anyMatch(n -> has(normalizer.fold(n.text()), tokens));
    }

    private static boolean has(String folded, List<String> tokens) {
        return Set.copyOf(Arrays.asList(folded.split(" "))).containsAll(tokens);
    }

    /** Screens every form. */
    public static Result run(
            List<Numbered> forms, List<String> tokens, List<ListedEntry> entries, MatchIndex index, double threshold) {
        NameNormalizer normalizer = index.normalizer();
        List<String> persons = entries.stream()
                .filter(e -> isPerson(e, tokens, normalizer))
                .map(ListedEntry::id)
                .distinct()
                .toList();
        Set<String> ids = Set.copyOf(persons);
        MatchIndex.Options options = new MatchIndex.Options(threshold, 1, Set.of());
        List<Form> results = forms.parallelStream()
                .map(f -> {
                    List<ScreeningResult> r = UnPositives.search(index, ScreeningQuery.name(f.text()), options);
                    if (r.isEmpty()) {
                        return new Form(f.line(), f.text(), "", "", 0, false, false);
                    }
                    ScreeningResult b = r.get(0);
                    boolean person = ids.contains(b.entry().id());
                    return new Form(
                            f.line(),
                            f.text(),
                            b.entry().id(),
                            b.entry().caption(),
                            b.score(),
                            person,
                            person && b.match());
                })
                .toList();
        int first = (int) results.stream().filter(Form::person).count();
        int matched = (int) results.stream().filter(Form::match).count();
        return new Result(threshold, forms.size(), first, matched, persons, results);
    }
}
