package org.armswatch.news;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VariantsTest {
    private static final String REPORT = String.join(
            "\n",
            "Harbour authority halts cargo bound for embargoed state",
            "The port authority stopped a freighter carrying crates of rifle parts late on Monday.",
            "Customs officers found the crates under a declared load of farm machinery.",
            "",
            "The shipping company said it had not known what the crates held.",
            "An investigation has been opened and the crew questioned by the prosecutor.",
            "The government said the seizure showed that the embargo was being enforced.");

    private static List<String> paragraphs(String text) {
        return text.lines().filter(l -> !l.isBlank()).toList();
    }

    @Test
    void theSameSeedGivesTheSameVariants() {
        assertThat(new Variants(5).generate(REPORT, 12)).isEqualTo(new Variants(5).generate(REPORT, 12));
        assertThat(new Variants(5).generate(REPORT, 12)).isNotEqualTo(new Variants(6).generate(REPORT, 12));
    }

    @Test
    void theFirstVariantsMakeOneEditEach() {
        List<String> variants = new Variants(1).generate(REPORT, 5);
        List<String> original = paragraphs(REPORT);

        assertThat(paragraphs(variants.get(0)).getFirst()).isNotEqualTo(original.getFirst());
        assertThat(paragraphs(variants.get(0)).subList(1, 6)).isEqualTo(original.subList(1, 6));
        assertThat(paragraphs(variants.get(1))).containsExactlyInAnyOrderElementsOf(original);
        assertThat(original).containsAll(paragraphs(variants.get(2)));
        assertThat(paragraphs(variants.get(2)).size()).isBetween(4, 5);
        assertThat(paragraphs(variants.get(3))).hasSameSizeAs(original).isNotEqualTo(original);
        assertThat(paragraphs(variants.get(4))).containsAll(original).hasSizeBetween(9, 13);
    }

    @Test
    void noEditsGiveTheParagraphsBack() {
        assertThat(paragraphs(Variants.apply(REPORT, Set.of(), new Random(1)))).isEqualTo(paragraphs(REPORT));
    }
}
