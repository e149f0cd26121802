package org.armswatch.screen.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The names a benchmark screens: names sampled from those indexed, perturbed deterministically
 * ({@link Perturbation}), mixed with names that should find nothing (the synthetic negatives).
 *
 * @param queries every query, in the order they are run
 * @param perturbed the indexed names sampled and what was done to each, in the same order as
 *     they appear among the queries
 */
public record QuerySet(List<String> queries, List<Perturbation.Perturbed> perturbed) {
    public QuerySet {
        queries = List.copyOf(queries);
        perturbed = List.copyOf(perturbed);
    }

    /**
     * {@code n} queries: about three in four from the indexed names (perturbed), the rest from the
     * negatives, shuffled together; the same for the same inputs and seed.
     */
    public static QuerySet of(List<String> indexed, List<String> negatives, int n, long seed) {
        if (n < 0) {
            throw new IllegalArgumentException("the number of queries must not be negative, got " + n);
        }
        if (indexed.isEmpty()) {
            throw new IllegalArgumentException("no indexed names to sample queries from");
        }
        Random random = new Random(seed);
        List<String> queries = new ArrayList<>(n);
        List<Perturbation.Perturbed> perturbed = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (negatives.isEmpty() || random.nextInt(4) != 0) {
                Perturbation.Perturbed p = Perturbation.apply(indexed.get(random.nextInt(indexed.size())), random);
                perturbed.add(p);
                queries.add(p.text());
            } else {
                queries.add(negatives.get(random.nextInt(negatives.size())));
            }
        }
        return new QuerySet(queries, perturbed);
    }
}
