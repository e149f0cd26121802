package org.armswatch.store.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.armswatch.lists.FileHead;
import org.armswatch.lists.ListData;
import org.armswatch.lists.ListInput;
import org.armswatch.lists.ListReader;
import org.armswatch.lists.ListReaders;
import org.armswatch.lists.ListRefusedException;
import org.armswatch.lists.ListVersion;
import org.armswatch.lists.LoadPolicy;
import org.armswatch.lists.Quirk;
import org.armswatch.model.Entity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The list store and loader on a real embedded H2 database. */
class ListStoreTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-10T12:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private Database db;
    private ListLoader loader;

    @BeforeEach
    void open() throws StoreException {
        db = Database.open(StoreConfig.embedded(dir.resolve("home")));
        loader = new ListLoader(db.lists(), CLOCK);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aLoadBecomesTheActiveVersionAndKeepsEarlierOnes() throws Exception {
        ListVersion first =
                loaded(load("a.xml", "2025-01-01", person("t:1", "Ivan Petrov"), person("t:2", "Anna Kim")));
        ListVersion second = loaded(load(
                "b.xml",
                "2025-02-01",
                person("t:1", "Ivan Petrov"),
                person("t:2", "Anna Kim"),
                person("t:3", "Omar Haddad")));

        assertThat(db.lists().active("test")).get().extracting(ListVersion::id).isEqualTo(second.id());
        assertThat(db.lists().versions(Optional.of("test")))
                .extracting(ListVersion::id)
                .containsExactly(first.id(), second.id());
        assertThat(db.lists().versions(Optional.empty())).hasSize(2);
        assertThat(db.lists().diffRows(second.id())).containsOnlyKeys("t:1", "t:2", "t:3");
        assertThat(db.lists().entity(first.id(), "t:2"))
                .get()
                .extracting(Entity::caption)
                .isEqualTo("Anna Kim");
    }

    @Test
    void aRefusedVersionLeavesNothingBehind() throws Exception {
        ListVersion first =
                loaded(load("a.xml", "2025-01-01", person("t:1", "Ivan Petrov"), person("t:2", "Anna Kim")));

        assertThatThrownBy(() ->
                        load("old.xml", "2024-12-01", person("t:9", "Someone Else"), person("t:8", "Another One")))
                .isInstanceOf(ListRefusedException.class)
                .hasMessageContaining("older than the active version");

        assertThat(db.lists().active("test")).get().extracting(ListVersion::id).isEqualTo(first.id());
        assertThat(db.lists().versions(Optional.of("test"))).hasSize(1);
        long orphans = db.jdbi()
                .withHandle(h -> h.createQuery("SELECT COUNT(*) FROM list_entity WHERE entity_id = 't:9'")
                        .mapTo(Long.class)
                        .one());
        assertThat(orphans).isZero();
    }

    @Test
    void theSameContentInOtherBytesIsNotStoredAgain() throws Exception {
        loaded(load("a.xml", "2025-01-01", person("t:1", "Ivan Petrov")));

        ListLoader.Outcome again = load("a-copy-with-other-bytes.xml", "2025-01-01", person("t:1", "Ivan Petrov"));

        assertThat(again).isInstanceOf(ListLoader.Unchanged.class);
        assertThat(((ListLoader.Unchanged) again).reason()).contains("same content");
    }

    @Test
    void repeatedIdsAreKeptOnceAndReported() throws Exception {
        ListLoader.Loaded l = (ListLoader.Loaded)
                load("a.xml", "2025-01-01", person("t:1", "Ivan Petrov"), person("t:1", "Ivan Petrov Jr"));

        assertThat(l.version().entityCount()).isEqualTo(1);
        assertThat(l.quirks()).extracting(Quirk::code).containsExactly("duplicate-id");
        assertThat(db.lists().quirks(l.version().id()))
                .extracting(Quirk::recordId)
                .containsExactly("t:1");
    }

    @Test
    void sanctionsAndRelationshipsAreFoundFromTheirEntryAndSharedIdentifiersLinkLists() throws Exception {
        Entity vessel = Entity.builder("t:10", "Vessel")
                .add("name", "Sea Star")
                .add("imoNumber", "IMO9146338")
                .target(true)
                .build();
        Entity owner = Entity.builder("t:11", "Company")
                .add("name", "Star Shipping")
                .target(true)
                .build();
        Entity sanction = Entity.builder("t:10/sanction", "Sanction")
                .add("entity", "t:10")
                .add("program", "TEST")
                .build();
        Entity ownership = Entity.builder("t:rel:1", "Ownership")
                .add("owner", "t:11")
                .add("asset", "t:10")
                .build();
        ListVersion v = loaded(load("a.xml", "2025-01-01", vessel, owner, sanction, ownership));
        Entity elsewhere = Entity.builder("o:77", "Vessel")
                .add("name", "SEA STAR")
                .add("imoNumber", "IMO 9146338")
                .target(true)
                .build();
        ListVersion other = loaded(loadAs("other", "o.xml", "2025-01-01", elsewhere));

        assertThat(db.lists().adjacent(v.id(), "t:10"))
                .extracting(Entity::id)
                .containsExactly("t:10/sanction", "t:rel:1");
        assertThat(db.lists().linked(v.id(), "t:10"))
                .extracting(f -> f.entity().id() + "@" + f.version().source())
                .containsExactly("o:77@other");
        assertThat(db.lists().findActive("o:77"))
                .extracting(f -> f.version().id())
                .containsExactly(other.id());
    }

    private static ListVersion loaded(ListLoader.Outcome o) {
        assertThat(o).isInstanceOf(ListLoader.Loaded.class);
        return ((ListLoader.Loaded) o).version();
    }

    private ListLoader.Outcome load(String file, String date, Entity... entities) throws Exception {
        return loadAs("test", file, date, entities);
    }

    private ListLoader.Outcome loadAs(String source, String file, String date, Entity... entities) throws Exception {
        Path path = dir.resolve(file);
        Files.writeString(path, file + " " + date + " " + entities.length);
        ListData data = new ListData(
                source,
                "fixed",
                Optional.of(Instant.parse(date + "T00:00:00Z")),
                OptionalInt.empty(),
                entities.length,
                List.of(entities),
                List.of());
        ListReaders.Planned planned = new ListReaders.Planned(ListInput.of(path), new FixedReader(data));
        return loader.store(loader.read(planned, ListLoader.Options.of(Optional.empty(), LoadPolicy.SAFE)));
    }

    private static Entity person(String id, String name) {
        return Entity.builder(id, "Person").add("name", name).target(true).build();
    }

    /** A reader that returns what it was given, whatever the file holds. */
    private record FixedReader(ListData data) implements ListReader {
        @Override
        public String format() {
            return "fixed";
        }

        @Override
        public Optional<String> sniff(FileHead head) {
            return Optional.of(MAIN);
        }

        @Override
        public ListData read(ListInput input) throws IOException {
            return data;
        }
    }
}
