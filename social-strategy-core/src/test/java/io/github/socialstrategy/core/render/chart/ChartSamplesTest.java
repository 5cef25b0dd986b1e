package io.github.socialstrategy.core.render.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Writes one sample of every chart kind (and the diagram) to {@code target/chart-samples/}, with an
 * HTML page that shows them all, for a person to look at (light and dark). Converting them to PNG
 * ({@code rsvg-convert}, a headless browser) is left to that person; the test needs neither.
 */
class ChartSamplesTest {

  private final JFreeCharts charts = new JFreeCharts();
  private final Path dir = Path.of("target", "chart-samples");

  @Test
  void writesSamples() throws IOException {
    Files.createDirectories(dir);
    List<Chart> samples = new ArrayList<>();
    samples.add(charts.allocation("allocation", SampleData.PILLARS, new double[] {40, 20, 30, 10}, new double[] {52.5, 12.5, 27.5, 7.5}));
    samples.add(charts.coverageHeatmap("coverage", SampleData.GOALS, SampleData.CHANNELS, SampleData.coverage()));
    samples.add(charts.attainment("attainment", SampleData.attainment()));
    samples.add(charts.timeSeries("kpi-revenue", "Online revenue", "EUR", SampleData.revenue(), 1_200_000, 1_380_000.0, LocalDate.of(2026, 6, 30)));
    samples.add(charts.timeSeries("kpi-empty", "Response time", "hours", List.of(), 12, 4.0, LocalDate.of(2026, 6, 30)));
    samples.add(charts.budget("budget", "Budget by activity", "EUR", SampleData.ACTIVITIES.subList(0, 6),
        new double[] {12000, 30000, 8000, 4500, 15000, 2000}, new double[] {5400, 31250, 2000, 0, 7100, Double.NaN}));
    samples.add(charts.timeline("timeline", SampleData.spans(), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), LocalDate.of(2026, 6, 30)));
    samples.add(charts.allocation("empty", List.of(), null, null));
    samples.add(charts.coverageHeatmap("coverage-narrow", SampleData.GOALS.subList(0, 5), SampleData.CHANNELS.subList(0, 3), SampleData.coverage()));
    List<String> manyChannels = new ArrayList<>();
    for (int i = 0; i < 22; i++) {
      manyChannels.add(SampleData.CHANNELS.get(i % SampleData.CHANNELS.size()) + (i < 8 ? "" : " " + (i / 8 + 1)));
    }
    int[][] wide = new int[SampleData.GOALS.size()][manyChannels.size()];
    for (int r = 0; r < wide.length; r++) {
      for (int c = 0; c < manyChannels.size(); c++) {
        wide[r][c] = (r * 5 + c * 7) % 11 > 6 ? (r + c) % 9 : 0;
      }
    }
    samples.add(charts.coverageHeatmap("coverage-wide", SampleData.GOALS, manyChannels, wide));
    List<Charts.Span> manySpans = new ArrayList<>();
    for (int i = 0; i < 45; i++) {
      LocalDate start = LocalDate.of(2026, 1, 1).plusDays(i * 7L);
      manySpans.add(new Charts.Span(SampleData.ACTIVITIES.get(i % SampleData.ACTIVITIES.size()) + " " + i,
          i % 9 == 0 ? "campaign" : i % 3 == 0 ? "task" : "activity", start, start.plusDays(20 + (i * 13) % 90)));
    }
    samples.add(charts.timeline("timeline-long", manySpans, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), LocalDate.of(2026, 9, 15)));
    samples.add(SampleData.diagram(16));
    samples.add(SampleData.diagram(200));

    StringBuilder page = new StringBuilder("<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Chart samples</title>"
        + "<style>body{font-family:sans-serif;margin:2rem;background:#fff;color:#111}"
        + "@media (prefers-color-scheme: dark){body{background:#0d1117;color:#e6edf3}}"
        + "figure{margin:0 0 2rem;max-width:1100px}svg{width:100%;height:auto}</style></head><body>");
    for (Chart chart : samples) {
      Files.writeString(dir.resolve(chart.id() + ".svg"), chart.svg(), StandardCharsets.UTF_8);
      page.append("<figure><figcaption>").append(SvgText.escape(chart.title())).append("</figcaption>")
          .append(chart.svg()).append("<p>").append(SvgText.escape(chart.description())).append("</p></figure>");
    }
    Files.writeString(dir.resolve("index.html"), page.append("</body></html>").toString(), StandardCharsets.UTF_8);
    assertThat(dir.resolve("index.html")).exists();
  }
}
