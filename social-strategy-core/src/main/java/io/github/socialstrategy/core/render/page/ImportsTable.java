package io.github.socialstrategy.core.render.page;

import io.github.socialstrategy.core.model.ImportSummary;
import io.github.socialstrategy.core.render.Format;
import java.util.ArrayList;
import java.util.List;

/**
 * The rows of the results page's "Imports" table: for each platform export the plan imports, what was read
 * (rows, totals rows skipped, results, metrics, dates, recorded cost, rows of unmapped campaigns), so that a
 * reader can see the numbers came through before trusting the charts built on them.
 */
final class ImportsTable {

  private ImportsTable() {}

  static List<Model> rows(SiteContext ctx, SiteContext.PageWriter page) {
    List<Model> rows = new ArrayList<>();
    for (ImportSummary s : ctx.plan().importSummaries()) {
      List<Model> metrics = new ArrayList<>();
      for (String id : s.metrics()) {
        metrics.add(page.link("metric", id));
      }
      rows.add(Model.of(
          "file", s.file().displayPath() + (s.sheet() == null ? "" : " [" + s.sheet() + "]"),
          "format", s.format(),
          "rows", Format.count(s.rows()),
          "totals", Format.count(s.totalsRows()),
          "results", Format.count(s.results()),
          "metrics", metrics,
          "first", s.first() == null ? "" : s.first().toString(),
          "last", s.last() == null || s.last().equals(s.first()) ? "" : s.last().toString(),
          "cost", s.cost() > 0 ? Format.money(s.cost(), ctx.currency()) : "–",
          "unmapped", s.unmappedRows() == 0 ? "–" : Format.count(s.unmappedRows()) + " (" + Format.count(s.unmappedCampaigns())
              + (s.unmappedCampaigns() == 1 ? " campaign)" : " campaigns)")));
    }
    return rows;
  }
}
