package org.armswatch.extract.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BCubedTest {
    /** Groups written {@code a b c / d}: groups split on '/', forms on white space. */
    private static List<List<String>> groups(String spec) {
        if (spec == null) {
            return List.of();
        }
        return Arrays.stream(spec.split("/"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .map(s -> List.of(s.split("\\s+")))
                .toList();
    }

    @ParameterizedTest(name = "gold [{0}] predicted [{1}]")
    @CsvSource(
            delimiter = ';',
            value = {
                // gold; predicted; precision; recall; f1
                // identical clusterings
                "a b c / d; a b c / d; 1.0; 1.0; 1.0",
                // by hand: a,b: p=1 r=2/3; c: p=1/2 r=1/3; d: p=1/2 r=1 -> P=3/4, R=2/3, F1=12/17
                "a b c / d; a b / c d; 0.75; 0.666666667; 0.705882353",
                // every form alone: P=1, R=(1/3*3 + 1)/4 = 1/2
                "a b c / d; ; 1.0; 0.5; 0.666666667",
                // one cluster of everything: P=(3*3/4 + 1/4)/4 = 5/8, R=1
                "a b c / d; a b c d; 0.625; 1.0; 0.769230769",
                // forms the gold does not have are ignored
                "a b / c; a b x y / c z; 1.0; 1.0; 1.0",
                // predicted groups sharing a form merge: {a b} + {b c} = {a b c}; P=(2/3+2/3+1/3)/3=5/9
                "a b / c; a b / b c; 0.555555556; 1.0; 0.714285714",
                // case and punctuation are ignored
                "Kim-Jong-Un KIM / Putin; kim.jong.un kim / PUTIN; 1.0; 1.0; 1.0",
                // no gold forms at all
                "; a b; 1.0; 1.0; 1.0",
            })
    void handComputedExamples(String gold, String predicted, double p, double r, double f1) {
        BCubed b = BCubed.score(groups(gold), groups(predicted));

        assertThat(b.precision()).isCloseTo(p, within(1e-6));
        assertThat(b.recall()).isCloseTo(r, within(1e-6));
        assertThat(b.f1()).isCloseTo(f1, within(1e-6));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = ';',
            value = {
                "a b c / d / e f; 6",
                "a A a. / b; 2",
                "; 0",
            })
    void countsDistinctGoldForms(String gold, int forms) {
        List<List<String>> g = groups(gold);

        assertThat(BCubed.score(g, List.of()).forms()).isEqualTo(forms);
    }

    @ParameterizedTest(name = "{0} against {1}")
    @CsvSource(
            delimiter = ';',
            value = {"a b / c d / e; a c e / b d", "a b c d; a / b / c d"})
    void symmetricInPrecisionAndRecall(String x, String y) {
        BCubed xy = BCubed.score(groups(x), groups(y));
        BCubed yx = BCubed.score(groups(y), groups(x));

        assertThat(xy.precision()).isCloseTo(yx.recall(), within(1e-12));
        assertThat(xy.recall()).isCloseTo(yx.precision(), within(1e-12));
    }
}
