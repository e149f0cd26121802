package org.armswatch.screen.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PerturbationTest {

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void aTypoChangesOneLetterButNotTheFirst(long seed) {
        Random random = new Random(seed);
        for (int i = 0; i < 200; i++) {
            String typo = Perturbation.typo("Alexander Zakharov", random);
            assertThat(typo).isNotEqualTo("Alexander Zakharov").startsWith("A");
            assertThat(Math.abs(typo.length() - "Alexander Zakharov".length())).isLessThanOrEqualTo(1);
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void reorderingKeepsTheWords(long seed) {
        Random random = new Random(seed);
        String r = Perturbation.reorder("Kim Jong Un", random);
        assertThat(sorted(r)).isEqualTo(sorted("Kim Jong Un"));
        assertThat(r).isNotEqualTo("Kim Jong Un");
        assertThat(Perturbation.reorder("Putin Vladimir", random)).isEqualTo("Vladimir Putin");
    }

    @Test
    void droppingAWordKeepsTheFirstAndLast() {
        Random random = new Random(1);
        assertThat(Perturbation.dropWord("Sergei Kuzhugetovich Shoigu", random)).isEqualTo("Sergei Shoigu");
        assertThat(Perturbation.dropWord("Sergei Shoigu", random)).isEqualTo("Sergei Shoigu");
    }

    @Test
    void namesTooShortStayWhole() {
        Random random = new Random(1);
        assertThat(Perturbation.typo("Li", random)).isEqualTo("Li");
        assertThat(Perturbation.reorder("Madonna", random)).isEqualTo("Madonna");
    }

    @ParameterizedTest
    @ValueSource(longs = {11, 12})
    void theSameSeedGivesTheSamePerturbations(long seed) {
        List<String> names = List.of("Ri Pyong Chol", "Islamic Revolutionary Guard Corps", "Zala Aero");
        assertThat(QuerySet.of(names, List.of("Anna Berg"), 100, seed))
                .isEqualTo(QuerySet.of(names, List.of("Anna Berg"), 100, seed));
    }

    @Test
    void aQuerySetMixesPerturbedNamesWithNegatives() {
        QuerySet set = QuerySet.of(List.of("Ri Pyong Chol"), List.of("Anna Berg"), 400, 5);
        assertThat(set.queries()).hasSize(400).contains("Anna Berg");
        long negatives = set.queries().stream().filter("Anna Berg"::equals).count();
        assertThat(negatives).isBetween(60L, 140L);
        assertThat(set.perturbed()).hasSize(400 - (int) negatives);
        assertThat(set.perturbed()).extracting(Perturbation.Perturbed::kind).contains(Perturbation.Kind.values());
        assertThatIllegalArgumentException().isThrownBy(() -> QuerySet.of(List.of(), List.of(), 1, 1));
    }

    private static List<String> sorted(String s) {
        return Arrays.stream(s.split(" ")).sorted().toList();
    }
}
