package org.armswatch.extract;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.armswatch.extract.eval.Annotations;
import org.armswatch.extract.eval.GoldFiles;
import org.armswatch.extract.eval.GoldFormatException;

/** The seed reports with their gold annotations, annotated by the shared pipeline once per JVM. */
final class SeedReports {
    /**
     * One report.
     *
     * @param doc its file name
     * @param text its text as the file holds it
     * @param sentences its sentences, annotated
     * @param gold what the analyst read out of it
     */
    record Seed(String doc, String text, List<Sentence> sentences, Annotations gold) {}

    private static List<Seed> seeds;

    private SeedReports() {}

    /** The reports in file-name order. */
    static synchronized List<Seed> all() throws IOException, GoldFormatException {
        if (seeds == null) {
            Map<String, Annotations> gold = GoldFiles.readFolder(TestData.shared("gold"));
            List<Seed> read = new ArrayList<>();
            try (Stream<Path> files = Files.list(TestData.shared("seeds"))) {
                for (Path f : files.sorted().toList()) {
                    String doc = f.getFileName().toString();
                    String text = Files.readString(f);
                    read.add(new Seed(doc, text, Nlp.shared().annotate(text), gold.get(doc)));
                }
            }
            seeds = List.copyOf(read);
        }
        return seeds;
    }
}
