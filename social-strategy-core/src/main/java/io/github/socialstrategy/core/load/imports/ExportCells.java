package io.github.socialstrategy.core.load.imports;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the cells of platform exports: numbers as the platforms write them, dates in the styles they use,
 * and the labels of totals rows.
 *
 * <p><b>Numbers.</b> An empty cell, {@code -} or {@code --} is no value (that metric is skipped for that row). A
 * number may have thousands separators ({@code "15,000"}: a cell with a comma is always a quoted one) in
 * groups of three, a sign, a decimal point, an exponent, a currency sign before or after it ({@code $1,234.50},
 * {@code 12.50 €}) and a trailing {@code %} ({@code 4.5%} is 4.5). Anything else, such as a decimal comma
 * ({@code 4,5}), is an error rather than a guess.
 *
 * <p><b>Dates.</b> A date is taken as written, as a calendar date: the time of day and any offset after it
 * are dropped, never used to shift the date to another zone (so {@code 2017-04-01 23:30 +0000} is
 * 2017-04-01, the UTC date X writes). Accepted styles:
 *
 * <ul>
 *   <li>{@code 2026-07-14}, optionally followed by a time ({@code 2026-07-14 14:05 +0000},
 *       {@code 2026-07-14T14:05:00Z});
 *   <li>{@code 20260714} (GA4);
 *   <li>{@code 07/14/2026}, optionally with a time ({@code 07/14/2026 09:30}, {@code 7/14/2026 9:30 AM}):
 *       month first, as the platforms' English exports write it (Meta, LinkedIn); also with a two-digit
 *       year ({@code 7/14/26}, Universal Analytics), which is 20xx;
 *   <li>{@code Jul 14, 2026} and {@code Tue, Jul 14, 2026} (YouTube, X), English month and weekday names,
 *       abbreviated or not; a weekday that does not fall on the date is an error.
 * </ul>
 */
final class ExportCells {

  private ExportCells() {}

  private static final Set<String> TOTALS = Set.of("total", "totals", "grand total", "summary");
  private static final Set<String> ABSENT = Set.of("", "-", "--", "\u2013", "\u2014");
  private static final Pattern CURRENCY = Pattern.compile("^([+-]?)\\s*(?:US\\$|[$\u20ac\u00a3\u00a5])\\s*|\\s*(?:[$\u20ac\u00a3\u00a5])$");

  private static final Pattern GROUPED = Pattern.compile("[+-]?\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?");

