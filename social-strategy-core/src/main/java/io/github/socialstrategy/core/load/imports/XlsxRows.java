package io.github.socialstrategy.core.load.imports;

import io.github.socialstrategy.core.model.Diagnostics;
import io.github.socialstrategy.core.model.ImportSpec;
import io.github.socialstrategy.core.model.Location;
import io.github.socialstrategy.core.model.Rule;
import io.github.socialstrategy.core.model.SourceFile;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.util.XMLHelper;
import org.xml.sax.SAXException;

/**
 * One sheet of an {@code .xlsx} workbook, streamed row by row: the sheet's XML is read with a pull parser, so
 * a sheet of a million rows takes no more memory than a row (only the workbook's shared strings are held).
 *
 * <p>Guards against hostile files: POI's zip checks refuse an entry that expands more than {@value
 * #MAX_RATIO} times its compressed size (a zip bomb) or beyond {@value #MAX_ENTRY_MB} MB; a row or column
 * beyond what Excel itself allows, or a cell longer than a million characters, stops the reading with an
 * error naming the limit. XML entities and DTDs are refused by POI's XML factory.
 */
final class XlsxRows extends SheetRows {

  static final int MAX_RATIO = 100;
  static final int MAX_ENTRY_MB = 512;

  static {
    // POI's zip limits are process-wide; these are its defaults made explicit, and the entry size capped.
    ZipSecureFile.setMinInflateRatio(1.0 / MAX_RATIO);
    ZipSecureFile.setMaxEntrySize(MAX_ENTRY_MB * 1024L * 1024L);
  }

  private final OPCPackage pkg;
  private final InputStream sheet;
  private final XMLStreamReader xml;
  private final ReadOnlySharedStringsTable strings;
  private final StylesTable styles;
  private final boolean date1904;
  private final Map<Integer, CellStyle> styleCache = new HashMap<>();

  private XlsxRows(OPCPackage pkg, InputStream sheet, ReadOnlySharedStringsTable strings, StylesTable styles, boolean date1904)
      throws XMLStreamException {
    this.pkg = pkg;
    this.sheet = sheet;
    XMLInputFactory factory = XMLHelper.newXMLInputFactory();
    this.xml = factory.createXMLStreamReader(sheet);
    this.strings = strings;
    this.styles = styles;
    this.date1904 = date1904;
  }

  /** Opens the sheet an import names (or the first), or reports why it cannot and returns null. */
  static ExportFiles.Opened open(io.github.socialstrategy.core.load.PlanTree tree, SourceFile file, ImportSpec spec, Diagnostics diagnostics)
      throws IOException {
    OPCPackage pkg = null;
    try {
      // On disk the workbook's zip is read in place; a revision's copy is read from memory (POI buffers it).
      java.nio.file.Path local = tree.localFile(file.planPath());
      if (local != null) {
        pkg = OPCPackage.open(local.toFile(), PackageAccess.READ);
      } else {
        try (InputStream in = tree.open(file.planPath())) {
          pkg = OPCPackage.open(in);
        }
      }
      XSSFReader reader = new XSSFReader(pkg);
      XSSFReader.SheetIterator sheets = reader.getSheetIterator();
      List<String> names = new ArrayList<>();
      InputStream chosen = null;
      String chosenName = null;
      while (sheets.hasNext()) {
        InputStream in = sheets.next();
        String name = sheets.getSheetName();
        names.add(name);
        if (chosen == null && (spec.sheet() == null || name.strip().equalsIgnoreCase(spec.sheet().strip()))) {
          chosen = in;
          chosenName = name;
        } else {
          in.close();
        }
      }
      if (chosen == null) {
        Workbooks.noSuchSheet(file, spec, names, diagnostics);
        pkg.revert();
        return null;
      }
      ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
      StylesTable styles = reader.getStylesTable();
      boolean date1904 = date1904(reader);
      XlsxRows rows = new XlsxRows(pkg, chosen, strings, styles, date1904);
      return new ExportFiles.Opened(rows, chosenName);
    } catch (IOException | OpenXML4JException | SAXException | XMLStreamException | RuntimeException e) {
      if (pkg != null) {
        pkg.revert();
      }
      diagnostics.report(Rule.YAML_SYNTAX, Location.of(file), unreadable(e));
      return null;
    }
  }

