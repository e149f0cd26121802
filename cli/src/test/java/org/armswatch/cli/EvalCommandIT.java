package org.armswatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code armswatch eval screening} on a small data folder: the UN list and hand-made labelled sets. */
class EvalCommandIT {
    @TempDir
    Path data;

    private static final String PERSONS =
            "full_name,first_name,middle_name,last_name,gender,date_of_birth,place_of_birth,nationality\n";

    @BeforeEach
    void dataFolder() throws Exception {
        Files.createDirectories(data.resolve("un"));
        Files.copy(
                Cli.shared("data/un/un_consolidated_2025-11-20.xml"),
                data.resolve("un/un_consolidated_2025-11-20.xml"));
        Path nm = Files.createDirectories(data.resolve("namematch"));
        Files.writeString(nm.resolve("nomenklatura_name_bench_cases.csv"), """
                case_group,schema,name1,name2,is_match,quality,category,notes
                g,Person,Kim Jong-un,Kim Jong Un,true,STRONG,joins,
                g,Person,Sergey Ivanovich Lavrov,Sergey Viktorovich Lavrov,false,MEDIUM,patronymic,
                g,Vessel,Petrel 8,Petrel 9,false,MEDIUM,numbers,
                """);
        Files.writeString(nm.resolve("nomenklatura_name_bench_logicv2-frozen.csv"), """
                case_group,case_id,schema,name1,name2,is_match,quality,category,notes,score,predicted_match,outcome
                g,a,Person,Kim Jong-un,Kim Jong Un,true,STRONG,joins,,0.95,true,TP
                g,b,Person,Sergey Ivanovich Lavrov,Sergey Viktorovich Lavrov,false,MEDIUM,patronymic,,0.8,true,FP
                """);
        Files.writeString(
                nm.resolve("yente_positives_un_untreated.csv"),
                PERSONS + "KIM JONG SIK,,,,,,,kp\nNOBODY ATALL,,,,,,,\n");
        Files.writeString(
                nm.resolve("yente_positives_un_treated.csv"), PERSONS + "\"JONG SIK, KIM\",,,,,,,kp\nNOBODY,,,,,,,\n");
        Files.writeString(
                nm.resolve("yente_negatives_global.csv"),
                PERSONS + "Margaret Thornbury,,,,female,1970-01-01,York,United Kingdom\n");
        Files.writeString(
                nm.resolve("yente_negatives_us.csv"), PERSONS + "Kathryn Barr,,,,female,1966-07-06,,France\n");
        Files.writeString(
                nm.resolve("yente_positives_us_congress_untreated.csv"),
                PERSONS + "Jennifer L. McClellan,,,,,1972,,\n");
        Files.writeString(nm.resolve("rigour_putin_names.txt"), "Vladimir Putin\nПутин Владимир\n");
    }

    @Test
    void reportsEveryBenchmarkAsJson() {
        Cli.Result r = Cli.runRaw("eval", "screening", "--data", data.toString(), "--format", "json");

        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode j = r.json();
        assertThat(j.get("threshold").asDouble()).isEqualTo(0.8);
        assertThat(j.get("lists").get(0).get("source").asText()).isEqualTo("un");
        JsonNode names = j.get("names");
        assertThat(names.get("all").get("tp").asInt()).isEqualTo(1);
        assertThat(names.get("all").get("tn").asInt()).isEqualTo(2);
        assertThat(names.get("shared_rows").asInt()).isEqualTo(2);
        assertThat(names.get("shared").get("f1").asDouble()).isEqualTo(1.0);
        assertThat(names.get("logic_v2_shared").get("fp").asInt()).isEqualTo(1);
        assertThat(names.get("logic_v2_shared").get("precision").asDouble()).isEqualTo(0.5);
        assertThat(names.get("by_category").get("numbers").get("tn").asInt()).isEqualTo(1);
        assertThat(names.get("by_category").get("numbers").get("f1").isNull()).isTrue();
        JsonNode un = j.get("un");
        assertThat(un.get("resolved").asInt()).isEqualTo(1);
        assertThat(un.get("unresolved").get("not_found").asInt()).isEqualTo(1);
        assertThat(un.get("name_only").get("recall_at_1").asDouble()).isEqualTo(1.0);
        assertThat(j.get("negatives").get(0).get("with_a_match").asInt()).isZero();
        assertThat(j.get("negatives").get(1).get("queries").asInt()).isEqualTo(1);
        assertThat(j.get("congress").get("queries").asInt()).isEqualTo(1);
        assertThat(j.get("putin").get("forms").asInt()).isEqualTo(2);
        assertThat(j.get("putin").get("first").asInt()).isZero();
    }

    @Test
    void printsATableWithTheTargets() {
        Cli.Result r = Cli.runRaw("eval", "screening", "--data", data.toString(), "--only", "names,putin");

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out())
                .contains("Name pairs (nomenklatura name_bench)")
                .contains("logic-v2 at 0.70, same pairs")
                .contains("Putin forms: 0 of 2")
                .contains("TARGET")
                .doesNotContain("UN positives");
    }

    @Test
    void usageErrorsAreExitCodeTwo() {
        assertThat(Cli.runRaw("eval", "lists").exit()).isEqualTo(2);
        assertThat(Cli.runRaw("eval", "screening", "--data", data.toString(), "--threshold", "1.5")
                        .exit())
                .isEqualTo(2);
        Cli.Result r = Cli.runRaw("eval", "screening", "--data", data.toString(), "--only", "names,speed");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("unknown benchmark 'speed'");
    }

    @Test
    void aFolderWithoutTheLabelledSetsIsRefused() throws Exception {
        Path empty = Files.createDirectory(data.resolve("empty"));

        Cli.Result r = Cli.runRaw("eval", "screening", "--data", empty.toString());

        assertThat(r.exit()).isEqualTo(3);
        assertThat(r.err()).contains("no namematch folder");
    }
}
