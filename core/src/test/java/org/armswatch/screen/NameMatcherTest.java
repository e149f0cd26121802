package org.armswatch.screen;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NameMatcherTest {
    private static final NameMatcher M = NameMatcher.uniform();
    private static final double T = Thresholds.DEFAULT;

    private static double score(String schema, String a, String b) {
        return M.compare(schema, a, b).score();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Company|OOO|LLC",
                "Company|ООО|Limited Liability Company",
                "Company|JSC|АО",
                "Company|Co., Ltd.|Company Limited",
                "Company|LLC Ltd|LLC",
                "Company|The Company|Company",
                "Company|GmbH & Co. KG|GmbH",
                "LegalEntity|Inc.|Incorporated",
            })
    void legalFormsAloneNeverMatch(String schema, String a, String b) {
        assertThat(score(schema, a, b)).isZero();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Yusuf Hamdan|Yousef Hamdan",
                "Osama Khalil|Usama Khalil",
                "Husayn Tariq|Hussein Tariq",
                "Mohammed Nasser|Muhammad Nasser",
            })
    void wordsThatDifferInTheirVowelsOnlyMatch(String a, String b) {
        assertThat(score("Person", a, b)).isGreaterThanOrEqualTo(T);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Dmitry Peskov|Dmitry Baskov",
                "Oleg Petrov|Oleg Batrov",
                "Tomasz Kowal|Tomasz Gawal",
            })
    void surnamesThatAlsoBeginWithAnotherConsonantDoNotMatch(String a, String b) {
        assertThat(score("Person", a, b)).isLessThan(T);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Alpha LLC|Beta LLC",
                "Alpha Trading LLC|Omega Trading LLC",
                "Romashka JSC|Vasilek JSC",
            })
    void sharingALegalFormIsNoMatch(String a, String b) {
        assertThat(score("Company", a, b)).isLessThan(T);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "ООО Ромашка|Romashka LLC",
                "OOO Romashka|Limited Liability Company Romashka",
                "АО Кронштадт|JSC Kronshtadt",
                "Samsung Electronics Co., Ltd.|SAMSUNG ELECTRONICS CO LTD",
                "Siemens Aktiengesellschaft|Siemens AG",
            })
    void theSameNameInAnotherFormMatches(String a, String b) {
        assertThat(score("Company", a, b)).isGreaterThanOrEqualTo(T);
    }

    @Test
    void differentLegalFormsCountAgainstAMatch() {
        assertThat(score("Company", "Deutsche Bank AG", "Deutsche Bank GmbH")).isLessThan(T);
        assertThat(score("Company", "Homs Refinery Corporation", "The Homs Refinery Company"))
                .as("company is said of every kind of body")
                .isGreaterThanOrEqualTo(T);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Vessel|Petrel 8|Petrel 9",
                "Vessel|PETREL 8|Petrel Nine",
                "Company|Apollo Investment Fund VIII L.P.|Apollo Investment Fund IX L.P.",
                "Company|Mortgage Loan Trust 2004-1|Mortgage Loan Trust 2004-2",
            })
    void differentNumbersAreDifferentThings(String schema, String a, String b) {
        assertThat(score(schema, a, b)).isLessThan(T);
    }

    @Test
    void equalNumbersMatch() {
        assertThat(score("Vessel", "Petrel 8", "PETREL 8")).isEqualTo(1.0);
        assertThat(score("Organization", "Brigade Forty-Four", "Brigade 44")).isEqualTo(1.0);
        assertThat(score("Company", "Fund VIII", "Fund 8")).isEqualTo(1.0);
        assertThat(score("Person", "Vladimir V. Putin", "Vladimir Putin")).isGreaterThanOrEqualTo(T);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Kim Jong-un|Kim Jong Un",
                "Kim Jongun|Kim Jong Un",
                "김정은|Kim Jong Un",
                "Владимир Путин|Vladimir Putin",
                "PUTIN, Vladimir|Vladimir Putin",
                "فلاديمير بوتين|Vladimir Putin",
                "Wladimir Wladimirowitsch Putin|Vladimir Vladimirovich Putin",
                "Mohammed bin Salman|Muhammad bin Salman",
                "bin Salman Mohammed|Mohammed bin Salman",
                "Osama bin Laden|Usama bin Ladin",
                "Hans J Friedrich|Hans Joachim Friedrich",
                "Mao Tse-tung|Mao Zedong",
                "Abd al-Aziz al-Nuristani|Abdul Aziz Nooristani",
                "Ig0r Sech1n|Igor Sechin",
                "Friedrych Buchenberg|Friedrich Buchenberg",
            })
    void spellingAndScriptVariantsMatch(String a, String b) {
        assertThat(score("Person", a, b)).as(a + " / " + b).isGreaterThanOrEqualTo(T);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Sergey Ivanovich Lavrov|Sergey Viktorovich Lavrov",
                "Salman bin Muhammad al-Rawi|Muhammad bin Salman al-Rawi",
                "Hans O Friedrich|Hans Joachim Friedrich",
                "A. Nazarbayev|Nursultan Nazarbayev",
                "N.N.|Nursultan Nazarbayev",
                "김광수|Kim Su Gwang",
                "Pedro Sancho|Pedro Sanchez",
                "Olga Barynova|Oleg Baranov",
                "Joe Garcia|Joe",
                "BARZAN IBRAHIM HASSAN AL-MOSULI|BARZAN IBRAHIM HASSAN AL-TIKRITI",
            })
    void aDifferentNameElementIsNoMatch(String a, String b) {
        assertThat(score("Person", a, b)).as(a + " / " + b).isLessThan(T);
    }

    @Test
    void theExplanationSaysHowTokensAligned() {
        NameMatcher.Comparison c = M.compare("Person", "Vladimir Poutine", "Vladimir Putin");

        assertThat(c.tokens())
                .extracting(Explanation.TokenMatch::query, Explanation.TokenMatch::listed, Explanation.TokenMatch::how)
                .contains(
                        org.assertj.core.groups.Tuple.tuple("vladimir", "vladimir", "exact"),
                        org.assertj.core.groups.Tuple.tuple("poutine", "putin", "similar"));
    }

    @Test
    void aNameWithoutLettersScoresZero() {
        assertThat(score("Person", "--", "Vladimir Putin")).isZero();
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 7, 99, 2026})
    void scoresStayInTheUnitIntervalAndANameMatchesItself(long seed) {
        Random random = new Random(seed);
        String[] syllables = {"al", "ka", "mo", "ri", "sha", "vla", "din", "ov", "ich", "son", "ber", "ko", "ya", "88"};
        String[] schemas = {"Person", "Company", "Vessel", "Organization"};
        for (int i = 0; i < 300; i++) {
            String a = randomName(random, syllables);
            String b = random.nextInt(4) == 0 ? a : randomName(random, syllables);
            String schema = schemas[random.nextInt(schemas.length)];
            double s = score(schema, a, b);
            assertThat(s).as(a + " / " + b).isBetween(0.0, 1.0);
            if (a.equals(b)
                    && NameNormalizer.standard().analyse(a).stream().anyMatch(t -> t.kind() == NameToken.Kind.WORD)) {
                assertThat(s).as(a).isEqualTo(1.0);
            }
        }
    }

    private static String randomName(Random random, String[] syllables) {
        StringBuilder b = new StringBuilder();
        int words = 1 + random.nextInt(4);
        for (int w = 0; w < words; w++) {
            if (w > 0) {
                b.append(random.nextBoolean() ? " " : "-");
            }
            int n = 1 + random.nextInt(3);
            for (int k = 0; k < n; k++) {
                b.append(syllables[random.nextInt(syllables.length)]);
            }
        }
        return b.toString();
    }
}
