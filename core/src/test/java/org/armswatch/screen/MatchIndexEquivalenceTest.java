package org.armswatch.screen;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.armswatch.lists.ListReaders;
import org.armswatch.lists.TestData;
import org.armswatch.screen.bench.ListEntries;
import org.armswatch.screen.bench.NamePools;
import org.armswatch.screen.bench.QuerySet;
import org.armswatch.screen.bench.SyntheticNames;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The fast {@link MatchIndex} gives exactly what the index gave before its internals changed
 * ({@link ReferenceMatchIndex}): the same results, scores, explanations and order, on every list
 * of the shared data and on a synthetic registry, for seeded samples of perturbed names,
 * negatives, and queries with schema, identifiers, sources and other limits.
 */
class MatchIndexEquivalenceTest {
    private static ListEntries lists;
    private static NamePools pools;
    private static MatchIndex fast;
    private static ReferenceMatchIndex reference;

    @BeforeAll
    static void build() throws Exception {
        lists = ListEntries.newest(TestData.shared("data"), ListReaders.standard());
        pools = NamePools.read(TestData.shared("data"));
        fast = MatchIndex.build(lists.entries(), NameNormalizer.standard());
        reference = ReferenceMatchIndex.build(lists.entries(), NameNormalizer.standard());
    }

    @Test
    void sameSizes() {
        assertThat(fast.size()).isEqualTo(lists.entries().size());
        assertThat(fast.names()).isEqualTo(reference.names());
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void sameResultsForPerturbedNamesAndNegatives(long seed) {
        List<String> queries =
                QuerySet.of(lists.names(), pools.negatives(), 400, seed).queries();
        MatchIndex.Options options = new MatchIndex.Options(0.7, 10, Set.of());
        for (String q : queries) {
            assertSame(ScreeningQuery.name(q), options);
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {4, 5})
    void sameResultsWithSchemaIdentifiersSourcesAndLimits(long seed) {
        Random random = new Random(seed);
        List<ListedEntry> entries = lists.entries();
        List<String> sources = List.copyOf(lists.bySource().keySet());
        for (int i = 0; i < 150; i++) {
            ListedEntry e = entries.get(random.nextInt(entries.size()));
            String name = e.names().get(random.nextInt(e.names().size())).text();
            Optional<String> schema = random.nextBoolean()
                    ? Optional.empty()
                    : Optional.of(List.copyOf(Schemas.queryable())
                            .get(random.nextInt(Schemas.queryable().size())));
            List<String> ids = e.identifiers().isEmpty() || random.nextBoolean()
                    ? List.of()
                    : List.of(e.identifiers().get(0));
            List<String> dates = e.birthDates().isEmpty()
                    ? List.of()
                    : List.of(e.birthDates().get(0));
            List<String> countries = random.nextBoolean() ? List.of("ru") : List.of();
            ScreeningQuery query = new ScreeningQuery(
                    org.armswatch.screen.bench.Perturbation.apply(name, random).text(), schema, dates, countries, ids);
            Set<String> only = random.nextInt(4) == 0 ? Set.of(sources.get(random.nextInt(sources.size()))) : Set.of();
            MatchIndex.Options options =
                    new MatchIndex.Options(random.nextInt(10) / 10.0, 1 + random.nextInt(30), only);
            assertSame(query, options);
        }
    }

    @Test
    void sameResultsOnASyntheticRegistry() {
        List<String> names = new SyntheticNames(pools).generate(30_000, 11);
        List<ListedEntry> entries = SyntheticNames.entries(names);
        MatchIndex f = MatchIndex.build(entries, NameNormalizer.standard());
        ReferenceMatchIndex r = ReferenceMatchIndex.build(entries, NameNormalizer.standard());
        MatchIndex.Options options = new MatchIndex.Options(0.7, 10, Set.of());
        List<String> queries =
                new ArrayList<>(QuerySet.of(names, pools.negatives(), 300, 12).queries());
        queries.addAll(List.of("Maria", "Mohammed Ali", "Kim", "Li Wei", "Jose Garcia", "Anna Maria Ivanova"));
        for (String q : queries) {
            ScreeningQuery query = ScreeningQuery.name(q);
            assertThat(f.search(query, options)).as(q).isEqualTo(r.search(query, options));
        }
    }

    private static void assertSame(ScreeningQuery query, MatchIndex.Options options) {
        List<ScreeningResult> expected;
        try {
            expected = reference.search(query, options);
        } catch (IllegalArgumentException e) {
            org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                    .isThrownBy(() -> fast.search(query, options));
            return;
        }
        assertThat(fast.search(query, options)).as(query.name()).isEqualTo(expected);
    }
}
