package org.armswatch.screen;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class NameNormalizerTest {
    private static final NameNormalizer N = NameNormalizer.standard();
    private Locale saved;

    @BeforeEach
    void saveLocale() {
        saved = Locale.getDefault();
    }

    @AfterEach
    void restoreLocale() {
        Locale.setDefault(saved);
    }

    private static List<String> texts(String name) {
        return N.analyse(name).stream().map(NameToken::text).toList();
    }

    private static List<NameToken.Kind> kinds(String name) {
        return N.analyse(name).stream().map(NameToken::kind).toList();
    }

    static Stream<String> locales() {
        return Stream.of("tr-TR", "de-DE", "en-US", "ar-SA");
    }

    @ParameterizedTest
    @MethodSource("locales")
    void foldingDoesNotDependOnTheDefaultLocale(String tag) {
        Locale.setDefault(Locale.forLanguageTag(tag));

        assertThat(N.fold("İSTANBUL IRMAK Kadıköy")).isEqualTo("istanbul irmak kadikoy");
        assertThat(N.fold("KADIR ISIK")).isEqualTo("kadir isik");
        assertThat(N.fold("Straße Großmann")).isEqualTo("strasse grossmann");
        assertThat(N.fold("STRASSE GROSSMANN")).isEqualTo("strasse grossmann");
        assertThat(N.fold("Ich bin Müller")).isEqualTo("ich bin muller");
        assertThat(N.analyse("Ilham Aliyev")).extracting(NameToken::text).containsExactly("ilham", "aliyev");
    }

    @Test
    void turkishDotlessAndDottedIFoldToI() {
        Locale.setDefault(Locale.forLanguageTag("tr-TR"));

        assertThat(N.fold("ıIİi")).isEqualTo("iiii");
        assertThat(N.fold("Recep Tayyip ERDOĞAN")).isEqualTo("recep tayyip erdogan");
    }

    @Test
    void germanSharpSFoldsToSs() {
        Locale.setDefault(Locale.GERMANY);

        assertThat(N.fold("Weiß")).isEqualTo(N.fold("WEISS")).isEqualTo("weiss");
        assertThat(N.fold("ẞ")).isEqualTo("ss");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Шойгу Сергей Кужугетович|shoygu sergey kuzhugetovich",
                "김정은|gim jeong eun",
                "Ch'oe Ryong Hae|choe ryong hae",
                "Jean-Claude   Juncker|jean claude juncker",
                "Βλαντίμιρ Πούτιν|vlandimir poutin",
                "व्लादिमीर पुतिन|vladimir putin",
                "नरेन्द्र मोदी|narendra modi",
                "習近平|xi jin ping",
                "Vladimír Vladimirovič Putin|vladimir vladimirovic putin",
                "AL-QA'IDA/ISLAMIC ARMY|al qaida islamic army",
            })
    void foldsEveryScriptToLowerCaseLatinWords(String raw, String folded) {
        assertThat(N.fold(raw)).isEqualTo(folded);
    }

    @Test
    void tokensKeepTheScriptTheyCameFrom() {
        assertThat(N.analyse("محمد بن سلمان")).extracting(NameToken::origin).containsOnly(NameToken.Origin.ABJAD);
        assertThat(N.analyse("김정은")).extracting(NameToken::origin).containsOnly(NameToken.Origin.CJK);
        assertThat(N.analyse("Kim Jong Un")).extracting(NameToken::origin).containsOnly(NameToken.Origin.ALPHABET);
        assertThat(N.analyse("Путин")).extracting(NameToken::origin).containsOnly(NameToken.Origin.ALPHABET);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "ООО Ромашка",
                "OOO Romashka",
                "o.o.o. Romashka",
                "Romashka LLC",
                "Romashka L.L.C.",
                "Romashka Limited Liability Company",
                "Obshchestvo s ogranichennoy otvetstvennostyu Romashka",
                "Общество с ограниченной ответственностью «Ромашка»",
            })
    void limitedLiabilityCompaniesShareOneLegalForm(String name) {
        List<NameToken> tokens = N.analyse(name);

        assertThat(tokens)
                .filteredOn(t -> t.kind() == NameToken.Kind.LEGAL_FORM)
                .extracting(NameToken::text)
                .containsExactly("llc");
        assertThat(tokens)
                .filteredOn(t -> t.kind() == NameToken.Kind.WORD)
                .extracting(NameToken::text)
                .containsExactly("romashka");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "АО Кронштадт|jsc kronshtadt",
                "AO Kronshtadt|jsc kronshtadt",
                "JSC Kronshtadt|jsc kronshtadt",
                "ПАО Кронштадт|jsc kronshtadt",
                "Kronshtadt Joint-Stock Company|kronshtadt jsc",
                "Акционерное общество Кронштадт|jsc kronshtadt",
            })
    void jointStockCompaniesShareOneLegalForm(String name, String tokens) {
        assertThat(String.join(" ", texts(name))).isEqualTo(tokens);
    }

    @Test
    void companyLimitedIsOneForm() {
        assertThat(texts("Samsung Electronics Co., Ltd.")).containsExactly("samsung", "electronics", "ltd");
        assertThat(texts("HEBEI ATUN TRADING CO., LTD.")).containsExactly("hebei", "atun", "trading", "ltd");
        assertThat(kinds("Samsung Electronics Co., Ltd."))
                .containsExactly(NameToken.Kind.WORD, NameToken.Kind.WORD, NameToken.Kind.LEGAL_FORM);
    }

    @Test
    void aFormThatIsAlsoAParticleIsAFormOnlyAtTheEnd() {
        assertThat(kinds("Abu Bakr as-Siddiq"))
                .containsExactly(
                        NameToken.Kind.WORD, NameToken.Kind.WORD, NameToken.Kind.PARTICLE, NameToken.Kind.WORD);
        assertThat(texts("Mendez Norge A/S")).containsExactly("mendez", "norge", "jsc");
        assertThat(kinds("LLC")).containsExactly(NameToken.Kind.WORD);
    }

    @Test
    void aMisspeltLongFormIsStillAForm() {
        assertThat(texts("Siemens Aktiengeselschaft")).containsExactly("siemens", "jsc");
        assertThat(texts("Siemens AG")).containsExactly("siemens", "jsc");
    }

    @Test
    void numbersAreReadFromWords() {
        assertThat(texts("Brigade Forty-Four")).containsExactly("brigade", "44");
        assertThat(texts("Brigade Forty 4")).containsExactly("brigade", "44");
        assertThat(texts("1st International Bank")).containsExactly("1", "international", "bank");
        assertThat(texts("First International Bank")).containsExactly("1", "international", "bank");
        assertThat(texts("Three Percenters")).containsExactly("3", "percenters");
        assertThat(kinds("Petrel 8")).containsExactly(NameToken.Kind.WORD, NameToken.Kind.NUMBER);
    }

    @Test
    void digitsWrittenForLettersInsideAWordAreRead() {
        assertThat(texts("Ig0r Sech1n")).containsExactly("igor", "sechin");
        assertThat(texts("Trust 2007-AHL1")).containsExactly("trust", "2007", "ahl1");
    }

    @Test
    void initialsWrittenApartReadAsOneWord() {
        assertThat(texts("A.B.C. Company")).containsExactly("abc", "co");
        assertThat(texts("J.-C. Juncker")).containsExactly("jc", "juncker");
        assertThat(kinds("Hans J. Friedrich"))
                .containsExactly(NameToken.Kind.WORD, NameToken.Kind.INITIAL, NameToken.Kind.WORD);
    }

    @Test
    void titlesAndParticlesWeighLittle() {
        assertThat(kinds("President Erdoğan")).containsExactly(NameToken.Kind.STOPWORD, NameToken.Kind.WORD);
        assertThat(kinds("Mr. Rami Makhlouf"))
                .containsExactly(NameToken.Kind.STOPWORD, NameToken.Kind.WORD, NameToken.Kind.WORD);
        assertThat(kinds("Bashar al-Assad"))
                .containsExactly(NameToken.Kind.WORD, NameToken.Kind.PARTICLE, NameToken.Kind.WORD);
        assertThat(kinds("President")).containsExactly(NameToken.Kind.WORD);
    }

    @Test
    void theUnpronouncedFinalVowelOfHindiIsDropped() {
        assertThat(NameNormalizer.dropFinalSchwa("putina vladimira narendra")).isEqualTo("putin vladimir narendra");
    }

    @Test
    void aVeryLongNameIsCut() {
        assertThat(N.fold("a".repeat(2000))).hasSize(NameNormalizer.MAX_LENGTH);
    }

    @Test
    void aNameWithoutLettersHasNoTokens() {
        assertThat(N.analyse(" -- ,, ")).isEmpty();
        assertThat(N.fold("")).isEmpty();
    }
}
