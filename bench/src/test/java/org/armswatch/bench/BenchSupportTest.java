package org.armswatch.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The benchmarks' support: where the data is, and the cycle over the queries. The benchmarks themselves are run by hand. */
class BenchSupportTest {

    @Test
    void findsTheSharedDataBesideTheRepository() {
        assertThat(DataFolder.locate()).isDirectory();
        assertThat(Files.isDirectory(DataFolder.locate().resolve("namematch"))).isTrue();
    }

    @Test
    void aDataPropertyThatIsNoFolderIsRefused() {
        String before = System.getProperty("armswatch.data");
        System.setProperty("armswatch.data", "/no/such/folder");
        try {
            assertThatIllegalStateException().isThrownBy(DataFolder::locate).withMessageContaining("/no/such/folder");
        } finally {
            if (before == null) {
                System.clearProperty("armswatch.data");
            } else {
                System.setProperty("armswatch.data", before);
            }
        }
    }

    @Test
    void queriesCycleFromTheirOffset() {
        Queries q = new Queries(List.of("a", "b", "c"), 4);
        assertThat(q.next().name()).isEqualTo("b");
        assertThat(q.nextName()).isEqualTo("c");
        assertThat(q.next().name()).isEqualTo("a");
        assertThat(q.next().name()).isEqualTo("b");
    }
}
