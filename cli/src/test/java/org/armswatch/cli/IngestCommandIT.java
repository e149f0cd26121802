package org.armswatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ingest}, {@code articles} and {@code articles show} end to end, with a real H2 store. */
class IngestCommandIT {
    static final String STORY = """
            A cargo ship that left a northern port last week carried crates of artillery shells, \
            according to two officials who spoke on condition of anonymity.

            The officials said the shipment was the third of its kind since the spring, and that \
            the crates were loaded at night under guard by soldiers from a border regiment.

            A spokesman for the foreign ministry denied that any weapons had been sold, calling the \
            reports a fabrication meant to damage the country's standing abroad.

            Analysts who track rail traffic near the port said satellite images showed freight cars \
            lined up beside the quay on each of the nights in question.

            The United Nations panel that monitors the embargo is expected to mention the shipments \
            in its next report, due to be published before the end of the year.""";

    @TempDir
    Path home;

    @TempDir
    Path files;

    Cli cli;

    @BeforeEach
    void setUp() {
        cli = new Cli(home);
    }

    static String page(String outlet, String title, String body) {
        StringBuilder html = new StringBuilder("<!doctype html><html><head><meta charset=\"utf-8\">");
        html.append("<title>").append(title).append("</title>");
        html.append("<meta property=\"og:site_name\" content=\"").append(outlet).append("\">");
        html.append("<meta property=\"article:published_time\" content=\"2023-09-05T10:00:00Z\">");
        html.append("</head><body><nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav><article><h1>");
        html.append(title).append("</h1>");
        for (String p : body.split("\n\n")) {
            html.append("<p>").append(p).append("</p>");
        }
        html.append("</article><footer>All rights reserved</footer></body></html>");
        return html.toString();
    }

    private static void deleteTree(Path root) throws IOException {
        try (java.util.stream.Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private Path write(String name, String content) throws IOException {
        Path f = files.resolve(name);
        Files.createDirectories(f.getParent());
        Files.writeString(f, content, StandardCharsets.UTF_8);
        return f;
    }

    @Test
    void ingestsAFolderLinksCopiesAndListsTheArticles() throws IOException {
        write("a/harbour.html", page("Harbour Times", "Shells shipped by night", STORY));
        write("b/valley.html", page("Valley Post", "Night shipments of shells", STORY));
        write(
                "b/notes.txt",
                "Field notes\n\nNothing in these notes concerns weapons or ships at all, only the weather.");
        write("b/skipped.pdf", "not read");

        Cli.Result first = cli.run("ingest", files.toString());
        assertThat(first.exit()).isZero();
        assertThat(first.out()).contains("ingested 2, duplicates 1, syndicated copies 0, skipped 0");

        JsonNode list = cli.run("articles", "--format", "json").json();
        assertThat(list).hasSize(3);
        JsonNode harbour = list.get(0);
        assertThat(harbour.get("outlet").asText()).isEqualTo("Harbour Times");
        assertThat(harbour.get("published").asText()).isEqualTo("2023-09-05");
        assertThat(list.get(1).get("group").asLong())
                .isEqualTo(harbour.get("group").asLong());

        JsonNode shown = cli.run("articles", "show", harbour.get("id").asText(), "--format", "json")
                .json();
        assertThat(shown.get("text").asText()).contains("freight cars").doesNotContain("All rights reserved");
        assertThat(shown.get("raw_sha256").asText()).hasSize(64);
        assertThat(shown.get("language").asText()).isEqualTo("en");
        assertThat(shown.get("content_type").asText()).isEqualTo("text/html");
        assertThat(shown.get("author").isNull()).isTrue();

        JsonNode found = cli.run("articles", "search", "\"freight cars\"", "--format", "json")
                .json();
        assertThat(found).hasSize(2);
        assertThat(found.get(0).get("snippet").asText())
                .isEqualTo("Analysts who track rail traffic near the port said satellite images showed"
                        + " <b>freight cars</b> lined up beside the quay on each of the nights in question.");
        assertThat(cli.run("articles", "search", "freight", "--outlet", "Valley Post", "--format", "json")
                        .json())
                .hasSize(1);
        assertThat(cli.run("articles", "search", "\"unclosed", "--format", "json")
                        .exit())
                .isEqualTo(ExitCode.USAGE);

        // The store is the truth: an index lost is built again from it.
        deleteTree(home.resolve("index"));
        assertThat(cli.run("articles", "search", "embargo", "--format", "json").json())
                .hasSize(2);

        Cli.Result again = cli.run("ingest", files.toString());
        assertThat(again.out()).contains("ingested 0, duplicates 0, syndicated copies 0, skipped 3");

        // A trimmed, retitled version of the story, read by a later run: the near-duplicate index
        // is rebuilt from the store, and the copy joins the story's group.
        String trimmed = STORY.substring(0, STORY.lastIndexOf("\n\n")).replace("two officials", "two diplomats");
        Path wire = write("c/wire.html", page("Coast Wire", "Ammunition moved at night, officials say", trimmed));
        assertThat(cli.run("ingest", wire.toString()).out()).contains("ingested 0, duplicates 0, syndicated copies 1");
        JsonNode all = cli.run("articles", "--format", "json").json();
        assertThat(all).hasSize(4);
        JsonNode copy = all.get(2);
        assertThat(copy.get("source").asText()).endsWith("wire.html");
        assertThat(copy.get("group").asLong()).isEqualTo(harbour.get("group").asLong());
        assertThat(cli.run("articles", "--outlet", "valley post", "--format", "json")
                        .json())
                .hasSize(1);
    }

    @Test
    void aBadFileFailsAloneWithItsReasonAndExitCode3() throws IOException {
        write("good.txt", "A title\n\n" + STORY);
        write("empty.html", "");
        Cli.Result r = cli.run("ingest", files.toString());
        assertThat(r.exit()).isEqualTo(ExitCode.REFUSED);
        assertThat(r.err()).contains("empty.html");
        assertThat(r.out()).contains("ingested 1").contains("failed 1");
        assertThat(cli.run("articles", "--format", "json").json()).hasSize(1);
    }

    @Test
    void unknownPathsAndArticlesAreNotFound() {
        assertThat(cli.run("ingest", files.resolve("nowhere").toString()).exit())
                .isEqualTo(ExitCode.NOT_FOUND);
        assertThat(cli.run("articles", "show", "99").exit()).isEqualTo(ExitCode.NOT_FOUND);
    }
}
