package org.armswatch.screen.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.armswatch.screen.ListedEntry;
import org.armswatch.screen.MatchIndex;
import org.armswatch.screen.NameMatcher;
import org.armswatch.screen.NameNormalizer;

/**
 * The screening quality harness over a data folder laid out as {@code shared/data}: the lists
 * under it (the newest version of each source, read with the standard readers, no store) and
 * the labelled sets under {@code namematch/}. One method per benchmark, each returning its
 * figures; nothing is printed. Indexes are built once, on first use.
 */
public final class ScreeningEval {
    /** The labelled pairs. */
    public static final String NAME_BENCH = "namematch/nomenklatura_name_bench_cases.csv";
    /** logic-v2's frozen scores on them. */
    public static final String NAME_BENCH_REFERENCE = "namematch/nomenklatura_name_bench_logicv2-frozen.csv";
    /** The threshold logic-v2 was run at. */
    public static final double REFERENCE_THRESHOLD = 0.70;

    public static final String UN_UNTREATED = "namematch/yente_positives_un_untreated.csv";
    public static final String UN_TREATED = "namematch/yente_positives_un_treated.csv";
    public static final String NEGATIVES_GLOBAL = "namematch/yente_negatives_global.csv";
    public static final String NEGATIVES_US = "namematch/yente_negatives_us.csv";
    public static final String US_CONGRESS = "namematch/yente_positives_us_congress_untreated.csv";
    public static final String PUTIN_FORMS = "namematch/rigour_putin_names.txt";
    /** The source name of the UN list. */
    public static final String UN_SOURCE = "un";

    private final Path data;
    private EvalLists.Loaded lists;
    private MatchIndex allIndex;
    private MatchIndex unIndex;

    private ScreeningEval(Path data) {
        this.data = data;
    }

    /**
     * A harness over a data folder.
     *
     * @throws EvalDataException when the folder or its {@code namematch} folder is missing
     */
    public static ScreeningEval of(Path data) {
        if (!Files.isDirectory(data)) {
            throw new EvalDataException(data + ": no such folder");
        }
        if (!Files.isDirectory(data.resolve("namematch"))) {
            throw new EvalDataException(data + ": no namematch folder with the labelled sets in it");
        }
        return new ScreeningEval(data);
    }

    /** The lists read from the folder (read on first use). */
    public synchronized EvalLists.Loaded lists() {
        if (lists == null) {
            lists = EvalLists.newest(data);
        }
        return lists;
    }

    /** An index over every list of the folder. */
    public synchronized MatchIndex allLists() {
        if (allIndex == null) {
            allIndex = MatchIndex.build(lists().entries(), NameNormalizer.standard());
        }
        return allIndex;
    }

    /** The newest UN list's entries. */
    public List<ListedEntry> unEntries() {
        List<ListedEntry> un = lists().entries().stream()
                .filter(e -> e.source().equals(UN_SOURCE))
                .toList();
        if (un.isEmpty()) {
            throw new EvalDataException(data + ": no UN consolidated list among the lists");
        }
        return un;
    }

    /** An index over the newest UN list alone. */
    public synchronized MatchIndex unList() {
        if (unIndex == null) {
            unIndex = MatchIndex.build(unEntries(), NameNormalizer.standard());
        }
        return unIndex;
    }

    /** The pair matcher of the name benchmark: token weights by rarity in all the lists' names. */
    public NameMatcher pairMatcher() {
        return NameMatcher.of(allLists());
    }

    /** Benchmark 1: labelled name pairs, and logic-v2 on the pairs both files hold. */
    public NameBench.Result nameBench(double threshold) {
        return NameBench.run(
                NameBench.readCases(data.resolve(NAME_BENCH)),
                NameBench.readReference(data.resolve(NAME_BENCH_REFERENCE)),
                pairMatcher(),
                threshold,
                REFERENCE_THRESHOLD);
    }

    /** Benchmark 2: altered UN names screened against the UN list. */
    public UnPositives.Result unPositives(double threshold) {
        return UnPositives.run(
                PersonRecord.read(data.resolve(UN_UNTREATED)),
                PersonRecord.read(data.resolve(UN_TREATED)),
                unEntries(),
                unList(),
                threshold);
    }

    /** Benchmark 3: synthetic people on no list, screened against every list with birth date and nationality. */
    public List<Negatives.Result> negatives(double threshold) {
        MatchIndex index = allLists();
        return List.of(
                Negatives.run("global", PersonRecord.read(data.resolve(NEGATIVES_GLOBAL)), index, threshold, true),
                Negatives.run("us", PersonRecord.read(data.resolve(NEGATIVES_US)), index, threshold, true));
    }

    /** Benchmark 3b: members of the US Congress screened against every list. */
    public Negatives.Result congress(double threshold) {
        return Negatives.run("us-congress", PersonRecord.read(data.resolve(US_CONGRESS)), allLists(), threshold, true);
    }

    /** Benchmark 4: forms of Vladimir Putin's name screened against every list. */
    public PutinForms.Result putin(double threshold) {
        return PutinForms.run(
                PutinForms.readForms(data.resolve(PUTIN_FORMS)),
                PutinForms.PUTIN,
                lists().entries(),
                allLists(),
                threshold);
    }
}
