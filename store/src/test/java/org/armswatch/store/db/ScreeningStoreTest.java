package org.armswatch.store.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.armswatch.lists.FileHead;
import org.armswatch.lists.ListData;
import org.armswatch.lists.ListInput;
import org.armswatch.lists.ListReader;
import org.armswatch.lists.ListReaders;
import org.armswatch.lists.LoadPolicy;
import org.armswatch.model.Entity;
import org.armswatch.screen.MatchIndex;
import org.armswatch.screen.NameNormalizer;
import org.armswatch.screen.ScreeningQuery;
import org.armswatch.screen.ScreeningUnavailableException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The screening index over the store and the audit trail, on a real H2 database. */
class ScreeningStoreTest {
    @TempDir
    Path dir;

    private Database db;

    @BeforeEach
    void open() throws StoreException {
        db = Database.open(StoreConfig.embedded(dir.resolve("home")));
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void withoutListsTheIndexRefuses() {
        ScreeningIndexes indexes = new ScreeningIndexes(db.lists(), NameNormalizer.standard());

        assertThatThrownBy(indexes::current)
                .isInstanceOf(ScreeningUnavailableException.class)
                .hasMessageContaining("no sanctions lists are loaded");
    }

    @Test
    void theIndexIsRebuiltWhenAListVersionChanges() throws Exception {
        load("a.xml", "2025-01-01", person("t:1", "Halvard Quennell"));
        ScreeningIndexes indexes = new ScreeningIndexes(db.lists(), NameNormalizer.standard());
        ScreeningIndexes.Built first = indexes.current();

        assertThat(indexes.current()).isSameAs(first);
        load("b.xml", "2025-02-01", person("t:1", "Halvard Quennell"), person("t:2", "Ottoline Vashti Brabazon"));
        ScreeningIndexes.Built second = indexes.current();

        assertThat(second).isNotSameAs(first);
        assertThat(second.index().size()).isEqualTo(2);
        MatchIndex.Options options = new MatchIndex.Options(0.7, 5, Set.of());
        assertThat(second.index().search(ScreeningQuery.name("Ottoline Brabazon"), options))
                .first()
                .satisfies(r -> assertThat(r.entry().id()).isEqualTo("t:2"));
    }

    @Test
    void eachRunIsRecordedWithTheHashOfItsContent() throws Exception {
        load("a.xml", "2025-01-01", person("t:1", "Halvard Quennell"));
        ScreeningLog log = db.screeningLog();
        ObjectMapper json = new ObjectMapper();
        ScreeningLog.Run run = new ScreeningLog.Run(
                Instant.parse("2026-01-01T00:00:00Z"),
                "tester",
                "1.0",
                0.7,
                db.lists().activeVersions(),
                json.readTree("{\"name\":\"Halvard Quennell\"}"),
                json.readTree("[{\"id\":\"t:1\"}]"));

        long first = log.record(run);
        long second = log.record(run);

        assertThat(second).isEqualTo(first + 1);
        assertThat(log.count()).isEqualTo(2);
        List<String> hashes = db.jdbi()
                .withHandle(h -> h.createQuery("SELECT record_hash FROM screening_run ORDER BY id")
                        .mapTo(String.class)
                        .list());
        assertThat(hashes.get(0)).hasSize(64).isEqualTo(hashes.get(1));
        String versions = db.jdbi()
                .withHandle(h -> h.createQuery("SELECT list_versions FROM screening_run WHERE id = :id")
                        .bind("id", first)
                        .mapTo(String.class)
                        .one());
        assertThat(versions)
                .contains("\"source\":\"test\"")
                .contains("\"sha256\":\"" + db.lists().activeVersions().get(0).sha256());
    }

    private void load(String file, String date, Entity... entities) throws Exception {
        Path path = dir.resolve(file);
        Files.writeString(path, file + date);
        ListData data = new ListData(
                "test",
                "fixed",
                Optional.of(Instant.parse(date + "T00:00:00Z")),
                OptionalInt.empty(),
                entities.length,
                List.of(entities),
                List.of());
        ListLoader loader =
                new ListLoader(db.lists(), Clock.fixed(Instant.parse("2026-01-10T00:00:00Z"), ZoneOffset.UTC));
        ListReader reader = new ListReader() {
            @Override
            public String format() {
                return "fixed";
            }

            @Override
            public Optional<String> sniff(FileHead head) {
                return Optional.of(MAIN);
            }

            @Override
            public ListData read(ListInput input) {
                return data;
            }
        };
        loader.store(loader.read(
                new ListReaders.Planned(ListInput.of(path), reader),
                ListLoader.Options.of(Optional.empty(), LoadPolicy.SAFE)));
    }

    private static Entity person(String id, String name) {
        return Entity.builder(id, "Person").add("name", name).target(true).build();
    }
}