  /** The message for a workbook POI refuses: a zip bomb, an entry too large, a broken file. */
  static String unreadable(Exception e) {
    StringBuilder all = new StringBuilder();
    for (Throwable t = e; t != null && all.length() < 4000; t = t.getCause()) {
      all.append(t.getMessage()).append(' ');
    }
    String m = all.toString();
    if (m.contains("max size") || m.contains("MAX_ENTRY_SIZE")) {
      return "the workbook has a part larger than " + MAX_ENTRY_MB + " MB unpacked (the limit), so it was not read; export a "
          + "shorter date range, or export CSV";
    }
    if (m.contains("Zip bomb") || m.contains("ratio")) {
      return "the workbook looks like a zip bomb: a part of it expands more than " + MAX_RATIO + " times its packed size "
          + "(the limit), so it was not read; export the report again from the platform";
    }
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof XMLStreamException || t instanceof SAXException) {
        return "the file is not a readable Excel workbook (its XML is broken, or declares entities or a DTD, which are "
            + "refused); export the report again as .xlsx or CSV";
      }
    }
    return "the file is not a readable Excel workbook (" + shorten(String.valueOf(e.getMessage())) + "); export the report "
        + "again as .xlsx or CSV";
  }

  private static String shorten(String s) {
    return s.length() > 160 ? s.substring(0, 157) + "..." : s;
  }

  private static boolean date1904(XSSFReader reader) throws IOException, InvalidFormatException, XMLStreamException {
    try (InputStream in = reader.getWorkbookData()) {
      XMLStreamReader wb = XMLHelper.newXMLInputFactory().createXMLStreamReader(in);
      try {
        while (wb.hasNext()) {
          if (wb.next() == XMLStreamConstants.START_ELEMENT) {
            String local = wb.getLocalName();
            if (local.equals("workbookPr")) {
              String v = wb.getAttributeValue(null, "date1904");
              return "1".equals(v) || "true".equals(v);
            }
            if (local.equals("sheets")) {
              return false;
            }
          }
        }
        return false;
      } finally {
        wb.close();
      }
    }
  }

  @Override
  public boolean next() throws IOException, UnreadableException {
    try {
      while (xml.hasNext()) {
        int event = xml.next();
        if (event == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("row")) {
          readRow();
          return true;
        }
      }
      return false;
    } catch (XMLStreamException | RuntimeException e) {
      throw new UnreadableException(unreadable(e), row + 1, 1);
    }
  }

  private void readRow() throws XMLStreamException, UnreadableException {
    String r = xml.getAttributeValue(null, "r");
    int number = r == null ? row + 1 : parse(r);
    if (number <= row || number > WorkbookCells.MAX_ROWS) {
      throw new UnreadableException(
          "the sheet has a row numbered " + r + ", beyond the " + WorkbookCells.MAX_ROWS + " rows a sheet can have (or out of "
              + "order); the workbook is not a platform's export", row + 1, 1);
    }
    row = number;
    cells.clear();
    while (xml.hasNext()) {
      int event = xml.next();
      if (event == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("c")) {
        readCell();
      } else if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("row")) {
        return;
      }
    }
  }

  private void readCell() throws XMLStreamException, UnreadableException {
    String ref = xml.getAttributeValue(null, "r");
    String type = xml.getAttributeValue(null, "t");
    String style = xml.getAttributeValue(null, "s");
    int column = ref == null ? cells.size() : WorkbookCells.columnOf(ref);
    if (column < cells.size() || column >= WorkbookCells.MAX_COLUMNS) {
      throw new UnreadableException(
          "cell " + ref + " is beyond the " + WorkbookCells.MAX_COLUMNS + " columns a sheet can have (or out of order); the "
              + "workbook is not a platform's export", row, Math.max(1, cells.size() + 1));
    }
    String value = null;
    StringBuilder inline = null;
    while (xml.hasNext()) {
      int event = xml.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        String local = xml.getLocalName();
        if (local.equals("v")) {
          value = text();
        } else if (local.equals("t")) {
          if (inline == null) {
            inline = new StringBuilder();
          }
          inline.append(text());
          if (inline.length() > WorkbookCells.MAX_CELL) {
            throw tooLong(ref);
          }
        }
      } else if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("c")) {
        break;
      }
    }
    while (cells.size() < column) {
      cells.add("");
    }
    cells.add(cellText(type, style, value, inline, ref));
  }

  private String cellText(String type, String style, String value, StringBuilder inline, String ref) throws UnreadableException {
    if ("inlineStr".equals(type)) {
      return inline == null ? "" : inline.toString();
    }
    if (value == null) {
      return "";
    }
    if ("s".equals(type)) {
      int index = parse(value);
      if (index < 0 || index >= strings.getCount()) {
        throw new UnreadableException("cell " + ref + " points at shared string " + value + ", which the workbook does not have; "
            + "export the report again", row, cells.size() + 1);
      }
      return strings.getItemAt(index).getString();
    }
    if ("b".equals(type)) {
      return "1".equals(value) ? "TRUE" : "FALSE";
    }
    if ("str".equals(type) || "e".equals(type) || "d".equals(type)) {
      return value;
    }
    double number;
    try {
      number = Double.parseDouble(value);
    } catch (NumberFormatException e) {
      return value;
    }
    CellStyle s = style(style);
    return WorkbookCells.number(number, s == null ? 0 : s.getDataFormat(), s == null ? null : s.getDataFormatString(), date1904);
  }

  private CellStyle style(String index) {
    if (index == null || styles == null) {
      return null;
    }
    int i = parse(index);
    if (i < 0 || i >= styles.getNumCellStyles()) {
      return null;
    }
    return styleCache.computeIfAbsent(i, styles::getStyleAt);
  }

  private String text() throws XMLStreamException, UnreadableException {
    StringBuilder s = new StringBuilder();
    while (xml.hasNext()) {
      int event = xml.next();
      if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA || event == XMLStreamConstants.SPACE) {
        s.append(xml.getText());
        if (s.length() > WorkbookCells.MAX_CELL) {
          throw tooLong(null);
        }
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        break;
      }
    }
    return s.toString();
  }

  private UnreadableException tooLong(String ref) {
    return new UnreadableException(
        "a cell" + (ref == null ? "" : " (" + ref + ")") + " is longer than " + WorkbookCells.MAX_CELL
            + " characters (the limit); the workbook is not a platform's export", row, cells.size() + 1);
  }

  private static int parse(String digits) {
    try {
      return Integer.parseInt(digits.strip());
    } catch (NumberFormatException e) {
      int i = 0;
      while (i < digits.length() && Character.isLetter(digits.charAt(i))) {
        i++;
      }
      try {
        return Integer.parseInt(digits.substring(i));
      } catch (NumberFormatException again) {
        return -1;
      }
    }
  }

  @Override
  public void close() throws IOException {
    try {
      xml.close();
    } catch (XMLStreamException e) {
      // closing a reader over a stream closed below: nothing to lose
    }
    sheet.close();
    pkg.revert();
  }
}
