package io.github.socialstrategy.core.load.imports;

import io.github.socialstrategy.core.model.Diagnostics;
import io.github.socialstrategy.core.model.ImportSpec;
import io.github.socialstrategy.core.model.Location;
import io.github.socialstrategy.core.model.Rule;
import io.github.socialstrategy.core.model.SourceFile;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.OldExcelFormatException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * One sheet of an old binary Excel workbook ({@code .xls}, Excel 97 to 2003), the format LinkedIn still gives
 * for its page follower and visitor exports. Such a file is read whole into memory, so it is refused beyond
 * {@value #MAX_MB} MB (a page export is a few hundred KB). Other files in the same container format (a
 * password-protected {@code .xlsx}, a Word document, an Excel 95 workbook) are refused with what they are.
 */
final class XlsRows extends SheetRows {

  static final int MAX_MB = 20;

  private final HSSFWorkbook workbook;
  private final Sheet sheet;
  private int next;

  private XlsRows(HSSFWorkbook workbook, Sheet sheet) {
    this.workbook = workbook;
    this.sheet = sheet;
    this.next = Math.max(0, sheet.getFirstRowNum());
  }

  static ExportFiles.Opened open(io.github.socialstrategy.core.load.PlanTree tree, SourceFile file, ImportSpec spec, Diagnostics diagnostics)
      throws IOException {
    Location at = Location.of(file);
    if (tree.size(file.planPath()) > MAX_MB * 1024L * 1024L) {
      diagnostics.report(
          Rule.YAML_SYNTAX, at, "this .xls workbook is larger than " + MAX_MB + " MB (the limit for old Excel files, which are read "
              + "whole); export the report as .xlsx or CSV instead");
      return null;
    }
    POIFSFileSystem fs;
    try {
      java.nio.file.Path local = tree.localFile(file.planPath());
      if (local != null) {
        fs = new POIFSFileSystem(local.toFile(), true);
      } else {
        try (java.io.InputStream in = tree.open(file.planPath())) {
          fs = new POIFSFileSystem(in);
        }
      }
    } catch (IOException | RuntimeException e) {
      diagnostics.report(Rule.YAML_SYNTAX, at, "this file looks like an old Office file but cannot be read (" + e.getMessage()
          + "); export the report again as .xlsx or CSV");
      return null;
    }
    String what = what(fs);
    if (what != null) {
      fs.close();
      diagnostics.report(Rule.YAML_SYNTAX, at, what);
      return null;
    }
    try {
      HSSFWorkbook workbook = new HSSFWorkbook(fs.getRoot(), false);
      List<String> names = new ArrayList<>();
      int chosen = -1;
      for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
        String name = workbook.getSheetName(i);
        names.add(name);
        if (chosen < 0 && (spec.sheet() == null || name.strip().equalsIgnoreCase(spec.sheet().strip()))) {
          chosen = i;
        }
      }
      if (chosen < 0) {
        Workbooks.noSuchSheet(file, spec, names, diagnostics);
        workbook.close();
        return null;
      }
      return new ExportFiles.Opened(new XlsRows(workbook, workbook.getSheetAt(chosen)), names.get(chosen));
    } catch (OldExcelFormatException e) {
      fs.close();
      diagnostics.report(Rule.YAML_SYNTAX, at, "this is an Excel 5.0/95 workbook, too old to read; export the report again as .xlsx or CSV");
      return null;
    } catch (EncryptedDocumentException e) {
      fs.close();
      diagnostics.report(Rule.YAML_SYNTAX, at, "this workbook is protected with a password; export the report again without one");
      return null;
    } catch (IOException | RuntimeException e) {
      fs.close();
      diagnostics.report(Rule.YAML_SYNTAX, at, "this .xls workbook cannot be read (" + e.getMessage() + "); export the report again as .xlsx or CSV");
      return null;
    }
  }

  /** What an OLE2 file is when it is not an Excel 97-2003 workbook, or null when it is one. */
  private static String what(POIFSFileSystem fs) {
    var root = fs.getRoot();
    if (root.hasEntryCaseInsensitive("EncryptionInfo") || root.hasEntryCaseInsensitive("EncryptedPackage")) {
      return "this workbook is protected with a password; export the report again without one";
    }
    if (root.hasEntryCaseInsensitive("Workbook")) {
      return null;
    }
    if (root.hasEntryCaseInsensitive("Book")) {
      return "this is an Excel 5.0/95 workbook, too old to read; export the report again as .xlsx or CSV";
    }
    if (root.hasEntryCaseInsensitive("WordDocument") || root.hasEntryCaseInsensitive("PowerPoint Document")) {
      return "this file is a Word or PowerPoint document, not a table; export the report as CSV or .xlsx instead";
    }
    return "this file is an old Office file but not an Excel workbook; export the report as CSV or .xlsx instead";
  }

  @Override
  public boolean next() {
    while (next <= sheet.getLastRowNum()) {
      Row r = sheet.getRow(next++);
      if (r == null) {
        continue;
      }
      row = r.getRowNum() + 1;
      cells.clear();
      for (int c = 0; c < Math.min(r.getLastCellNum(), WorkbookCells.MAX_COLUMNS); c++) {
        cells.add(text(r.getCell(c)));
      }
      return true;
    }
    return false;
  }

  private String text(Cell cell) {
    if (cell == null) {
      return "";
    }
    CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
    switch (type) {
      case STRING:
        return cell.getStringCellValue();
      case NUMERIC:
        return WorkbookCells.number(
            cell.getNumericCellValue(),
            cell.getCellStyle().getDataFormat(),
            cell.getCellStyle().getDataFormatString(),
            workbook.getInternalWorkbook().isUsing1904DateWindowing());
      case BOOLEAN:
        return cell.getBooleanCellValue() ? "TRUE" : "FALSE";
      case ERROR:
        return FormulaError.forInt(cell.getErrorCellValue()).getString();
      default:
        return "";
    }
  }

  @Override
  public void close() throws IOException {
    workbook.close();
  }
}
