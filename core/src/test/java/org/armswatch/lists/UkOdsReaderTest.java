package org.armswatch.lists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.armswatch.model.Entity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UkOdsReaderTest {
    private static final UkOdsReader READER = new UkOdsReader();
    private static final String ODS = "data/uk/FCDO_SL_Mon_Aug_11_2025.ods";
    private static final String NAMESPACES = "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
            + " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\""
            + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"";
    private static ListData data;
    private static Map<String, Entity> byId;

    @TempDir
    Path tmp;

    @BeforeAll
    static void readSample() throws Exception {
        data = READER.read(ListInput.of(TestData.shared(ODS)));
        byId = data.entities().stream().collect(Collectors.toMap(Entity::id, Function.identity()));
    }

    @Test
    void readsEveryDesignation() {
        UkCsvReaderTest.assertCounts(data, "uk-ods");
        UkCsvReaderTest.checkMunitionsIndustryDepartment(byId);
        assertThat(byId.get("uk:RUS0689").values("name")).containsExactly("SHOIGU Sergei Kuzhugetovich");
        assertThat(byId.get("uk:DPR0075").schema()).isEqualTo("Vessel");
        assertThat(byId.get("uk:DPR0075").values("name")).containsExactly("Petrel 8");
        assertThat(byId.get("uk:DPR0075").values("notes")).isEmpty();
        assertThat(byId.get("uk:RUS1961").values("name"))
                .containsExactly(
                        "Islamic Revolutionary Guard Corps – Research and Self-Sufficiency Jihad Organization (IRGC-SSJO)");
    }

    @Test
    void givesTheSameEntitiesAsTheCsv() throws Exception {
        ListData csv =
                new UkCsvReader().read(ListInput.of(TestData.shared("data/uk/uk_sanctions_list_2025-08-11.csv")));
        assertThat(data.entities()).isEqualTo(csv.entities());
        assertThat(data.quirks()).isEqualTo(csv.quirks());
        assertThat(data.recordCount()).isEqualTo(csv.recordCount());
    }

    @Test
    void readsSpreadsheetCellsTheWayOdsWritesThem() throws Exception {
        String header = "<table:table-row>"
                + cell("Name") + cell("Type")
                + "<table:table-cell table:number-columns-repeated=\"2\"/>"
                + cell("Unique ID") + cell("Regime Name") + cell("Date Designated") + cell("Sanctions Imposed")
                + cell("Designation source") + cell("OFSI Group ID")
                + "<table:table-cell table:number-columns-repeated=\"16374\"/></table:table-row>";
        String person = "<table:table-row>"
                + "<table:table-cell office:value-type=\"string\"><text:p>IVANOV</text:p>"
                + "<text:p>Ivan<text:s text:c=\"3\"/>Petrovich</text:p></table:table-cell>"
                + cell("Individual")
                + "<table:table-cell table:number-columns-repeated=\"2\" office:value-type=\"string\"><text:p>x</text:p></table:table-cell>"
                + cell("RUS9001") + cell("Russia")
                + "<table:table-cell office:value-type=\"date\" office:date-value=\"2022-03-15\"><text:p>15/03/2022</text:p></table:table-cell>"
                + "<table:table-cell office:value-type=\"string\"><text:p>Asset freeze,<text:line-break/>"
                + "<text:span>Travel</text:span> Ban</text:p></table:table-cell>"
                + cell("UK")
                + "<table:table-cell office:value-type=\"string\"><text:p>\n            </text:p></table:table-cell>"
                + "<table:table-cell table:number-columns-repeated=\"16374\"/></table:table-row>";
        String ship = "<table:table-row table:number-rows-repeated=\"2\">"
                + "<table:table-cell office:value-type=\"string\"><office:annotation><text:p>a reviewer's note</text:p>"
                + "</office:annotation><text:p>Petrel 9</text:p></table:table-cell>"
                + cell("Ship") + "<table:table-cell table:number-columns-repeated=\"2\"/>"
                + cell("DPR9002") + cell("Democratic People's Republic of Korea") + cell("03-10-2017")
                + cell("Prohibition of port entry") + cell("UN") + cell("")
                + "</table:table-row>";
        String sheet = "<table:table-row>" + cell("Report of designations") + "</table:table-row>"
                + "<table:table-row table:number-rows-repeated=\"3\"><table:table-cell table:number-columns-repeated=\"16384\"/></table:table-row>"
                + header + person + ship
                + "<table:table-row table:number-rows-repeated=\"1048000\"><table:table-cell table:number-columns-repeated=\"16384\"/></table:table-row>";
        Path file = ods("cells.ods", UkOdsReader.MIMETYPE, content(sheet), true);

        ListData d = READER.read(ListInput.of(file));
        assertThat(d.recordCount()).isEqualTo(2);
        assertThat(d.quirks())
                .extracting(Quirk::recordId, Quirk::code)
                .containsExactly(tuple("DPR9002", "duplicate-id"));
        Map<String, Entity> ids = d.entities().stream().collect(Collectors.toMap(Entity::id, Function.identity()));
        Entity person9001 = ids.get("uk:RUS9001");
        assertThat(person9001.schema()).isEqualTo("Person");
        assertThat(person9001.values("name")).containsExactly("IVANOV Ivan Petrovich");
        assertThat(person9001.values("notes")).isEmpty();
        Entity sanction = ids.get("uk:RUS9001/sanction");
        assertThat(sanction.values("listingDate")).containsExactly("2022-03-15");
        assertThat(sanction.values("provisions")).containsExactly("Asset freeze", "Travel Ban");
        assertThat(sanction.values("summary")).containsExactly("Designation source: UK");
        assertThat(ids.get("uk:DPR9002").values("name")).containsExactly("Petrel 9");
        assertThat(ids.get("uk:DPR9002/sanction").values("listingDate")).containsExactly("2017-10-03");
        assertThat(READER.sniff(FileHead.of(file))).contains(ListReader.MAIN);
    }

    @Test
    void refusesACutZipNamingTheFile() throws Exception {
        byte[] bytes = Files.readAllBytes(TestData.shared(ODS));
        Path file = tmp.resolve("cut.ods");
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        assertThatThrownBy(() -> READER.read(ListInput.of(file)))
                .isInstanceOf(ListRefusedException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("not a readable ODS");
    }

    @Test
    void refusesCorruptCompressedContent() throws Exception {
        byte[] bytes = Files.readAllBytes(TestData.shared(ODS));
        for (int i = 60_000; i < 60_400; i++) {
            bytes[i] = (byte) (bytes[i] ^ 0x5A);
        }
        Path file = tmp.resolve("corrupt.ods");
        Files.write(file, bytes);
        assertThatThrownBy(() -> READER.read(ListInput.of(file)))
                .isInstanceOf(ListRefusedException.class)
                .hasMessageContaining(file.toString());
    }

    @Test
    void refusesStructurallyWrongSpreadsheets() throws Exception {
        String good = "<table:table-row>" + cell("Unique ID") + cell("Name") + cell("Regime Name") + cell("Type")
                + cell("Date Designated") + "</table:table-row>";
        Map<Path, String> cases = new LinkedHashMap<>();
        cases.put(
                ods(
                        "doctype.ods",
                        UkOdsReader.MIMETYPE,
                        "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/hostname\">]>"
                                + content(good).substring(content(good).indexOf("<office:document-content")),
                        false),
                "DOCTYPE");
        cases.put(ods("text.ods", "application/vnd.oasis.opendocument.text", content(good), false), "mimetype");
        cases.put(ods("nocontent.ods", UkOdsReader.MIMETYPE, null, false), "without content.xml");
        cases.put(
                ods(
                        "notable.ods",
                        UkOdsReader.MIMETYPE,
                        "<office:document-content " + NAMESPACES + "><office:body/></office:document-content>",
                        false),
                "no table");
        cases.put(
                ods(
                        "noheader.ods",
                        UkOdsReader.MIMETYPE,
                        content("<table:table-row>" + cell("Id") + cell("Label") + "</table:table-row>"),
                        false),
                "no header row");
        cases.put(ods("truncated.ods", UkOdsReader.MIMETYPE, content(good).substring(0, 300), false), "truncated");
        cases.put(
                ods(
                        "noid.ods",
                        UkOdsReader.MIMETYPE,
                        content(good + "<table:table-row>" + cell("") + cell("X") + cell("Russia") + cell("Entity")
                                + cell("01-01-2020") + "</table:table-row>"),
                        false),
                "row 2: no Unique ID");
        cases.put(plainFile("not-a-zip.ods", "Unique ID,Name\n"), "not a readable ODS");
        for (Map.Entry<Path, String> c : cases.entrySet()) {
            assertThatThrownBy(() -> READER.read(ListInput.of(c.getKey())))
                    .as(c.getKey().toString())
                    .isInstanceOf(ListRefusedException.class)
                    .hasMessageContaining(c.getKey().toString())
                    .hasMessageContaining(c.getValue());
        }
    }

    @Test
    void sniffsItsOwnFormatOnly() throws Exception {
        assertThat(READER.sniff(FileHead.of(TestData.shared(ODS)))).contains(ListReader.MAIN);
        for (Path other : UkCsvReaderTest.otherFormats(ODS)) {
            assertThat(READER.sniff(FileHead.of(other))).as(other.toString()).isEmpty();
        }
        assertThat(READER.sniff(FileHead.of(EuXmlReaderTest.fixture()))).isEmpty();
        String otherSheet = content("<table:table-row>" + cell("Invoice") + cell("Amount") + "</table:table-row>");
        assertThat(READER.sniff(FileHead.of(ods("invoices.ods", UkOdsReader.MIMETYPE, otherSheet, false))))
                .isEmpty();
        assertThat(READER.sniff(
                        FileHead.of(ods("text.ods", "application/vnd.oasis.opendocument.text", otherSheet, false))))
                .isEmpty();
    }

    @Test
    void sniffFindsADeflatedMimetypeBehindEntriesWithDataDescriptors() throws Exception {
        Path file = tmp.resolve("reordered.ods");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("META-INF/manifest.xml"));
            zip.write("<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\"/>"
                    .getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("mimetype"));
            zip.write(UkOdsReader.MIMETYPE.getBytes(StandardCharsets.US_ASCII));
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write(content("<table:table-row>" + cell("Unique ID") + "</table:table-row>")
                    .getBytes(StandardCharsets.UTF_8));
        }
        assertThat(READER.sniff(FileHead.of(file))).contains(ListReader.MAIN);
    }

    private static String cell(String text) {
        return "<table:table-cell office:value-type=\"string\"><text:p>" + text + "</text:p></table:table-cell>";
    }

    private static String content(String rows) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-content " + NAMESPACES
                + "><office:body><office:spreadsheet><table:table table:name=\"Sheet1\">"
                + "<table:table-column table:number-columns-repeated=\"16384\"/>" + rows
                + "</table:table></office:spreadsheet></office:body></office:document-content>";
    }

    /** An ODS with a stored {@code mimetype} first, as OpenDocument asks, and a deflated content.xml. */
    private Path ods(String name, String mimetype, String content, boolean bom) throws IOException {
        Path file = tmp.resolve(name);
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            byte[] type = mimetype.getBytes(StandardCharsets.US_ASCII);
            ZipEntry entry = new ZipEntry("mimetype");
            entry.setMethod(ZipEntry.STORED);
            entry.setSize(type.length);
            CRC32 crc = new CRC32();
            crc.update(type);
            entry.setCrc(crc.getValue());
            zip.putNextEntry(entry);
            zip.write(type);
            if (content != null) {
                zip.putNextEntry(new ZipEntry("content.xml"));
                OutputStream out = zip;
                if (bom) {
                    out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
                }
                out.write(content.getBytes(StandardCharsets.UTF_8));
            }
        }
        return file;
    }

    private Path plainFile(String name, String text) throws IOException {
        Path file = tmp.resolve(name);
        Files.writeString(file, text);
        return file;
    }
}
