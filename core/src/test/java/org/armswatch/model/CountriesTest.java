package org.armswatch.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.armswatch.model.Countries.Country;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class CountriesTest {
    private final Countries countries = Countries.get();

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "KP|kp",
                "kp|kp",
                "PRK|kp",
                "prk|kp",
                "North Korea|kp",
                "Democratic People's Republic of Korea|kp",
                "Democratic People’s Republic of Korea|kp",
                "Korea, North|kp",
                "DPRK|kp",
                "Iran (Islamic Republic of)|ir",
                "Islamic Republic of Iran|ir",
                "IRN|ir",
                "Iran|ir",
                "Russian Federation|ru",
                "Russia|ru",
                "RUS|ru",
                "Türkiye|tr",
                "Turkiye|tr",
                "Turkey|tr",
                "TUR|tr",
                "Germany|de",
                "DEU|de",
                "Côte d'Ivoire|ci",
                "Cote d’Ivoire|ci",
                "The Gambia|gm",
                "Gambia|gm",
                "Soviet Union|su",
                "USSR|su",
            })
    void findsByCodeOrName(String text, String alpha2) {
        assertThat(countries.find(text)).map(Country::alpha2).contains(alpha2);
    }

    @Test
    void theSovietUnionHasTheAlpha3CodeSun() {
        Country su = countries.require("Soviet Union");
        assertThat(su).isEqualTo(new Country("su", "SUN", "Soviet Union"));
        assertThat(countries.find("SUN")).contains(su);
    }

    @Test
    void aCountryCarriesBothCodesAndTheEnglishName() {
        assertThat(countries.require("kp")).isEqualTo(new Country("kp", "PRK", "North Korea"));
        assertThat(countries.require("Iraq")).isEqualTo(new Country("iq", "IRQ", "Iraq"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "  korea,   NORTH ",
                "KOREA (NORTH)",
                "korea - north",
                "Korea; North.",
                "\u202Bkorea north\u202C",
                "korea\u00A0north"
            })
    void caseSpacingAndPunctuationAreIgnored(String text) {
        assertThat(countries.find(text)).map(Country::alpha2).contains("kp");
    }

    @ParameterizedTest
    @ValueSource(strings = {"TÜRKİYE", "türkiye", "TURKÍYE", "Tùrkiyé"})
    void accentsAreIgnored(String text) {
        assertThat(countries.find(text)).map(Country::alpha2).contains("tr");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Atlantis", "Korea", "ZZ", "XYZ", "North", "the", "Republic of", "K P"})
    void unknownTextFindsNothing(String text) {
        assertThat(countries.find(text)).isEmpty();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\u202B\u202C"})
    void nothingFindsNothing(String text) {
        assertThat(countries.find(text)).isEmpty();
    }

    @Test
    void requireNamesTheTextAndTheAcceptedForms() {
        assertThatThrownBy(() -> countries.require("Elbonia"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown country 'Elbonia': give an ISO 3166 alpha-2 code (KP), alpha-3 code (PRK)"
                        + " or English name (North Korea)");
    }

    @ParameterizedTest
    @CsvSource({"kp,PRK", "KP,PRK", "ir,IRN", "gb,GBR", "su,SUN", "ru,RUS"})
    void toAlpha3TranslatesKnownCodes(String alpha2, String alpha3) {
        assertThat(countries.toAlpha3(alpha2)).isEqualTo(alpha3);
    }

    @Test
    void toAlpha3UpperCasesAnUnknownValueAndKeepsNull() {
        assertThat(countries.toAlpha3("zz")).isEqualTo("ZZ");
        assertThat(countries.toAlpha3("ussr")).isEqualTo("USSR");
        assertThat(countries.toAlpha3(null)).isNull();
    }

    @Test
    void byAlpha2FindsOnlyTwoLetterCodes() {
        assertThat(countries.byAlpha2("IR")).map(Country::alpha3).contains("IRN");
        assertThat(countries.byAlpha2("IRN")).isEmpty();
        assertThat(countries.byAlpha2(null)).isEmpty();
    }

    @Test
    void everyCountryIsFoundByEachOfItsCodesAndItsName() {
        assertThat(countries.all()).hasSizeGreaterThan(240);
        for (Country c : countries.all()) {
            assertThat(c.alpha2()).matches("[a-z]{2}");
            assertThat(c.alpha3()).matches("[A-Z]{3}");
            assertThat(countries.find(c.alpha2())).contains(c);
            assertThat(countries.find(c.alpha3())).contains(c);
            assertThat(countries.byAlpha2(c.alpha2())).contains(c);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"tr-TR", "de-DE", "az-AZ"})
    void lookupsDoNotDependOnTheDefaultLocale(String tag) {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag(tag));
            assertThat(countries.find("IRAN")).map(Country::alpha2).contains("ir");
            assertThat(countries.find("iraq")).map(Country::alpha2).contains("iq");
            assertThat(countries.find("IRQ")).map(Country::alpha2).contains("iq");
            assertThat(countries.find("ITALY")).map(Country::alpha2).contains("it");
            assertThat(countries.find("INDIA")).map(Country::alpha2).contains("in");
            assertThat(countries.find("CHILE")).map(Country::alpha2).contains("cl");
            assertThat(countries.find("ISLAMIC REPUBLIC OF IRAN"))
                    .map(Country::alpha2)
                    .contains("ir");
            assertThat(countries.byAlpha2("IT")).map(Country::alpha3).contains("ITA");
            assertThat(countries.toAlpha3("li")).isEqualTo("LIE");
            assertThat(countries.toAlpha3("xi")).isEqualTo("XI");
            assertThat(Countries.key("ITALY")).isEqualTo("italy");
        } finally {
            Locale.setDefault(saved);
        }
    }
}
