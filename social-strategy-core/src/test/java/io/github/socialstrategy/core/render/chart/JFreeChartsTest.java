package io.github.socialstrategy.core.render.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;

class JFreeChartsTest {

  private static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);
  private static final String SCRIPT = "<script>alert(1)</script>";
  private static final String INJECT = "\" onload=\"x";
  private static final List<String> HOSTILE = List.of(SCRIPT, INJECT, "a & b <c> 'd'", "bell\u0007 nul\u0000");

  private final JFreeCharts charts = new JFreeCharts();

  /** One sample of every chart kind, drawn by the given instance. */
  static Stream<Arguments> kinds() {
    return Stream.of(
        Arguments.of("allocation", (Function<Charts, Chart>) c -> c.allocation("allocation", SampleData.PILLARS, new double[] {40, 20, 30, 10}, new double[] {52.5, 12.5, 27.5, 7.5})),
        Arguments.of("coverage", (Function<Charts, Chart>) c -> c.coverageHeatmap("coverage", SampleData.GOALS, SampleData.CHANNELS, SampleData.coverage())),
        Arguments.of("attainment", (Function<Charts, Chart>) c -> c.attainment("attainment", SampleData.attainment())),
        Arguments.of("timeSeries", (Function<Charts, Chart>) c -> c.timeSeries("kpi", "Online revenue", "EUR", SampleData.revenue(), 1_200_000, 1_380_000.0, AS_OF)),
        Arguments.of("budget", (Function<Charts, Chart>) c -> c.budget("budget", "Budget by activity", "EUR", SampleData.ACTIVITIES.subList(0, 3), new double[] {12000, 30000, 8000}, new double[] {5400, 31250, 2000})),
        Arguments.of("timeline", (Function<Charts, Chart>) c -> c.timeline("timeline", SampleData.spans(), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), AS_OF)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  void everyKindIsSelfContainedAccessibleSvg(String kind, Function<Charts, Chart> draw) {
    Chart chart = draw.apply(charts);
    SvgAssertions.assertSelfContainedSvg(chart, "img");
    assertThat(chart.title()).isNotBlank();
    assertThat(chart.description()).isNotBlank().endsWith(".");
    assertThat(chart.table().rows()).isNotEmpty();
    assertThat(chart.svg()).contains("width='720'").contains("viewBox='0 0 720 ");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  void everyKindIsDeterministic(String kind, Function<Charts, Chart> draw) {
    String first = draw.apply(charts).svg();
    assertThat(draw.apply(charts).svg()).isEqualTo(first);
    assertThat(draw.apply(new JFreeCharts()).svg()).isEqualTo(first);
    Locale locale = Locale.getDefault();
    TimeZone zone = TimeZone.getDefault();
    try {
      Locale.setDefault(Locale.GERMANY);
      TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
      assertThat(draw.apply(new JFreeCharts()).svg()).as("independent of locale and zone").isEqualTo(first);
    } finally {
      Locale.setDefault(locale);
      TimeZone.setDefault(zone);
    }
  }

  @Test
  void chartsOnOnePageHaveDistinctIds() {
    Document a = SvgAssertions.parse(charts.allocation("first", SampleData.PILLARS, new double[] {1, 2, 3, 4}, new double[] {4, 3, 2, 1}).svg());
    Document b = SvgAssertions.parse(charts.allocation("second", SampleData.PILLARS, new double[] {1, 2, 3, 4}, new double[] {4, 3, 2, 1}).svg());
    List<String> ids = new ArrayList<>();
    for (Document doc : List.of(a, b)) {
      SvgAssertions.elements(doc).stream().map(e -> e.getAttribute("id")).filter(id -> !id.isEmpty()).forEach(ids::add);
    }
    assertThat(ids).doesNotHaveDuplicates().anyMatch(id -> id.startsWith("first-clip")).anyMatch(id -> id.startsWith("second-clip"));
  }

  @Test
  void unsafeIdIsSanitised() {
    Chart chart = charts.attainment("x' onload='y", SampleData.attainment());
    assertThat(chart.id()).isEqualTo("x--onload--y");
    SvgAssertions.assertSelfContainedSvg(chart, "img");
  }

  @Test
  void hostileTextIsEscapedEverywhere() {
    double[] values = {10, 20, 30, 40};
    int[][] counts = {{0, 1, 2, 3}, {1, 0, 0, 5}, {2, 2, 2, 2}, {0, 0, 0, 0}};
    List<Charts.Span> spans = new ArrayList<>();
    for (String label : HOSTILE) {
      spans.add(new Charts.Span(label, label, LocalDate.of(2026, 2, 1), LocalDate.of(2026, 3, 1)));
    }
    List<Chart> hostile = List.of(
        charts.allocation("a", HOSTILE, values, values),
        charts.coverageHeatmap("h", HOSTILE, HOSTILE, counts),
        charts.attainment("t", HOSTILE.stream().map(l -> new Charts.Bar(l, 50)).toList()),
        charts.timeSeries("k", SCRIPT, INJECT, SampleData.revenue(), 0, 10.0, AS_OF),
        charts.budget("b", SCRIPT, INJECT, HOSTILE, values, values),
        charts.timeline("g", spans, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), AS_OF));
    for (Chart chart : hostile) {
      Document doc = SvgAssertions.assertSelfContainedSvg(chart, "img");
      assertThat(chart.svg()).doesNotContain("\" onload=\"x").doesNotContain("\u0007").doesNotContain("\u0000");
      String text = SvgAssertions.drawnText(doc) + chart.title() + chart.description();
      assertThat(chart.svg()).as("hostile text appears only escaped").contains("&lt;script&gt;");
      assertThat(text).contains("<script>");
    }
    Chart series = hostile.get(3);
    assertThat(series.title()).isEqualTo(SCRIPT);
    assertThat(series.svg()).contains("<title id='k-title'>&lt;script&gt;alert(1)&lt;/script&gt;</title>");
  }

  @Test
  void allocationTableAndDescriptionFollowTheData() {
    Chart chart = charts.allocation("alloc", SampleData.PILLARS, new double[] {40, 20, 30, 10}, new double[] {52.5, 12.5, 27.5, 7.5});
    assertThat(chart.table().headers()).containsExactly("Pillar", "Intended", "Planned");
    assertThat(chart.table().rows()).containsExactly(
        List.of("Marketing / Awareness", "40%", "52.5%"),
        List.of("Customer Service & Support", "20%", "12.5%"),
        List.of("Sales", "30%", "27.5%"),
        List.of("Market & Customer Intelligence", "10%", "7.5%"));
    assertThat(chart.description()).isEqualTo(
        "Planned effort is highest for Marketing / Awareness (52.5%, intended 40%)."
            + " The largest gap is Marketing / Awareness: planned 52.5% against 40% intended.");
    assertThat(SvgAssertions.drawnText(SvgAssertions.parse(chart.svg()))).contains("52.5%", "Intended", "Planned", "Sales");
  }

  @Test
  void heatmapTableHasEveryCountAndTheDescriptionNamesGaps() {
    List<String> goals = List.of("Awareness", "Deflection", "Listening");
    List<String> channels = List.of("YouTube", "X");
    Chart chart = charts.coverageHeatmap("cov", goals, channels, new int[][] {{12345, 1}, {0, 0}, {0, 2}});
    assertThat(chart.table().headers()).containsExactly("Goal", "YouTube", "X");
    assertThat(chart.table().rows()).containsExactly(
        List.of("Awareness", "12,345", "1"), List.of("Deflection", "0", "0"), List.of("Listening", "0", "2"));
    assertThat(chart.description()).isEqualTo(
        "3 of 6 goal and channel combinations have activities. 1 goal has no activity on any channel (gaps): Deflection."
            + " X covers the most goals (2 of 3).");
    String text = SvgAssertions.drawnText(SvgAssertions.parse(chart.svg()));
    assertThat(text).contains("12,345", "Goal with no activity at all (gap)", "None on this channel");
  }

  @Test
  void heatmapGrowsWithRowsAndToleratesRaggedCounts() {
    List<String> few = SampleData.GOALS.subList(0, 3);
    int[][] ragged = {{1}, null, {1, 2, 3, 4, 5, 6, 7, 8, 9}};
    Chart small = charts.coverageHeatmap("s", few, SampleData.CHANNELS, ragged);
    Chart large = charts.coverageHeatmap("l", SampleData.GOALS, SampleData.CHANNELS, SampleData.coverage());
    assertThat(height(large)).isGreaterThan(height(small) + 300);
    assertThat(small.table().rows().get(1).subList(1, 1 + SampleData.CHANNELS.size())).containsOnly("0");
    assertThat(small.table().rows().get(2)).hasSize(1 + SampleData.CHANNELS.size());
  }

  @Test
  void attainmentShowsPercentAndLeavesUnscoredOut() {
    Chart chart = charts.attainment("att", SampleData.attainment());
    assertThat(chart.table().rows()).extracting(row -> row.get(1)).containsExactly("62.4%", "104.2%", "38%", "n/a", "-12.5%");
    assertThat(chart.description()).isEqualTo(
        "1 of 4 scored objectives have reached the target (100%). Furthest behind: Cut support cost per order at -12.5%."
            + " 1 objective has no score yet.");
    assertThat(SvgAssertions.drawnText(SvgAssertions.parse(chart.svg()))).contains("62.4%", "no score yet", "Target (100%)");
  }

  @Test
  void timeSeriesTabulatesDaysInOrderAndMarksBaselineTargetAndReportDate() {
    List<Charts.Point> points = new ArrayList<>(SampleData.revenue());
    points.add(0, new Charts.Point(LocalDate.of(2026, 6, 30), 1_000)); // replaced by the later point for that day
    points.add(new Charts.Point(null, 5));
    Chart chart = charts.timeSeries("rev", "Online revenue", "EUR", points, 1_200_000, 1_380_000.0, AS_OF);
    assertThat(chart.table().headers()).containsExactly("Date", "Value (EUR)");
    assertThat(chart.table().rows()).first().isEqualTo(List.of("2026-01-31", "1,195,000"));
    assertThat(chart.table().rows()).last().isEqualTo(List.of("2026-06-30", "1,301,000"));
    assertThat(chart.table().rows()).hasSize(6);
    assertThat(chart.description()).isEqualTo(
        "Value at the report date 1,301,000 EUR on 2026-06-30 (6 points since 2026-01-31);"
            + " baseline 1,200,000 EUR, target 1,380,000 EUR, as of 2026-06-30.");
    String text = SvgAssertions.drawnText(SvgAssertions.parse(chart.svg()));
    assertThat(text).contains("Baseline 1,200,000", "Target 1,380,000", "As of 2026-06-30", "Jun 2026");
  }

  @Test
  void timeSeriesWithoutResultsOrTargetSaysSo() {
    Chart chart = charts.timeSeries("empty", "Response time", "hours", List.of(), 12, null, AS_OF);
    SvgAssertions.assertSelfContainedSvg(chart, "img");
    assertThat(chart.table().rows()).isEmpty();
    assertThat(chart.description()).isEqualTo("No results by 2026-06-30; baseline 12 hours, no target (tracked only), as of 2026-06-30.");
    String text = SvgAssertions.drawnText(SvgAssertions.parse(chart.svg()));
    assertThat(text).contains("No results yet", "Baseline 12").doesNotContain("Target");
    Chart nothing = charts.timeSeries(null, null, null, null, Double.NaN, Double.NaN, null);
    SvgAssertions.assertSelfContainedSvg(nothing, "img");
  }

  @Test
  void budgetTableUsesMoneyFormatAndCurrency() {
    Chart chart = charts.budget("bud", "Budget by channel", "EUR", List.of("YouTube", "X"), new double[] {12345.4, 1000}, new double[] {15000, Double.NaN});
    assertThat(chart.table().headers()).containsExactly("Category", "Planned (EUR)", "Spent (EUR)");
    assertThat(chart.table().rows()).containsExactly(List.of("YouTube", "12,345", "15,000"), List.of("X", "1,000", "n/a"));
    assertThat(chart.description()).isEqualTo(
        "Planned budget totals 13,345 EUR and recorded spend 15,000 EUR (112.4% of plan). Spend exceeds plan for YouTube.");
  }

  @Test
  void timelineKeepsOrderColoursGroupsAndClipsToPeriod() {
    Chart chart = charts.timeline("tl", SampleData.spans(), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), AS_OF);
    assertThat(chart.table().headers()).containsExactly("Item", "Type", "Start", "End");
    assertThat(chart.table().rows()).extracting(row -> row.get(0)).containsExactlyElementsOf(
        SampleData.spans().stream().map(Charts.Span::label).toList());
    assertThat(chart.table().rows().get(4)).containsExactly("Customer care on X", "activity", "n/a", "n/a");
    assertThat(chart.table().rows().get(5)).containsExactly("Winter sale", "campaign", "2026-11-15", "2027-01-15");
    assertThat(chart.description()).isEqualTo(
        "8 items from 2026-01-01 to 2026-12-31: 2 campaigns, 4 activities, 2 tasks. On 2026-06-30, 3 are under way."
            + " The period spans 365 days.");
    String svg = chart.svg();
    assertThat(svg).contains("rgb(230,159,0)").contains("rgb(0,114,178)").contains("rgb(0,158,115)");
    String text = SvgAssertions.drawnText(SvgAssertions.parse(svg));
    assertThat(text).contains("As of 2026-06-30", "Campaign", "Activity", "Task", "Ambassador programme with a rather long\u2026");
  }

  @Test
  void timelineGrowsWithRows() {
    List<Charts.Span> many = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      many.add(new Charts.Span("Task " + i, "task", LocalDate.of(2026, 1, 1).plusDays(i * 5), LocalDate.of(2026, 1, 10).plusDays(i * 5)));
    }
    Chart chart = charts.timeline("many", many, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), null);
    assertThat(height(chart)).isEqualTo(120 + 60 * 18);
    assertThat(height(charts.timeline("few", many.subList(0, 3), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), null)))
        .isEqualTo(90 + 3 * 28);
  }

  @Test
  void emptyInputGivesANoDataChart() {
    List<Chart> empty = List.of(
        charts.allocation("a", List.of(), new double[0], new double[0]),
        charts.allocation("a2", null, null, null),
        charts.coverageHeatmap("h", List.of(), List.of("YouTube"), new int[0][]),
        charts.coverageHeatmap("h2", null, null, null),
        charts.attainment("t", List.of()),
        charts.attainment("t2", null),
        charts.budget("b", null, null, List.of(), null, null),
        charts.timeline("g", List.of(), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), AS_OF),
        charts.timeline("g2", null, null, null, null));
    for (Chart chart : empty) {
      Document doc = SvgAssertions.assertSelfContainedSvg(chart, "img");
      assertThat(SvgAssertions.drawnText(doc)).containsAnyOf("No ", "Nothing");
      assertThat(chart.table().rows()).isEmpty();
      assertThat(height(chart)).isEqualTo(ChartInput.NO_DATA_HEIGHT);
    }
  }

  @Test
  void missingAndHugeValuesNeverThrow() {
    double[] wild = {Double.NaN, Double.POSITIVE_INFINITY, 1e300, -Double.MAX_VALUE};
    List<String> labels = List.of("nan", "inf", "huge", "min");
    assertThatCode(() -> {
      Chart allocation = charts.allocation("a", labels, wild, wild);
      SvgAssertions.assertSelfContainedSvg(allocation, "img");
      assertThat(allocation.table().rows()).extracting(r -> r.get(1)).containsExactly("n/a", "n/a", "1E300%", "-1.8E308%");
      assertThat(SvgAssertions.drawnText(SvgAssertions.parse(allocation.svg()))).contains("No allocation data to show");
      SvgAssertions.assertSelfContainedSvg(charts.allocation("b", labels, new double[] {1, 2}, wild), "img");
      SvgAssertions.assertSelfContainedSvg(charts.attainment("c", List.of(new Charts.Bar("x", 1e300), new Charts.Bar("y", 50), new Charts.Bar("z", Double.NaN))), "img");
      SvgAssertions.assertSelfContainedSvg(charts.budget("d", "t", "EUR", labels, wild, new double[] {1, 1e14, 3, 4}), "img");
      SvgAssertions.assertSelfContainedSvg(charts.coverageHeatmap("e", labels, labels, new int[][] {{Integer.MAX_VALUE, -5}}), "img");
      List<Charts.Point> points = List.of(
          new Charts.Point(LocalDate.of(2026, 1, 1), Double.NaN),
          new Charts.Point(LocalDate.of(2026, 2, 1), 1e300),
          new Charts.Point(LocalDate.of(2026, 3, 1), 5),
          new Charts.Point(LocalDate.of(1, 1, 1), 5),
          new Charts.Point(LocalDate.of(99999, 1, 1), 5));
      SvgAssertions.assertSelfContainedSvg(charts.timeSeries("f", "t", "u", points, Double.MAX_VALUE, Double.NaN, LocalDate.of(99999, 1, 1)), "img");
      List<Charts.Span> spans = List.of(
          new Charts.Span("reversed", "task", LocalDate.of(2026, 5, 1), LocalDate.of(2026, 4, 1)),
          new Charts.Span("ancient", "task", LocalDate.of(1, 1, 1), LocalDate.of(99999, 1, 1)),
          new Charts.Span(null, null, null, null));
      SvgAssertions.assertSelfContainedSvg(charts.timeline("g", spans, LocalDate.of(2026, 12, 31), LocalDate.of(2026, 1, 1), AS_OF), "img");
      SvgAssertions.assertSelfContainedSvg(charts.timeline("h", spans, LocalDate.of(1, 1, 1), LocalDate.of(99999, 1, 1), AS_OF), "img");
    }).doesNotThrowAnyException();
  }

  @Test
  void mismatchedArrayLengthsAreMissingValues() {
    Chart chart = charts.allocation("m", List.of("A", "B", "C"), new double[] {50, 50}, new double[] {10, 20, 30, 40});
    assertThat(chart.table().rows()).containsExactly(List.of("A", "50%", "10%"), List.of("B", "50%", "20%"), List.of("C", "n/a", "30%"));
    SvgAssertions.assertSelfContainedSvg(chart, "img");
  }

  @Test
  void equalLabelsStayApart() {
    Chart chart = charts.budget("dup", "t", "EUR", List.of("Same", "Same"), new double[] {1, 2}, new double[] {3, 4});
    assertThat(chart.table().rows()).hasSize(2);
    assertThat(chart.svg()).contains(">1<").contains(">2<").contains(">3<").contains(">4<");
  }

  private static int height(Chart chart) {
    String value = SvgAssertions.parse(chart.svg()).getDocumentElement().getAttribute("height");
    return (int) Double.parseDouble(value);
  }

  @Test
  void sharesTabulateEachPointWithItsVerdictAndDrawTheDiagonalAndBands() {
    Chart chart = charts.shares("s", "Shares", "a channel", List.of(
        new Charts.Share("Instagram", 25, 40), new Charts.Share("TikTok", 14, 2), new Charts.Share("Blog", 10, 10)));
    assertThat(chart.table().headers()).containsExactly("Name", "Share of planned hours", "Share of results", "Results for effort");
    assertThat(chart.table().rows()).containsExactly(
        List.of("Instagram", "25%", "40%", "over-delivers"), List.of("TikTok", "14%", "2%", "under-delivers"),
        List.of("Blog", "10%", "10%", "in proportion"));
    assertThat(chart.description()).isEqualTo("1 of 3 bring at least 1.5 times their share of hours in results; 1 bring less than half."
        + " Furthest below the line: TikTok, 14% of hours for 2% of results.");
    assertThat(SvgAssertions.drawnText(SvgAssertions.parse(chart.svg())))
        .contains("Each point: a channel", "Results in proportion to effort", "1.5 times (over-delivers)", "Instagram", "TikTok");
    assertThat(charts.shares("e", "Shares", "a channel", List.of()).description()).isEqualTo("There are no results to compare with effort yet.");
  }

  @Test
  void movementSetsTheIntendedKpisApartAndSaysWhatBarelyAndMarkedlyMoved() {
    Chart chart = charts.movement("m", "Moved", List.of(new Charts.Bar("Revenue", 1.5)), List.of(new Charts.Bar("Engagements", 50.2),
        new Charts.Bar("Reach", 3)), 5, 20);
    assertThat(chart.table().rows()).containsExactly(
        List.of("Revenue", "intended objective's KPI", "1.5%"), List.of("Engagements", "other metric it touched", "50.2%"),
        List.of("Reach", "other metric it touched", "3%"));
    assertThat(chart.description()).isEqualTo("Every KPI it was meant to move barely moved (Revenue +1.5%). It moved other metrics markedly: Engagements +50.2%.");
    assertThat(charts.movement("n", "Moved", List.of(), List.of(), 5, 20).description())
        .startsWith("Nothing it was meant to move, and nothing it touched, was measured");
  }

  @Test
  void allocationWithAchievedHasAThirdSeries() {
    Chart chart = charts.allocation("a", List.of("Marketing", "Sales"), new double[] {60, 40}, new double[] {70, 30}, new double[] {50, 50});
    assertThat(chart.table().headers()).containsExactly("Pillar", "Intended", "Planned", "Achieved");
    assertThat(chart.title()).isEqualTo("Intended, planned and achieved by pillar");
    assertThat(chart.description()).endsWith("Marketing achieves 50% for 70% of the planned effort: its KPIs attain less than the plan's average.");
    assertThat(charts.allocation("b", List.of("Marketing"), new double[] {100}, new double[] {0}, null).description())
        .isEqualTo("No effort is planned yet; the intended allocation is highest for Marketing (100%).");
  }
}
