package io.github.socialstrategy.core.load;

import io.github.socialstrategy.core.model.Diagnostics;
import io.github.socialstrategy.core.model.Location;
import io.github.socialstrategy.core.model.Result;
import io.github.socialstrategy.core.model.Rule;
import io.github.socialstrategy.core.model.ScopeKind;
import io.github.socialstrategy.core.model.SourceFile;
import io.github.socialstrategy.core.model.Suggestions;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a results table ({@code date,metric,value} and optionally {@code activity}, {@code channel},
 * {@code campaign}, {@code cost}, in any order), streaming row by row. A bad row is reported at its cell
 * and skipped; the rest of the file is still read.
 */
final class CsvResultReader {

  private static final List<String> COLUMNS = SectionReader.RESULT_KEYS;
  private static final int DATE = 0;
  private static final int METRIC = 1;
  private static final int VALUE = 2;
  private static final int ACTIVITY = 3;
  private static final int CHANNEL = 4;
  private static final int CAMPAIGN = 5;
  private static final int COST = 6;

  private final Diagnostics diagnostics;
  private final PlanParts.Builder parts;
  // Ids and dates repeat on every row; sharing one instance each keeps a million rows small.
  private final Map<String, String> strings = new HashMap<>();
  private final Map<String, LocalDate> dates = new HashMap<>();

  private final PlanTree tree;

  CsvResultReader(Diagnostics diagnostics, PlanParts.Builder parts, PlanTree tree) {
    this.tree = tree;
    this.diagnostics = diagnostics;
    this.parts = parts;
  }

  void read(SourceFile file) throws IOException {
    try (Reader reader =
        new InputStreamReader(new BufferedInputStream(tree.open(file.planPath()), 1 << 16), TextDecoding.strictUtf8())) {
      CsvParser csv = new CsvParser(reader);
      try {
        readTable(file, csv);
      } catch (CsvParser.CsvSyntaxException e) {
        diagnostics.report(Rule.YAML_SYNTAX, new Location(file, e.line, e.column), "not valid CSV: " + e.getMessage());
      } catch (CharacterCodingException e) {
        // The reader decodes ahead of the parser, so the parser's line is not where the bad byte is.
        TextDecoding.NotUtf8Exception bad;
        try (InputStream again = tree.open(file.planPath())) {
          bad = TextDecoding.locate(again);
        }
        if (bad != null) {
          diagnostics.report(Rule.YAML_SYNTAX, new Location(file, bad.line, bad.column), TextDecoding.message(bad));
        } else {
          diagnostics.report(Rule.YAML_SYNTAX, new Location(file, csv.currentLine(), 1), TextDecoding.message(e));
        }
      }
    }
  }

  private void readTable(SourceFile file, CsvParser csv) throws IOException, CsvParser.CsvSyntaxException {
    if (!csv.next()) {
      return; // an empty file holds no results
    }
    int[] columnOf = new int[COLUMNS.size()];
    Arrays.fill(columnOf, -1);
    for (int i = 0; i < csv.size(); i++) {
      String name = csv.cell(i).trim().toLowerCase(Locale.ROOT);
      Location at = new Location(file, csv.line(i), csv.column(i));
      int field = COLUMNS.indexOf(name);
      if (field < 0) {
        diagnostics.report(
            Rule.UNKNOWN_KEY,
            at,
            "unknown column '" + csv.cell(i) + "' in a results table; the columns are " + String.join(", ", COLUMNS),
            Suggestions.didYouMean(name, COLUMNS));
      } else if (columnOf[field] >= 0) {
        diagnostics.report(
            Rule.DUPLICATE_KEY, at, "column '" + name + "' appears twice in the header; the second is ignored", "keep one of them");
      } else {
        columnOf[field] = i;
      }
    }
    boolean complete = true;
    for (int field : new int[] {DATE, METRIC, VALUE}) {
      if (columnOf[field] < 0) {
        diagnostics.report(
            Rule.MISSING_FIELD,
            new Location(file, csv.recordLine(), 1),
            "the results table has no '" + COLUMNS.get(field) + "' column; a results table needs date, metric and value");
        complete = false;
      }
    }
    if (!complete) {
      return;
    }
    int width = csv.size();
    while (csv.next()) {
      if (csv.isBlank()) {
        continue;
      }
      if (csv.size() != width) {
        diagnostics.report(
            Rule.YAML_SYNTAX,
            new Location(file, csv.recordLine(), 1),
            "not valid CSV: this row has " + csv.size() + " cells but the header has " + width + "; every row needs one cell per column");
        continue;
      }
      row(file, csv, columnOf);
    }
  }

