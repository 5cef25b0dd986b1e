package io.github.socialstrategy.core.load.imports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Workbooks for the tests: built with POI's own writer (as Excel and the platforms write them), or
 * assembled part by part for the shapes a writer would not produce (inline strings, hostile files).
 */
final class TestWorkbooks {

  private TestWorkbooks() {}

  /**
   * Writes rows into a new sheet of a workbook. A {@link java.time.LocalDate} becomes a date-formatted cell, a
   * {@link Number} a number cell, a {@link Percent} a percent-formatted one, a {@link Serial} a bare serial
   * number, anything else a text cell; null leaves the cell out.
   */
  static void sheet(Workbook wb, String name, Object[]... rows) {
    Sheet sheet = wb.createSheet(name);
    CellStyle date = wb.createCellStyle();
    date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("m/d/yy"));
    CellStyle percent = wb.createCellStyle();
    percent.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("0.00%"));
    for (int r = 0; r < rows.length; r++) {
      Row row = sheet.createRow(r);
      for (int c = 0; c < rows[r].length; c++) {
        Object v = rows[r][c];
        if (v == null) {
          continue;
        }
        Cell cell = row.createCell(c);
        if (v instanceof java.time.LocalDate d) {
          cell.setCellValue(d);
          cell.setCellStyle(date);
        } else if (v instanceof Percent p) {
          cell.setCellValue(p.fraction());
          cell.setCellStyle(percent);
        } else if (v instanceof Serial s) {
          cell.setCellValue(s.days());
        } else if (v instanceof Number n) {
          cell.setCellValue(n.doubleValue());
        } else {
          cell.setCellValue(v.toString());
        }
      }
    }
  }

  record Percent(double fraction) {}

  record Serial(double days) {}

  static byte[] bytes(Workbook wb) {
    try (wb; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      wb.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A minimal {@code .xlsx} with one sheet whose {@code <sheetData>} is given as XML. */
  static byte[] minimal(String sheetData) {
    Map<String, byte[]> parts = new LinkedHashMap<>();
    parts.put("[Content_Types].xml", (
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
            + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
            + "</Types>").getBytes(StandardCharsets.UTF_8));
    parts.put("_rels/.rels", (
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
            + "</Relationships>").getBytes(StandardCharsets.UTF_8));
    parts.put("xl/workbook.xml", (
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
            + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>"
            + "<sheet name=\"Export\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>").getBytes(StandardCharsets.UTF_8));
    parts.put("xl/_rels/workbook.xml.rels", (
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
            + "</Relationships>").getBytes(StandardCharsets.UTF_8));
    parts.put("xl/worksheets/sheet1.xml", (
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
            + "<sheetData>" + sheetData + "</sheetData></worksheet>").getBytes(StandardCharsets.UTF_8));
    return zip(parts);
  }

  static byte[] zip(Map<String, byte[]> entries) {
    try (ByteArrayOutputStream bytes = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (Map.Entry<String, byte[]> e : entries.entrySet()) {
        zip.putNextEntry(new ZipEntry(e.getKey()));
        zip.write(e.getValue());
        zip.closeEntry();
      }
      zip.finish();
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** An inline-string cell, as some exporters write text without a shared strings table. */
  static String inline(String ref, String text) {
    return "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + text + "</t></is></c>";
  }

  static String number(String ref, String value) {
    return "<c r=\"" + ref + "\"><v>" + value + "</v></c>";
  }
}
