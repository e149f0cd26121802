package org.armswatch.screen.bench;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.armswatch.screen.ListedEntry;

/**
 * A synthetic registry of distinct person names, made deterministically from a seed, whose token
 * frequencies are skewed as in real registries: a few forenames and surnames are very common and
 * most are rare.
 *
 * <p>Each name is drawn one of two ways. Six in ten come from a country: a forename and a surname
 * of that country, each chosen with Zipf-distributed rank (the first-listed names most often), with
 * now and then a second forename, a second surname, a surname from another country, or the names
 * in their own script instead of romanised. Four in ten mix the first, middle and last names of
 * the synthetic negatives, drawn with their own frequencies. A name already drawn (compared case
 * folded) is drawn again.
 */
public final class SyntheticNames {
    private static final double ZIPF = 1.0;

    private final NamePools pools;
    private final List<String> countries;
    private final List<double[]> forenameCdf;
    private final List<double[]> surnameCdf;

    public SyntheticNames(NamePools pools) {
        this.pools = pools;
        this.countries = pools.forenames().keySet().stream()
                .filter(pools.surnames()::containsKey)
                .sorted()
                .toList();
        if (countries.isEmpty()
                || pools.firstNames().isEmpty()
                || pools.lastNames().isEmpty()) {
            throw new IllegalArgumentException("name pools without countries or negatives to draw from");
        }
        this.forenameCdf = new ArrayList<>();
        this.surnameCdf = new ArrayList<>();
        for (String c : countries) {
            forenameCdf.add(zipf(pools.forenames().get(c).size()));
            surnameCdf.add(zipf(pools.surnames().get(c).size()));
        }
    }

    /**
     * {@code n} distinct names, the same for the same pools, count and seed.
     *
     * @throws IllegalArgumentException when n is negative
     */
    public List<String> generate(int n, long seed) {
        if (n < 0) {
            throw new IllegalArgumentException("the number of names must not be negative, got " + n);
        }
        Random random = new Random(seed);
        Set<String> seen = new HashSet<>(Math.max(16, n * 2));
        List<String> names = new ArrayList<>(n);
        int attempts = 0;
        while (names.size() < n) {
            if (++attempts > 50L * n + 1000) {
                throw new IllegalStateException("could not draw " + n + " distinct names; got " + names.size());
            }
            String name = random.nextDouble() < 0.6 ? fromCountry(random) : fromNegatives(random);
            if (seen.add(name.toLowerCase(Locale.ROOT))) {
                names.add(name);
            }
        }
        return names;
    }

    /** Entries of schema Person, one per name, with ids {@code syn:0}, {@code syn:1} … of source {@code synthetic}. */
    public static List<ListedEntry> entries(List<String> names) {
        List<ListedEntry> entries = new ArrayList<>(names.size());
        for (int i = 0; i < names.size(); i++) {
            entries.add(new ListedEntry(
                    "syn:" + i,
                    "Person",
                    names.get(i),
                    "synthetic",
                    1,
                    List.of(new ListedEntry.ListedName(names.get(i), false)),
                    List.of(),
                    List.of(),
                    List.of()));
        }
        return entries;
    }

    private String fromCountry(Random random) {
        int c = random.nextInt(countries.size());
        String country = countries.get(c);
        boolean local = random.nextDouble() < 0.05;
        List<String> fore =
                local ? pools.localForenames().get(country) : pools.forenames().get(country);
        List<String> sur =
                local ? pools.localSurnames().get(country) : pools.surnames().get(country);
        StringBuilder name = new StringBuilder(fore.get(draw(forenameCdf.get(c), random)));
        if (random.nextDouble() < 0.3) {
            name.append(' ').append(fore.get(draw(forenameCdf.get(c), random)));
        }
        double r = random.nextDouble();
        if (r < 0.15) {
            int other = random.nextInt(countries.size());
            name.append(' ')
                    .append(pools.surnames().get(countries.get(other)).get(draw(surnameCdf.get(other), random)));
        } else {
            name.append(' ').append(sur.get(draw(surnameCdf.get(c), random)));
        }
        if (random.nextDouble() < 0.1) {
            name.append(' ').append(sur.get(draw(surnameCdf.get(c), random)));
        }
        return name.toString();
    }

    private String fromNegatives(Random random) {
        StringBuilder name = new StringBuilder(pick(pools.firstNames(), random));
        if (random.nextDouble() < 0.5 && !pools.middleNames().isEmpty()) {
            name.append(' ').append(pick(pools.middleNames(), random));
        }
        name.append(' ').append(pick(pools.lastNames(), random));
        return name.toString();
    }

    private static String pick(List<String> list, Random random) {
        return list.get(random.nextInt(list.size()));
    }

    // Cumulative Zipf probabilities of ranks 1..n.
    private static double[] zipf(int n) {
        double[] cdf = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += 1.0 / Math.pow(i + 1, ZIPF);
            cdf[i] = sum;
        }
        for (int i = 0; i < n; i++) {
            cdf[i] /= sum;
        }
        return cdf;
    }

    private static int draw(double[] cdf, Random random) {
        double u = random.nextDouble();
        int lo = 0;
        int hi = cdf.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cdf[mid] < u) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
