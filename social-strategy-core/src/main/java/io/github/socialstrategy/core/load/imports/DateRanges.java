package io.github.socialstrategy.core.load.imports;

import io.github.socialstrategy.core.model.Period;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the date range an export states about itself, in the words the platforms use above their tables
 * or in the names they give files and folders:
 *
 * <ul>
 *   <li>a start and an end on their own ({@code # Start date: 20260101} and {@code # End date: 20260131} in
 *       GA4; {@code Report Start: 09/01/2026, Report End: 09/30/2026} in LinkedIn Campaign Manager);
 *   <li>two dates joined by a dash, {@code to} or an underscore ({@code # 20230515-20230521} in GA4 and
 *       Universal Analytics, {@code "January 1, 2026 - January 31, 2026"} in Google Ads,
 *       {@code ..., 09/07/2026 - 11/01/2026} in LinkedIn page exports, {@code Content 2026-07-01_2026-09-30
 *       Acme} as YouTube Studio names its export folders).
 * </ul>
 */
final class DateRanges {

  private DateRanges() {}

  private static final String DATE =
      "(?:\\d{4}-\\d{2}-\\d{2}|\\d{8}|\\d{1,2}/\\d{1,2}/\\d{4}|(?:[A-Za-z]{3,9}\\.?,?\\s+)?[A-Za-z]{3,9}\\.?\\s+\\d{1,2},\\s*\\d{4})";
  private static final Pattern PAIR =
      Pattern.compile("(" + DATE + ")\\s*(?:-|\u2013|\u2014|_|\\bto\\b)\\s*(" + DATE + ")", Pattern.CASE_INSENSITIVE);
  private static final Pattern START =
      Pattern.compile("\\b(?:start date|report start|reporting starts?|start|from)\\s*:\\s*(" + DATE + ")", Pattern.CASE_INSENSITIVE);
  private static final Pattern END =
      Pattern.compile("\\b(?:end date|report end|reporting ends?|end|to|until)\\s*:\\s*(" + DATE + ")", Pattern.CASE_INSENSITIVE);

  /** The range stated in these lines (all together, in order), or null when they state none. */
  static Period in(List<String> lines) {
    LocalDate start = null;
    LocalDate end = null;
    Period pair = null;
    for (String line : lines) {
      Matcher s = START.matcher(line);
      if (s.find() && start == null) {
        start = ExportCells.date(s.group(1));
      }
      Matcher e = END.matcher(line);
      if (e.find() && end == null) {
        end = ExportCells.date(e.group(1));
      }
      if (pair == null) {
        pair = pair(line);
      }
    }
    if (start != null && end != null && !end.isBefore(start)) {
      return new Period(start, end);
    }
    return pair;
  }

  /** The range in a file or folder name, such as {@code Content 2026-07-01_2026-09-30 Acme}. */
  static Period inName(String name) {
    return pair(name);
  }

  private static Period pair(String text) {
    Matcher m = PAIR.matcher(text);
    while (m.find()) {
      LocalDate a = ExportCells.date(m.group(1).replace("_", " "));
      LocalDate b = ExportCells.date(m.group(2));
      if (a != null && b != null && !b.isBefore(a)) {
        return new Period(a, b);
      }
    }
    return null;
  }

  /** A cell holding a range of days ({@code 20230515-20230521}, as GA4 writes weeks in a Date column), or null. */
  static Period cell(String cell) {
    String s = cell.strip().toLowerCase(Locale.ROOT);
    Matcher m = PAIR.matcher(s);
    return m.matches() ? pair(s) : null;
  }
}
