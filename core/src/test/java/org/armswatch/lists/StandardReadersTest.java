package org.armswatch.lists;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The standard reader set knows every format and recognises each real sample as the right one. */
class StandardReadersTest {
    private final ListReaders readers = ListReaders.standard();

    @Test
    void everyFormatIsRegistered() {
        assertThat(readers.formats())
                .containsExactlyInAnyOrder(
                        "un-xml",
                        "ofac-xml",
                        "ofac-enhanced-xml",
                        "ofac-csv",
                        "eu-xml",
                        "uk-csv",
                        "uk-ods",
                        "ftm-json",
                        "opensanctions-csv");
    }

    @Test
    void eachRealSampleIsDetectedAsItsFormatAndRole() throws IOException {
        Map<String, String> expected = Map.ofEntries(
                Map.entry("data/un/un_consolidated_2025-11-20.xml", "un-xml main"),
                Map.entry("data/ofac/cons_nonsdn_2024-05-06.xml", "ofac-xml main"),
                Map.entry("data/ofac/enhanced_irgc_2024-08-28.xml", "ofac-enhanced-xml main"),
                Map.entry("data/ofac/sdn_2024-05-03.csv", "ofac-csv main"),
                Map.entry("data/ofac/alt_approx-2024-09.csv", "ofac-csv alt"),
                Map.entry("data/ofac/2021-04/add.csv", "ofac-csv add"),
                Map.entry("data/uk/uk_sanctions_list_2025-08-11.csv", "uk-csv main"),
                Map.entry("data/uk/FCDO_SL_Mon_Aug_11_2025.ods", "uk-ods main"),
                Map.entry("data/opensanctions/zala/entities.ftm.json", "ftm-json main"),
                Map.entry("data/opensanctions/ua_war_sanctions_targets.simple.csv", "opensanctions-csv main"));
        for (Map.Entry<String, String> e : expected.entrySet()) {
            ListReaders.Detected d = readers.detect(TestData.shared(e.getKey())).orElseThrow();
            assertThat(d.reader().format() + " " + d.role()).as(e.getKey()).isEqualTo(e.getValue());
        }
        assertThat(readers.detect(TestData.shared("data/namematch/nomenklatura_name_bench_cases.csv")))
                .isEmpty();
        assertThat(readers.detect(TestData.shared("data/un/sc-sanctions.xsd"))).isEmpty();
    }
}