  private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(?:(?:T|\\s+)(.+))?");
  private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
  private static final Pattern US = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4}|\\d{2})(?:,?\\s+(.+))?");
  private static final Pattern MONTH_DAY = Pattern.compile("([A-Za-z]+)\\.?\\s+(\\d{1,2})");
  private static final Pattern WORDS =
      Pattern.compile("(?:([A-Za-z]+)\\.?,?\\s+)?([A-Za-z]+)\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})(?:,?\\s+(.+))?");
  private static final Pattern TIME =
      Pattern.compile(
          "(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:\\.\\d+)?)?(?:\\s*([AaPp][Mm]))?(?:\\s*(?:Z|UTC|GMT|[+-]\\d{2}:?\\d{2}))?");

  /** Whether a cell holds no value: empty, blank, {@code -} or {@code --} (or a dash of another width). */
  static boolean isAbsent(String cell) {
    return ABSENT.contains(cell.strip());
  }

  /** The number in a cell, or null when it is not one (check {@link #isAbsent} first). */
  static Double number(String cell) {
    String s = cell.strip();
    if (s.endsWith("%")) {
      s = s.substring(0, s.length() - 1).strip();
    }
    Matcher c = hasCurrency(s) ? CURRENCY.matcher(s) : null;
    if (c != null && c.find()) {
      s = (c.group(1) == null ? "" : c.group(1)) + s.substring(0, c.start()) + s.substring(c.end());
      s = s.strip();
    }
    if (s.indexOf(',') < 0) {
      return plainNumber(s);
    }
    if (!GROUPED.matcher(s).matches()) {
      return null;
    }
    double d = Double.parseDouble(s.replace(",", ""));
    return Double.isFinite(d) && Math.abs(d) <= 1e15 ? d : null;
  }

  /**
   * A plain decimal, as plan files write numbers ({@code -12}, {@code 3.5}, {@code 1e6}): no separators, signs
   * of currency or percent; null for anything else.
   */
  static Double plainNumber(String cell) {
    return io.github.socialstrategy.core.load.Numbers.plain(cell);
  }

  private static boolean hasCurrency(String s) {
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (ch == '$' || ch == '\u20ac' || ch == '\u00a3' || ch == '\u00a5') {
        return true;
      }
    }
    return false;
  }

  /** The calendar date in a cell, in any of the accepted styles; null when it is none. */
  static LocalDate date(String cell) {
    String s = cell.strip();
    Matcher m = ISO.matcher(s);
    if (m.matches()) {
      return time(m.group(4)) ? of(m.group(1), m.group(2), m.group(3)) : null;
    }
    m = COMPACT.matcher(s);
    if (m.matches()) {
      return of(m.group(1), m.group(2), m.group(3));
    }
    m = US.matcher(s);
    if (m.matches()) {
      String year = m.group(3).length() == 2 ? "20" + m.group(3) : m.group(3);
      return time(m.group(4)) ? of(year, m.group(1), m.group(2)) : null;
    }
    m = WORDS.matcher(s);
    if (m.matches() && time(m.group(5))) {
      Month month = name(m.group(2), Month.values());
      if (month == null) {
        return null;
      }
      LocalDate date = of(m.group(4), Integer.toString(month.getValue()), m.group(3));
      if (date != null && m.group(1) != null) {
        DayOfWeek day = name(m.group(1), DayOfWeek.values());
        if (day != date.getDayOfWeek()) {
          return null;
        }
      }
      return date;
    }
    return null;
  }

  /**
   * A date written without a year ({@code August 31}, {@code Sep 1}), as TikTok writes them, or null. The
   * year comes from the range the export covers.
   */
  static java.time.MonthDay monthDay(String cell) {
    Matcher m = MONTH_DAY.matcher(cell.strip());
    if (!m.matches()) {
      return null;
    }
    Month month = name(m.group(1), Month.values());
    int day = Integer.parseInt(m.group(2));
    if (month == null || day < 1 || day > month.maxLength()) {
      return null;
    }
    return java.time.MonthDay.of(month, day);
  }

  /**
   * An Excel serial date (days since 1899-12-30) written as a bare whole number, as a workbook may hold a
   * date whose cell has no date format; only numbers from 1954 to 2119 count, so a count is never mistaken
   * for one. Null otherwise.
   */
  static LocalDate serial(String cell) {
    String s = cell.strip();
    if (!s.matches("\\d{5}")) {
      return null;
    }
    int days = Integer.parseInt(s);
    return days >= 20000 && days <= 80000 ? LocalDate.of(1899, 12, 30).plusDays(days) : null;
  }

  /** A date written exactly {@code YYYY-MM-DD}, as plan files write them; null otherwise. */
  static LocalDate isoDate(String cell) {
    Matcher m = ISO.matcher(cell.strip());
    return m.matches() && m.group(4) == null ? of(m.group(1), m.group(2), m.group(3)) : null;
  }

  /**
   * Whether a cell labels a totals row: {@code Total}, {@code Totals}, {@code Grand total}, {@code Summary},
   * or Google Ads' {@code Total: Account} and {@code Total: Campaigns}.
   */
  static boolean isTotal(String cell) {
    String s = cell.strip().toLowerCase(Locale.ROOT);
    return TOTALS.contains(s) || s.startsWith("total:") || s.startsWith("total -");
  }

  /** A cell as quoted in a message: shortened when long. */
  static String shown(String cell) {
    return cell.length() > 40 ? cell.substring(0, 37) + "..." : cell;
  }

  private static boolean time(String text) {
    if (text == null) {
      return true;
    }
    Matcher m = TIME.matcher(text.strip());
    if (!m.matches()) {
      return false;
    }
    int hour = Integer.parseInt(m.group(1));
    int minute = Integer.parseInt(m.group(2));
    int second = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
    int maxHour = m.group(4) == null ? 23 : 12;
    return hour <= maxHour && minute <= 59 && second <= 59;
  }

  private static LocalDate of(String year, String month, String day) {
    try {
      return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** The month or weekday an English name or abbreviation (at least three letters) stands for. */
  private static <E extends Enum<E>> E name(String word, E[] values) {
    String w = word.toLowerCase(Locale.ROOT);
    if (w.length() < 3) {
      return null;
    }
    for (E e : values) {
      if (e.name().toLowerCase(Locale.ROOT).startsWith(w)) {
        return e;
      }
    }
    return null;
  }
}
