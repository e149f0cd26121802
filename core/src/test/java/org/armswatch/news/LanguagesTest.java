package org.armswatch.news;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguagesTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "en | The ministry said that the shipment of rifles was stopped at the border.",
                "fr | Le ministère a dit que la livraison des fusils est bloquée dans le port.",
                "de | Die Regierung hat gesagt, dass die Lieferung der Gewehre nicht erlaubt ist.",
                "es | El gobierno dijo que la entrega de los fusiles fue detenida en el puerto.",
                "it | Il governo ha detto che la consegna dei fucili è stata fermata nel porto.",
                "pt | O governo disse que a entrega dos fuzis foi parada no porto da cidade.",
                "ru | Министерство заявило, что поставка винтовок была остановлена на границе.",
                "uk | Міністерство заявило, що постачання гвинтівок було зупинено на кордоні.",
                "ar | قال المسؤول إن الشحنة التي وصلت إلى الميناء كانت من الأسلحة.",
                "fa | وزارت گفت که محموله سلاح در بندر متوقف شد و این خبر تایید شد.",
                "zh | 政府说武器运输在港口被拦截。",
                "ja | 政府は港で武器の輸送が止められたと発表した。",
                "ko | 정부는 항구에서 무기 운송이 중단되었다고 밝혔다.",
                "und | Kalashnikov AK-103 Pyongyang 2024",
            })
    void detectsLanguageOfShortSentence(String expected, String sentence) {
        assertThat(Languages.detect(sentence)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"''", "'12345 67 89'", "'!!! ???'"})
    void textWithoutWordsIsUndetermined(String text) {
        assertThat(Languages.detect(text)).isEqualTo("und");
    }
}
