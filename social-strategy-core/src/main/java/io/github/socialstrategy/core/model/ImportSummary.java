package io.github.socialstrategy.core.model;

import java.time.LocalDate;
import java.util.List;

/**
 * What one import read, so that a team can see at a glance that the numbers came through: how many rows, how
 * many totals rows were skipped, how many results for which metrics, and the dates they span.
 *
 * @param file the export
 * @param format the import's format id
 * @param sheet the sheet read from a workbook, or null for a text file
 * @param rows data rows read (header, description and blank rows not counted; rows with errors counted)
 * @param totalsRows totals rows skipped so that nothing counts twice
 * @param results results produced (after summing rows per date, metric and scope)
 * @param metrics the metric ids of those results, sorted
 * @param first the earliest result date, or null when there is none
 * @param last the latest result date, or null
 * @param cost the cost recorded from the export (0 when it records none)
 * @param unmappedRows rows of campaigns the import's {@code campaigns} does not map
 * @param unmappedCampaigns how many such campaigns
 */
public record ImportSummary(
    SourceFile file,
    String format,
    String sheet,
    int rows,
    int totalsRows,
    int results,
    List<String> metrics,
    LocalDate first,
    LocalDate last,
    double cost,
    int unmappedRows,
    int unmappedCampaigns) {

  public ImportSummary {
    metrics = List.copyOf(metrics);
  }

  /**
   * One line for a build log: {@code exports/x.csv (x-analytics): 47 rows, 2 totals rows skipped, 63 results for 3
   * metrics, 2026-09-28 to 2026-10-25}, with {@code cost 995.60} when the export records spend.
   */
  public String describe() {
    return describe(null);
  }

  /** {@link #describe()} with the cost in the plan's currency: {@code cost EUR 6,215.75}. */
  public String describe(String currency) {
    StringBuilder s = new StringBuilder(file.displayPath());
    if (sheet != null) {
      s.append(" [").append(sheet).append(']');
    }
    s.append(" (").append(format).append("): ").append(count(rows, "row"));
    if (totalsRows > 0) {
      s.append(", ").append(count(totalsRows, "totals row")).append(" skipped");
    }
    s.append(", ").append(count(results, "result"));
    if (!metrics.isEmpty()) {
      s.append(" for ").append(count(metrics.size(), "metric"));
    }
    if (first != null) {
      s.append(", ").append(first).append(first.equals(last) ? "" : " to " + last);
    }
    if (cost > 0) {
      // Spend as the site writes money, to the cent: a log line a reader checks against the ads manager.
      s.append(", cost ").append(currency == null ? "" : currency + " ")
          .append(String.format(java.util.Locale.ROOT, "%,.2f", cost));
    }
    if (unmappedRows > 0) {
      s.append(", ").append(count(unmappedRows, "row")).append(" of ").append(count(unmappedCampaigns, "unmapped campaign"));
    }
    return s.toString();
  }

  private static String count(int n, String word) {
    return n + " " + word + (n == 1 ? "" : "s");
  }
}