  private void row(SourceFile file, CsvParser csv, int[] columnOf) {
    int[] places = new int[Result.Field.values().length * 2];
    boolean ok = true;

    int c = columnOf[DATE];
    String dateText = csv.cell(c).trim();
    LocalDate date = dates.get(dateText);
    if (date == null) {
      date = Dates.parse(dateText);
      if (date != null) {
        dates.put(dateText, date);
      }
    }
    place(places, Result.Field.DATE, csv, c);
    if (date == null) {
      bad(file, csv, c, "the date must be written YYYY-MM-DD, such as 2026-03-31");
      ok = false;
    }

    c = columnOf[METRIC];
    String metric = csv.cell(c).trim();
    place(places, Result.Field.METRIC, csv, c);
    if (metric.isEmpty()) {
      diagnostics.report(Rule.MISSING_FIELD, at(file, csv, c), "this row has no metric id; add one");
      ok = false;
    }

    c = columnOf[VALUE];
    Double value = Numbers.parse(csv.cell(c));
    place(places, Result.Field.VALUE, csv, c);
    if (value == null) {
      bad(file, csv, c, "the value must be a plain number such as 1200 or 3.5");
      ok = false;
    }

    ScopeKind scopeKind = null;
    String scopeId = null;
    for (int field : new int[] {ACTIVITY, CHANNEL, CAMPAIGN}) {
      c = columnOf[field];
      if (c < 0 || csv.cell(c).isBlank()) {
        continue;
      }
      if (scopeKind != null) {
        diagnostics.report(
            Rule.INVALID_VALUE,
            at(file, csv, c),
            "a result has at most one scope, but this row names both '" + scopeKind.keyword() + "' and '" + COLUMNS.get(field)
                + "'; keep one");
        ok = false;
        continue;
      }
      scopeKind = ScopeKind.values()[field - ACTIVITY];
      scopeId = intern(csv.cell(c).trim());
      place(places, Result.Field.SCOPE, csv, c);
    }

    double cost = Double.NaN;
    c = columnOf[COST];
    if (c >= 0 && !csv.cell(c).isBlank()) {
      Double parsed = Numbers.parse(csv.cell(c));
      place(places, Result.Field.COST, csv, c);
      if (parsed == null || parsed < 0) {
        bad(file, csv, c, "the cost must be a number of 0 or more");
        ok = false;
      } else {
        cost = parsed;
      }
    }
    if (ok) {
      parts.results.add(new Result(date, intern(metric), value, scopeKind, scopeId, cost, file, places));
    }
  }

  private String intern(String s) {
    String known = strings.putIfAbsent(s, s);
    return known == null ? s : known;
  }

  private void bad(SourceFile file, CsvParser csv, int c, String what) {
    String cell = csv.cell(c);
    diagnostics.report(
        Rule.INVALID_VALUE,
        at(file, csv, c),
        what + ", not '" + (cell.length() > 40 ? cell.substring(0, 37) + "..." : cell) + "'");
  }

  private static Location at(SourceFile file, CsvParser csv, int c) {
    return new Location(file, csv.line(c), csv.column(c));
  }

  private static void place(int[] places, Result.Field field, CsvParser csv, int c) {
    places[field.ordinal() * 2] = csv.line(c);
    places[field.ordinal() * 2 + 1] = csv.column(c);
  }
}
