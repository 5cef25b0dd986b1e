package io.github.socialstrategy.core.load.imports;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files that are neither CSV nor a workbook are refused with what they look like and what to export
 * instead; hostile workbooks (a zip bomb, a sheet beyond Excel's limits, entities) are refused cleanly,
 * naming the limit. Never a stack trace.
 */
class UnreadableExportTest {

  @TempDir Path dir;

  private static final String IMPORT =
      """
      imports:
        - file: exports/%s
          format: meta-ads
          metrics: { Impressions: impressions }
      """;

  /** A meta-ads header row, so that the reading goes on past it into what follows. */
  private static final String HEADER =
      "<row r=\"1\">" + TestWorkbooks.inline("A1", "Campaign name") + TestWorkbooks.inline("B1", "Reporting starts")
          + TestWorkbooks.inline("C1", "Reporting ends") + TestWorkbooks.inline("D1", "Impressions") + "</row>";

  private ImportHarness.Loaded load(String name, byte[] bytes) {
    ImportHarness.Loaded loaded = new ImportHarness(dir).write("exports/" + name, bytes).load(IMPORT.formatted(name));
    assertThat(loaded.results()).isEmpty();
    assertThat(loaded.findings())
        .allSatisfy(f -> assertThat(f).doesNotContain("Exception", "\tat ", "java.", "org.apache"));
    return loaded;
  }

  @Test
  void aPdfReport() {
    assertThat(load("report.csv", "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n".getBytes(UTF_8)).findings())
        .containsExactly(
            "exports/report.csv:1:1 yaml-syntax: this file is a PDF document, not a table; export the report as CSV or as an "
                + "Excel workbook (.xlsx) instead");
  }

  @Test
  void aZipOfSeveralCsvFilesListsThem() {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    entries.put("Table data.csv", "Content,Views\n".getBytes(UTF_8));
    entries.put("Chart data.csv", "Date,Views\n".getBytes(UTF_8));
    entries.put("Totals.csv", "Date,Views\n".getBytes(UTF_8));
    assertThat(load("Content 2026-07-01_2026-09-30 Acme.zip", TestWorkbooks.zip(entries)).findings())
        .containsExactly(
            "exports/Content 2026-07-01_2026-09-30 Acme.zip:1:1 yaml-syntax: this file is a zip archive (holding Chart "
                + "data.csv, Table data.csv, Totals.csv), not one table; unzip it into the plan directory and name the CSV or "
                + ".xlsx file you mean in the import's 'file'");
  }

  @Test
  void aWordDocument() {
    assertThat(load("brief.xlsx", TestWorkbooks.zip(Map.of("word/document.xml", "<w/>".getBytes(UTF_8)))).findings())
        .containsExactly(
            "exports/brief.xlsx:1:1 yaml-syntax: this file is a Word or PowerPoint document, not a table; export the report "
                + "as CSV or .xlsx instead");
  }

  @Test
  void aWebPageSavedAsExcel() {
    assertThat(load("ads.xls", "<html><body><table><tr><td>Impressions</td></tr></table></body></html>".getBytes(UTF_8)).findings())
        .singleElement()
        .asString()
        .startsWith("exports/ads.xls:1:1 yaml-syntax: this file is a web page (HTML), not CSV or an Excel workbook");
  }

  @Test
  void anExcel2003XmlSpreadsheet() {
    String xml = "<?xml version=\"1.0\"?>\n<Workbook xmlns=\"urn:schemas-microsoft-com:office:spreadsheet\"><Worksheet/></Workbook>";
    assertThat(load("report.xls", xml.getBytes(UTF_8)).findings())
        .containsExactly(
            "exports/report.xls:1:1 yaml-syntax: this file is an Excel 2003 XML spreadsheet, not CSV or an .xlsx workbook; "
                + "export the report as CSV or as .xlsx instead");
  }

  @Test
  void anExcel95WorkbookAndAPasswordProtectedOne() throws IOException {
    assertThat(load("old.xls", ole2("Book")).findings())
        .containsExactly(
            "exports/old.xls:1:1 yaml-syntax: this is an Excel 5.0/95 workbook, too old to read; export the report again as "
                + ".xlsx or CSV");
    assertThat(load("locked.xlsx", ole2("EncryptionInfo")).findings())
        .containsExactly(
            "exports/locked.xlsx:1:1 yaml-syntax: this workbook is protected with a password; export the report again without one");
  }

  @Test
  void binaryData() {
    assertThat(load("data.csv", new byte[] {1, 2, 0, 0, 42, 7}).findings())
        .containsExactly(
            "exports/data.csv:1:1 yaml-syntax: this file is binary data, neither CSV text nor an Excel workbook; export the "
                + "report as CSV or as .xlsx");
  }

  @Test
  void aZipBombIsRefusedNamingTheLimit() {
    // 40 MB of blank rows packs into some 40 KB: a thousand times smaller, where a real sheet packs ten times.
    String blank = " ".repeat(40 * 1024 * 1024);
    byte[] bomb = TestWorkbooks.minimal(HEADER + blank);
    assertThat(bomb.length).isLessThan(200_000);
    assertThat(load("bomb.xlsx", bomb).findings())
        .singleElement()
        .asString()
        .contains("yaml-syntax: the workbook looks like a zip bomb: a part of it expands more than 100 times its packed size "
            + "(the limit), so it was not read");
  }

  @Test
  void aRowBeyondExcelsLastRowIsRefusedNamingTheLimit() {
    String sheet = HEADER + "<row r=\"2000000\">"
        + TestWorkbooks.inline("A2000000", "2026-01-01") + "</row>";
    assertThat(load("huge.xlsx", TestWorkbooks.minimal(sheet)).findings())
        .containsExactly(
            "exports/huge.xlsx:2:1 yaml-syntax: the sheet has a row numbered 2000000, beyond the 1048576 rows a sheet can "
                + "have (or out of order); the workbook is not a platform's export");
  }

  @Test
  void aColumnBeyondExcelsLastColumnIsRefusedNamingTheLimit() {
    String sheet = "<row r=\"1\">" + TestWorkbooks.inline("A1", "Campaign name") + TestWorkbooks.inline("ZZZZ1", "Impressions") + "</row>";
    assertThat(load("wide.xlsx", TestWorkbooks.minimal(sheet)).findings())
        .containsExactly(
            "exports/wide.xlsx:1:2 yaml-syntax: cell ZZZZ1 is beyond the 16384 columns a sheet can have (or out of order); "
                + "the workbook is not a platform's export");
  }

  @Test
  void anEntityInASheetIsRefusedAndNothingOutsideTheFileIsRead() {
    String sheetXml = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
        + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData><row r=\"1\">"
        + "<c r=\"A1\" t=\"inlineStr\"><is><t>&e;</t></is></c></row></sheetData></worksheet>";
    assertThat(load("entity.xlsx", replaceSheet(sheetXml)).findings())
        .singleElement()
        .asString()
        .startsWith("exports/entity.xlsx:2:1 yaml-syntax: the file is not a readable Excel workbook (its XML is broken, or "
            + "declares entities or a DTD, which are refused)")
        .doesNotContain("root:");
  }

  private static byte[] replaceSheet(String sheetXml) {
    byte[] base = TestWorkbooks.minimal("");
    Map<String, byte[]> entries = new LinkedHashMap<>();
    try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(base))) {
      for (java.util.zip.ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        entries.put(e.getName(), e.getName().equals("xl/worksheets/sheet1.xml") ? sheetXml.getBytes(UTF_8) : in.readAllBytes());
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return TestWorkbooks.zip(entries);
  }

  /** An OLE2 container holding one stream of this name. */
  private static byte[] ole2(String stream) throws IOException {
    try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      fs.createDocument(new java.io.ByteArrayInputStream(new byte[4096]), stream);
      fs.writeFilesystem(out);
      return out.toByteArray();
    }
  }
}
