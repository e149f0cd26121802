package org.armswatch.lists;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.armswatch.model.Entity;
import org.armswatch.model.FtmJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DigestsTest {
    // Expected values computed with `printf ... | sha256sum` and `sha256sum <file>`.
    private static final String EMPTY = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
    private static final String SDN_2021 = "5c35e0f2835b05a38acd6a5a76e3480c00174aee7e6715462a4db22aaa0ee4a1";
    private static final String ADD_2021 = "cf18f725212f3f25d3ee0b2aeeb0cdec2b6eda76860c4b7c0066a7997dff7169";
    private static final String ALT_2021 = "136c2b3ca3924146de0d4dab1a4df19467c7600e98407c1fd1b24d3bdd002dcd";

    @TempDir
    Path dir;

    @Test
    void sha256OfAStringIsLowerCaseHexOfItsUtf8Bytes() {
        assertThat(Digests.sha256("armswatch"))
                .isEqualTo("e61cb888e9a7506ef21a4a74e3f4696a9b6ed8630d65a6f7186edbe79e116c6c");
        assertThat(Digests.sha256("Türkiye ✓"))
                .isEqualTo("b9f3f75e8b964f98bdb3700e75d37b0b419899943e8738b4be578d4c9f75bbbd");
        assertThat(Digests.sha256("")).isEqualTo(EMPTY);
    }

    @Test
    void sha256OfARealFile() throws IOException {
        assertThat(Digests.sha256(TestData.shared("data/uk/uk_sanctions_list_2025-08-11.csv")))
                .isEqualTo("4f4eb695fcd6e69d521307823ca7e9c1a8c216cb1b8f77643bd2ea19aeac3e09");
        assertThat(Digests.sha256(TestData.shared("data/ofac/2021-04/sdn.csv"))).isEqualTo(SDN_2021);
    }

    @Test
    void sha256OfAnEmptyFileAndOfOneLongerThanTheBuffer() throws IOException {
        Path empty = Files.createFile(dir.resolve("empty"));
        assertThat(Digests.sha256(empty)).isEqualTo(EMPTY);
        Path big = Files.writeString(dir.resolve("big"), "q".repeat(70_000));
        assertThat(Digests.sha256(big)).isEqualTo("87e39d0a36d219abad3baf4620d958fd3ee3f4cac6d9497e682af735dca09cde");
    }

    @Test
    void aSingleFileInputDigestsToItsFileDigest() throws IOException {
        assertThat(Digests.of(ListInput.of(TestData.shared("data/ofac/2021-04/sdn.csv"))))
                .isEqualTo(SDN_2021);
    }

    @Test
    void aFileSetDigestsItsRoleLinesMainFirstThenRolesInOrder() throws IOException {
        Path folder = TestData.shared("data/ofac/2021-04");
        ListInput input = new ListInput(
                folder.resolve("sdn.csv"),
                Map.of("alt", folder.resolve("alt.csv"), "add", folder.resolve("add.csv")),
                Optional.empty());
        assertThat(Digests.of(input))
                .isEqualTo(Digests.sha256("main " + SDN_2021 + "\nadd " + ADD_2021 + "\nalt " + ALT_2021 + "\n"))
                .isEqualTo("a4ba8756bfb028d333d52354d1e68037b6aecacc12b0b329cf9da76bf0f0da71");
    }

    @Test
    void fileSetDigestDoesNotDependOnTheCompanionMapOrder() throws IOException {
        Path main = Files.writeString(dir.resolve("sdn.csv"), "1,ALPHA\n");
        Path alt = Files.writeString(dir.resolve("alt.csv"), "1,A\n");
        Path add = Files.writeString(dir.resolve("add.csv"), "1,Street\n");
        Path extra = Files.writeString(dir.resolve("x.csv"), "x\n");
        Map<String, Path> one = new LinkedHashMap<>();
        one.put("alt", alt);
        one.put("add", add);
        one.put("x", extra);
        Map<String, Path> two = new LinkedHashMap<>();
        two.put("x", extra);
        two.put("add", add);
        two.put("alt", alt);
        assertThat(Digests.of(new ListInput(main, one, Optional.empty())))
                .isEqualTo(Digests.of(new ListInput(main, two, Optional.of("other"))));
    }

    @Test
    void fileSetDigestChangesWithAnyFilesContentOrRole() throws IOException {
        Path main = Files.writeString(dir.resolve("sdn.csv"), "1,ALPHA\n");
        Path alt = Files.writeString(dir.resolve("alt.csv"), "1,A\n");
        Path add = Files.writeString(dir.resolve("add.csv"), "1,Street\n");
        String before = Digests.of(new ListInput(main, Map.of("alt", alt, "add", add), Optional.empty()));
        String swapped = Digests.of(new ListInput(main, Map.of("alt", add, "add", alt), Optional.empty()));
        String mainOnly = Digests.of(ListInput.of(main));
        Files.writeString(alt, "1,B\n");
        String after = Digests.of(new ListInput(main, Map.of("alt", alt, "add", add), Optional.empty()));
        assertThat(List.of(before, swapped, mainOnly, after)).doesNotHaveDuplicates();
        assertThat(mainOnly).isEqualTo(Digests.sha256(main));
    }

    private static List<Entity> entities(int n, long seed) {
        Random random = new Random(seed);
        List<Entity> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(Entity.builder("t:" + random.nextInt(1_000_000) + "-" + i, "Person")
                    .add("name", "Name " + random.nextInt(1000))
                    .target(random.nextBoolean())
                    .build());
        }
        return out;
    }

    @ParameterizedTest
    @ValueSource(longs = {4L, 8L, 15L})
    void contentDoesNotDependOnEntityOrder(long seed) {
        List<Entity> list = entities(50, seed);
        List<Entity> shuffled = new ArrayList<>(list);
        Collections.shuffle(shuffled, new Random(seed + 1));
        assertThat(Digests.content(shuffled)).isEqualTo(Digests.content(list)).matches("[0-9a-f]{64}");
    }

    @Test
    void contentChangesWithAnyValue() {
        List<Entity> list = entities(20, 99L);
        List<Entity> changed = new ArrayList<>(list);
        Entity e = changed.get(7);
        changed.set(
                7,
                Entity.builder(e.id(), e.schema())
                        .add("name", e.first("name") + "x")
                        .build());
        List<Entity> retargeted = new ArrayList<>(list);
        retargeted.set(
                3,
                Entity.builder(list.get(3).id(), "Person")
                        .add("name", list.get(3).first("name"))
                        .target(!list.get(3).target())
                        .build());
        assertThat(List.of(
                        Digests.content(list),
                        Digests.content(changed),
                        Digests.content(retargeted),
                        Digests.content(list.subList(1, 20))))
                .doesNotHaveDuplicates();
    }

    @Test
    void contentOfNothingIsTheEmptyDigest() {
        assertThat(Digests.content(List.of())).isEqualTo(EMPTY);
    }

    @Test
    void contentIsTheDigestOfTheJsonLinesInIdOrder() {
        Entity b = Entity.builder("b", "Person").add("name", "Bee").build();
        Entity a = Entity.builder("a", "Person").add("name", "Ay").build();
        String lines = FtmJson.write(a) + "\n" + FtmJson.write(b) + "\n";
        assertThat(Digests.content(List.of(b, a))).isEqualTo(Digests.sha256(lines));
    }

    @Test
    void sha256OfKnownVectors() {
        assertThat(Digests.sha256("abc")).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(Digests.sha256(new byte[0]))
                .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        assertThat(Digests.sha256("ü")).isEqualTo(Digests.sha256("ü".getBytes(StandardCharsets.UTF_8)));
    }
}
