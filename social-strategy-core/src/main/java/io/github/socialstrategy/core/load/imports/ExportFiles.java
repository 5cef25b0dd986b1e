package io.github.socialstrategy.core.load.imports;

import io.github.socialstrategy.core.model.Diagnostics;
import io.github.socialstrategy.core.model.ImportSpec;
import io.github.socialstrategy.core.model.Location;
import io.github.socialstrategy.core.model.Rule;
import io.github.socialstrategy.core.load.PlanTree;
import io.github.socialstrategy.core.model.SourceFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Opens an export by what it is, not by its name: CSV text (UTF-8, or UTF-16 with its byte-order mark; commas,
 * tabs, or the delimiter an Excel {@code sep=} line names), an Excel workbook ({@code .xlsx}, or the older
 * {@code .xls} that LinkedIn still gives), or something else, which is refused with a message that says what
 * the file looks like and what to export instead (a zip of several CSV files, a PDF report, a web page, an
 * Excel 95 workbook, a password-protected one).
 */
final class ExportFiles {

  private ExportFiles() {}

  /** An opened export, and the sheet read when it is a workbook. */
  record Opened(ExportRows rows, String sheet) {}

  private static final int HEAD = 4096;

  /**
   * Opens the export of an import, or reports why it cannot be read and returns null.
   *
   * @param csv how the loader opens text files
   */
  static Opened open(PlanTree tree, SourceFile file, ImportSpec spec, ExportRows.Opener csv, Diagnostics diagnostics) throws IOException {
    byte[] head = head(tree, file);
    Location at = Location.of(file);
    if (startsWith(head, 0x50, 0x4B, 0x03, 0x04)) {
      return zip(tree, file, spec, diagnostics);
    }
    if (startsWith(head, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
      return XlsRows.open(tree, file, spec, diagnostics);
    }
    if (startsWith(head, '%', 'P', 'D', 'F')) {
      refuse(at, "this file is a PDF document, not a table; export the report as CSV or as an Excel workbook (.xlsx) instead", diagnostics);
      return null;
    }
    Charset charset = StandardCharsets.UTF_8;
    if (startsWith(head, 0xFF, 0xFE) || startsWith(head, 0xFE, 0xFF)) {
      charset = StandardCharsets.UTF_16;
    } else if (isBinary(head)) {
      refuse(at, "this file is binary data, neither CSV text nor an Excel workbook; export the report as CSV or as .xlsx", diagnostics);
      return null;
    }
    String text = new String(head, charset);
    if (isSpreadsheetXml(text)) {
      refuse(
          at,
          "this file is an Excel 2003 XML spreadsheet, not CSV or an .xlsx workbook; export the report as CSV or as .xlsx instead",
          diagnostics);
      return null;
    }
    if (looksLikeHtml(text)) {
      refuse(
          at,
          "this file is a web page (HTML), not CSV or an Excel workbook, whatever its name says (some platforms' \"Excel\" "
              + "downloads are web pages); export the report as CSV or as .xlsx instead",
          diagnostics);
      return null;
    }
    if (spec.sheet() != null) {
      diagnostics.report(
          Rule.INVALID_VALUE,
          spec.source().of("sheet"),
          "'sheet' names a sheet of an Excel workbook, but '" + spec.file() + "' is a CSV text file; remove 'sheet'");
    }
    return new Opened(csv.open(file, charset, delimiter(text, file)), null);
  }

  /**
   * The delimiter of a text export: the one a {@code sep=} line names; else a tab when the first lines hold
   * more tabs than commas (tab-separated exports, such as Google Ads' "Excel CSV", may start with a title
   * line that has neither); else a comma.
   */
  static char delimiter(String head, SourceFile file) {
    String text = head.startsWith("\uFEFF") ? head.substring(1) : head;
    int end = text.indexOf('\n');
    String firstLine = (end < 0 ? text : text.substring(0, end)).replace("\r", "");
    if (firstLine.startsWith("sep=") && firstLine.length() > 4) {
      return firstLine.charAt(4);
    }
    int tabs = 0;
    int commas = 0;
    String[] lines = text.split("\n", 11);
    for (int i = 0; i < Math.min(10, lines.length); i++) {
      for (char c : lines[i].toCharArray()) {
        tabs += c == '\t' ? 1 : 0;
        commas += c == ',' ? 1 : 0;
      }
    }
    return tabs > commas || (tabs > 0 && file.planPath().toLowerCase(Locale.ROOT).endsWith(".tsv")) ? '\t' : ',';
  }

  private static Opened zip(PlanTree tree, SourceFile file, ImportSpec spec, Diagnostics diagnostics) throws IOException {
    List<String> names;
    try {
      names = entries(tree, file);
    } catch (ZipException e) {
      refuse(Location.of(file), "this file starts like a zip archive but is broken (" + e.getMessage()
          + "); download the export again", diagnostics);
      return null;
    }
    boolean workbook = names.contains("xl/workbook.xml") || names.contains("xl/workbook.bin");
    boolean word = names.stream().anyMatch(n -> n.startsWith("word/") || n.startsWith("ppt/"));
    if (workbook) {
      if (names.contains("xl/workbook.bin")) {
        refuse(Location.of(file), "this file is an Excel binary workbook (.xlsb); save it from the platform as .xlsx or CSV instead", diagnostics);
        return null;
      }
      return XlsxRows.open(tree, file, spec, diagnostics);
    }
    if (word) {
      refuse(Location.of(file), "this file is a Word or PowerPoint document, not a table; export the report as CSV or .xlsx instead", diagnostics);
      return null;
    }
    names.sort(null);
    String listed = names.size() <= 6 ? String.join(", ", names) : String.join(", ", names.subList(0, 6)) + " and " + (names.size() - 6) + " more";
    refuse(
        Location.of(file),
        "this file is a zip archive (holding " + (names.isEmpty() ? "nothing" : listed) + "), not one table; unzip it into the "
            + "plan directory and name the CSV or .xlsx file you mean in the import's 'file'",
        diagnostics);
    return null;
  }

  private static void refuse(Location at, String message, Diagnostics diagnostics) {
    diagnostics.report(Rule.YAML_SYNTAX, at, message);
  }

  private static byte[] head(PlanTree tree, SourceFile file) throws IOException {
    try (InputStream in = tree.open(file.planPath())) {
      return in.readNBytes(HEAD);
    }
  }

  /** The names of a zip archive's entries (not its folders): read in place on disk, else streamed. */
  private static List<String> entries(PlanTree tree, SourceFile file) throws IOException {
    List<String> names = new ArrayList<>();
    java.nio.file.Path local = tree.localFile(file.planPath());
    if (local != null) {
      try (ZipFile zip = new ZipFile(local.toFile())) {
        Enumeration<? extends ZipEntry> entries = zip.entries();
        while (entries.hasMoreElements()) {
          String name = entries.nextElement().getName();
          if (!name.endsWith("/")) {
            names.add(name);
          }
        }
      }
      return names;
    }
    try (java.util.zip.ZipInputStream zip = new java.util.zip.ZipInputStream(tree.open(file.planPath()))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        if (!e.getName().endsWith("/")) {
          names.add(e.getName());
        }
      }
    }
    return names;
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xff) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  /** NUL bytes never occur in UTF-8 text; a file holding them is binary. */
  private static boolean isBinary(byte[] head) {
    for (byte b : head) {
      if (b == 0) {
        return true;
      }
    }
    return false;
  }

  private static boolean looksLikeHtml(String text) {
    String s = start(text);
    return s.startsWith("<!doctype html") || s.startsWith("<html") || s.startsWith("<table");
  }

  private static boolean isSpreadsheetXml(String text) {
    String s = start(text);
    return s.startsWith("<?xml") && s.contains("urn:schemas-microsoft-com:office:spreadsheet");
  }

  /** The text's start in lower case, without a byte-order mark and leading blanks. */
  private static String start(String text) {
    String s = text.startsWith("\uFEFF") ? text.substring(1) : text;
    return s.stripLeading().toLowerCase(Locale.ROOT);
  }
}
