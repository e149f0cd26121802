package org.armswatch.screen;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The brute-force baseline that screening tools without an index use (OFAC's Sanctions List
 * Search, Moov watchman): the Jaro-Winkler similarity of the query against every listed name,
 * best first. Names are folded by the same {@link NameNormalizer#fold} as the index uses, and
 * compared whole. Not used for screening; benchmarks compare the index with it.
 *
 * <p>Immutable after {@link #build}; {@link #search} is thread-safe.
 */
public final class JaroWinklerScan {
    private final List<ListedEntry> entries;
    private final String[] folded;
    private final int[] nameEntry;
    private final NameNormalizer normalizer;

    /** One result: an entry, the name of it that scored best and the similarity. */
    public record Hit(ListedEntry entry, String name, double similarity) {}

    private JaroWinklerScan(List<ListedEntry> entries, String[] folded, int[] nameEntry, NameNormalizer normalizer) {
        this.entries = entries;
        this.folded = folded;
        this.nameEntry = nameEntry;
        this.normalizer = normalizer;
    }

    /** Folds every name of the entries (in parallel). */
    public static JaroWinklerScan build(Collection<ListedEntry> entries, NameNormalizer normalizer) {
        List<ListedEntry> list = List.copyOf(entries);
        List<String> raw = new ArrayList<>();
        IntList owner = new IntList();
        for (int e = 0; e < list.size(); e++) {
            for (ListedEntry.ListedName n : list.get(e).names()) {
                raw.add(n.text());
                owner.add(e);
            }
        }
        String[] folded = new String[raw.size()];
        IntStream.range(0, folded.length).parallel().forEach(i -> folded[i] = normalizer.fold(raw.get(i)));
        return new JaroWinklerScan(list, folded, owner.toArray(), normalizer);
    }

    /** The number of names compared with each query. */
    public int names() {
        return folded.length;
    }

    /** The {@code limit} names most similar to the query, best first, ties in index order. */
    public List<Hit> search(String query, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, got " + limit);
        }
        String q = normalizer.fold(query);
        // A min-heap of the best so far: heapScore[0] is the worst kept.
        double[] heapScore = new double[limit];
        int[] heapName = new int[limit];
        int size = 0;
        for (int i = 0; i < folded.length; i++) {
            double s = folded[i].isEmpty() || q.isEmpty() ? 0 : JaroWinkler.similarity(q, folded[i]);
            if (size < limit) {
                heapScore[size] = s;
                heapName[size] = i;
                siftUp(heapScore, heapName, size++);
            } else if (better(s, i, heapScore[0], heapName[0])) {
                heapScore[0] = s;
                heapName[0] = i;
                siftDown(heapScore, heapName, size);
            }
        }
        List<Hit> hits = new ArrayList<>(size);
        while (size > 0) {
            int name = heapName[0];
            hits.add(new Hit(entries.get(nameEntry[name]), folded[name], heapScore[0]));
            heapScore[0] = heapScore[--size];
            heapName[0] = heapName[size];
            siftDown(heapScore, heapName, size);
        }
        return hits.reversed();
    }

    // Whether (s, i) ranks above (t, j): higher similarity, then the earlier name.
    private static boolean better(double s, int i, double t, int j) {
        return s > t || (s == t && i < j);
    }

    private static void siftUp(double[] score, int[] name, int at) {
        while (at > 0) {
            int parent = (at - 1) / 2;
            if (better(score[parent], name[parent], score[at], name[at])) {
                swap(score, name, parent, at);
                at = parent;
            } else {
                return;
            }
        }
    }

    private static void siftDown(double[] score, int[] name, int size) {
        int at = 0;
        while (true) {
            int l = 2 * at + 1;
            int r = l + 1;
            int worst = at;
            if (l < size && better(score[worst], name[worst], score[l], name[l])) {
                worst = l;
            }
            if (r < size && better(score[worst], name[worst], score[r], name[r])) {
                worst = r;
            }
            if (worst == at) {
                return;
            }
            swap(score, name, at, worst);
            at = worst;
        }
    }

    private static void swap(double[] score, int[] name, int a, int b) {
        double s = score[a];
        score[a] = score[b];
        score[b] = s;
        int n = name[a];
        name[a] = name[b];
        name[b] = n;
    }
}
