package io.github.socialstrategy.core.render.chart;

import java.util.ArrayList;
import java.util.List;

/** Planned budget vs recorded spend per category, as grouped horizontal bars in the plan currency. */
final class BudgetChart {

  private BudgetChart() {}

  static Chart render(String id, String titleIn, String currencyIn, List<String> categoryLabels, double[] plannedIn, double[] spentIn) {
    String title = SvgText.clean(titleIn).isEmpty() ? "Planned budget vs spend" : SvgText.clean(titleIn);
    String currency = SvgText.truncate(SvgText.clean(currencyIn), 12);
    String unit = currency.isEmpty() ? "" : " (" + currency + ")";
    List<String> categories = ChartInput.labels(categoryLabels);
    int n = categories.size();
    double[] planned = ChartInput.values(plannedIn, n);
    double[] spent = ChartInput.values(spentIn, n);

    List<List<String>> rows = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      rows.add(List.of(categories.get(i), ChartFormat.money(planned[i]), ChartFormat.money(spent[i])));
    }
    Chart.DataTable table = new Chart.DataTable(List.of("Category", "Planned" + unit, "Spent" + unit), rows);
    String description = describe(categories, planned, spent, currency);
    if (!ChartInput.anyPlottable(planned, spent)) {
      return NoDataChart.render(id, title, description, table, "No budget or spend to show");
    }
    return BarCharts.moneyPairs(id, title, description, table, categories, unit,
        new BarCharts.Series("Planned", ChartStyle.PLANNED, planned),
        new BarCharts.Series("Spent", ChartStyle.SPENT, spent));
  }

  static String describe(List<String> categories, double[] planned, double[] spent, String currency) {
    String unit = currency.isEmpty() ? "" : " " + currency;
    double plannedTotal = 0;
    double spentTotal = 0;
    int top = -1;
    List<String> over = new ArrayList<>();
    for (int i = 0; i < categories.size(); i++) {
      if (ChartFormat.plottable(planned[i])) {
        plannedTotal += planned[i];
      }
      if (ChartFormat.plottable(spent[i])) {
        spentTotal += spent[i];
        if (top < 0 || spent[i] > spent[top]) {
          top = i;
        }
        if (spent[i] > (ChartFormat.plottable(planned[i]) ? planned[i] : 0)) {
          over.add(categories.get(i));
        }
      }
    }
    if (!ChartInput.anyPlottable(planned, spent)) {
      return "There is no planned budget or recorded spend to show.";
    }
    StringBuilder text = new StringBuilder("Planned budget totals ")
        .append(ChartFormat.money(plannedTotal)).append(unit)
        .append(" and recorded spend ").append(ChartFormat.money(spentTotal)).append(unit);
    if (plannedTotal > 0) {
      text.append(" (").append(ChartFormat.percent(spentTotal / plannedTotal * 100)).append(" of plan)");
    }
    text.append('.');
    if (!over.isEmpty()) {
      text.append(" Spend exceeds plan for ").append(list(over)).append('.');
    } else if (top >= 0 && spent[top] > 0) {
      text.append(" The largest spend is ").append(categories.get(top)).append(": ")
          .append(ChartFormat.money(spent[top])).append(unit).append(" of ")
          .append(ChartFormat.money(planned[top])).append(unit).append(" planned.");
    }
    return text.toString();
  }

  /** "a", "a and b", "a, b and 3 more". */
  static String list(List<String> items) {
    if (items.size() == 1) {
      return items.get(0);
    }
    if (items.size() == 2) {
      return items.get(0) + " and " + items.get(1);
    }
    return items.get(0) + ", " + items.get(1) + " and " + (items.size() - 2) + " more";
  }
}
