package io.github.socialstrategy.core.load.imports;

import java.time.LocalDateTime;
import java.util.Locale;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.NumberToTextConverter;

/**
 * A workbook cell's number as the export shows it, so that workbooks and CSV files read alike: a
 * date-formatted number is the date ({@code 2026-07-14}, with its time when it has one), a
 * percent-formatted one the percentage ({@code 0.045} shown as {@code 4.5%}), any other number in Excel's
 * own shortest form ({@code 1200}, {@code 0.0592}). Also the limits every workbook is read within.
 */
final class WorkbookCells {

  private WorkbookCells() {}

  /** Rows and columns a sheet can have in Excel; a sheet claiming more is not an export. */
  static final int MAX_ROWS = 1_048_576;

  static final int MAX_COLUMNS = 16_384;

  /** Longest text cell accepted, as for CSV cells. */
  static final int MAX_CELL = 1 << 20;

  /** The text of a number cell. */
  static String number(double value, int formatIndex, String formatString, boolean date1904) {
    if (formatString != null && DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
      LocalDateTime t = DateUtil.getLocalDateTime(value, date1904, true);
      if (t.toLocalTime().toSecondOfDay() == 0) {
        return t.toLocalDate().toString();
      }
      return t.toLocalDate() + " " + t.toLocalTime().withNano(0);
    }
    if (formatString != null && formatString.contains("%")) {
      return NumberToTextConverter.toText(value * 100) + "%";
    }
    return NumberToTextConverter.toText(value);
  }

  /** The column letters of a 0-based column index: 0 is A, 26 is AA. */
  static String letters(int index) {
    StringBuilder s = new StringBuilder();
    for (int n = index + 1; n > 0; n = (n - 1) / 26) {
      s.insert(0, (char) ('A' + (n - 1) % 26));
    }
    return s.toString();
  }

  /** The 0-based column index of a cell reference such as {@code C12}, or -1 when it is none. */
  static int columnOf(String reference) {
    int index = 0;
    int i = 0;
    String r = reference.toUpperCase(Locale.ROOT);
    while (i < r.length() && r.charAt(i) >= 'A' && r.charAt(i) <= 'Z') {
      index = index * 26 + (r.charAt(i) - 'A' + 1);
      if (index > MAX_COLUMNS * 26) {
        return Integer.MAX_VALUE;
      }
      i++;
    }
    return i == 0 ? -1 : index - 1;
  }
}
