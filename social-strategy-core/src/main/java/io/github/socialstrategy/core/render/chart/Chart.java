package io.github.socialstrategy.core.render.chart;

import java.util.List;

/**
 * A rendered chart: the SVG, and everything a page needs to make it accessible: a title, a text
 * alternative, and the chart's numbers as a table.
 *
 * @param id a stable id, unique within a page (used for file names and anchors)
 * @param title the chart's title
 * @param description a text alternative: one or two sentences saying what the chart shows
 * @param svg a complete, self-contained SVG document (no scripts, no external references)
 * @param table the chart's numbers
 */
public record Chart(String id, String title, String description, String svg, DataTable table) {

  /** A small table of the numbers behind a chart; cells are already formatted for display. */
  public record DataTable(List<String> headers, List<List<String>> rows) {

    public DataTable {
      headers = List.copyOf(headers);
      rows = rows.stream().map(List::copyOf).toList();
    }
  }
}
