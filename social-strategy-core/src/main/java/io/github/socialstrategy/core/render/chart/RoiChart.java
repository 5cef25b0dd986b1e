package io.github.socialstrategy.core.render.chart;

import java.util.ArrayList;
import java.util.List;

/** Cost against financial return per category, as grouped horizontal bars; the table adds each ROI. */
final class RoiChart {

  private RoiChart() {}

  static Chart render(String id, String titleIn, String currencyIn, List<String> categoryLabels, double[] costIn, double[] returnIn) {
    String title = SvgText.clean(titleIn).isEmpty() ? "Cost and financial return" : SvgText.clean(titleIn);
    String currency = SvgText.truncate(SvgText.clean(currencyIn), 12);
    String unit = currency.isEmpty() ? "" : " (" + currency + ")";
    List<String> categories = ChartInput.labels(categoryLabels);
    int n = categories.size();
    double[] cost = ChartInput.values(costIn, n);
    double[] ret = ChartInput.values(returnIn, n);
    List<List<String>> rows = new ArrayList<>();
    int best = -1;
    int worst = -1;
    for (int i = 0; i < n; i++) {
      double roi = roi(cost[i], ret[i]);
      rows.add(List.of(categories.get(i), ChartFormat.money(cost[i]), ChartFormat.money(ret[i]),
          Double.isNaN(roi) ? "n/a" : ChartFormat.percent(100 * roi)));
      if (!Double.isNaN(roi)) {
        best = best < 0 || roi > roi(cost[best], ret[best]) ? i : best;
        worst = worst < 0 || roi < roi(cost[worst], ret[worst]) ? i : worst;
      }
    }
    Chart.DataTable table = new Chart.DataTable(List.of("Category", "Cost" + unit, "Financial return" + unit, "ROI"), rows);
    String description;
    if (best < 0) {
      description = "There is no cost with a financial return to compare yet.";
    } else {
      description = "The best return on cost is " + categories.get(best) + " (ROI "
          + ChartFormat.percent(100 * roi(cost[best], ret[best])) + ")"
          + (worst != best ? "; the lowest is " + categories.get(worst) + " (ROI " + ChartFormat.percent(100 * roi(cost[worst], ret[worst])) + ")" : "")
          + ". Categories without financial results are judged by their non-financial benefits instead.";
    }
    if (!ChartInput.anyPlottable(cost, ret)) {
      return NoDataChart.render(id, title, description, table, "No cost or financial return to show");
    }
    return BarCharts.moneyPairs(id, title, description, table, categories, unit,
        new BarCharts.Series("Cost", ChartStyle.COST, cost),
        new BarCharts.Series("Financial return", ChartStyle.RETURN, ret));
  }

  private static double roi(double cost, double ret) {
    return !(cost > 0) || !Double.isFinite(ret) ? Double.NaN : (ret - cost) / cost;
  }
}
