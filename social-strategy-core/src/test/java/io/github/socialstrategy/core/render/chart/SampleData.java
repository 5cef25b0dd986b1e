package io.github.socialstrategy.core.render.chart;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Plausible plan data for chart tests and samples. */
final class SampleData {

  static final List<String> PILLARS = List.of(
      "Marketing / Awareness", "Customer Service & Support", "Sales", "Market & Customer Intelligence");

  static final List<String> GOALS = List.of(
      "Awareness", "Engagement", "Reputation", "Traffic", "Thought leadership", "Response time", "Resolution",
      "Satisfaction", "Deflection", "Lead generation", "Conversion", "Retention", "Listening",
      "Competitor insight", "Product feedback");

  static final List<String> CHANNELS = List.of(
      "YouTube", "Instagram", "LinkedIn", "X", "Facebook", "Company blog", "Newsletter", "Trustpilot");

  static final List<String> ACTIVITIES = List.of(
      "Weekly trail video", "Spring giveaway", "Customer care on X", "Ambassador programme",
      "Gear review series", "Monthly newsletter", "Social listening report", "Community Q&A live streams",
      "Trustpilot review replies", "Staff storytelling on LinkedIn");

  private SampleData() {}

  static int[][] coverage() {
    int[][] counts = new int[GOALS.size()][CHANNELS.size()];
    for (int r = 0; r < GOALS.size(); r++) {
      for (int c = 0; c < CHANNELS.size(); c++) {
        int v = (r * 7 + c * 3) % 9;
        counts[r][c] = v > 5 ? v - 3 : v % 3 == 0 ? 0 : 1;
      }
    }
    counts[8] = new int[CHANNELS.size()];
    return counts;
  }

  static List<Charts.Bar> attainment() {
    return List.of(
        new Charts.Bar("Grow online revenue by 15%", 62.4),
        new Charts.Bar("Raise brand awareness among hikers", 104.2),
        new Charts.Bar("Answer customers within 4 hours", 38.0),
        new Charts.Bar("Learn what customers want next season", Double.NaN),
        new Charts.Bar("Cut support cost per order", -12.5));
  }

  static List<Charts.Point> revenue() {
    List<Charts.Point> points = new ArrayList<>();
    double[] values = {1_195_000, 1_214_000, 1_236_000, 1_228_500, 1_262_000, 1_301_000};
    for (int m = 0; m < values.length; m++) {
      points.add(new Charts.Point(LocalDate.of(2026, m + 1, 1).plusMonths(1).minusDays(1), values[m]));
    }
    return points;
  }

  static List<Charts.Span> spans() {
    List<Charts.Span> spans = new ArrayList<>();
    spans.add(new Charts.Span("Spring collection launch", "campaign", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 5, 31)));
    spans.add(new Charts.Span("Weekly trail video", "activity", LocalDate.of(2026, 2, 1), LocalDate.of(2026, 11, 30)));
    spans.add(new Charts.Span("Film March episodes", "task", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 1)));
    spans.add(new Charts.Span("Spring giveaway", "activity", LocalDate.of(2026, 3, 15), LocalDate.of(2026, 4, 30)));
    spans.add(new Charts.Span("Customer care on X", "activity", null, null));
    spans.add(new Charts.Span("Winter sale", "campaign", LocalDate.of(2026, 11, 15), LocalDate.of(2027, 1, 15)));
    spans.add(new Charts.Span("Ambassador programme with a rather long name that needs cutting", "activity", LocalDate.of(2026, 5, 1), LocalDate.of(2026, 9, 30)));
    spans.add(new Charts.Span("Brief ambassadors", "task", LocalDate.of(2026, 4, 20), LocalDate.of(2026, 4, 20)));
    return spans;
  }

  /** A diagram with {@code strategies} strategies, about half as many objectives and twice as many activities. */
  static Chart diagram(int strategies) {
    List<TraceDiagram.Node> objectives = new ArrayList<>();
    List<TraceDiagram.Node> strategyNodes = new ArrayList<>();
    List<TraceDiagram.Node> activities = new ArrayList<>();
    List<TraceDiagram.Edge> serves = new ArrayList<>();
    List<TraceDiagram.Edge> implementsEdges = new ArrayList<>();
    List<TraceDiagram.Edge> influences = new ArrayList<>();
    int objectiveCount = Math.max(2, strategies / 4);
    for (int i = 0; i < objectiveCount; i++) {
      objectives.add(new TraceDiagram.Node("o" + i, "Objective " + i + ": " + GOALS.get(i % GOALS.size()) + " up 15% by year end", "../objectives/o" + i + ".html"));
    }
    for (int i = 0; i < strategies; i++) {
      strategyNodes.add(new TraceDiagram.Node("s" + i, "Strategy " + i + " " + ACTIVITIES.get(i % ACTIVITIES.size()).toLowerCase(java.util.Locale.ROOT) + " for outdoor fans", "strategies/s" + i + ".html"));
      int home = i * objectiveCount / strategies;
      serves.add(new TraceDiagram.Edge("s" + i, "o" + home));
      if (i % 3 == 0) {
        serves.add(new TraceDiagram.Edge("s" + i, "o" + ((home + 1) % objectiveCount)));
      }
      if (i % 7 == 3) {
        serves.add(new TraceDiagram.Edge("s" + i, "o" + ((i * 13) % objectiveCount)));
      }
      if (i % 4 == 1) {
        influences.add(new TraceDiagram.Edge("s" + i, "s" + ((i + 2) % strategies)));
      }
    }
    for (int i = 0; i < strategies * 2 - 3; i++) {
      activities.add(new TraceDiagram.Node("a" + i, ACTIVITIES.get(i % ACTIVITIES.size()) + " #" + i, i % 5 == 4 ? null : "activities/a" + i + ".html"));
      implementsEdges.add(new TraceDiagram.Edge("a" + i, "s" + (i / 2)));
    }
    return new SvgTraceDiagram().draw("trace-" + strategies, objectives, strategyNodes, activities, serves, implementsEdges, influences);
  }
}
