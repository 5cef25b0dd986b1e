package io.github.socialstrategy.core.render.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The small text helpers behind every chart: cleaning, escaping, ids, number formats, wrapping. */
class ChartTextTest {

  @Test
  void cleanDropsWhatXmlCannotHoldAndFoldsWhitespace() {
    assertThat(SvgText.clean(null)).isEmpty();
    assertThat(SvgText.clean("  a\u0000b\u0007 \n\t c\uFFFE  ")).isEqualTo("ab c");
    assertThat(SvgText.clean("emoji \uD83C\uDF32 ok")).isEqualTo("emoji \uD83C\uDF32 ok");
    assertThat(SvgText.clean("lone \uD800 surrogate")).isEqualTo("lone surrogate");
  }

  @Test
  void escapeCoversContentAndBothQuoteStyles() {
    assertThat(SvgText.escape("<a href=\"x\" title='y'>&</a>"))
        .isEqualTo("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;");
  }

  @Test
  void truncateCountsCodePoints() {
    assertThat(SvgText.truncate("abcdef", 6)).isEqualTo("abcdef");
    assertThat(SvgText.truncate("abc def", 5)).isEqualTo("abc\u2026");
    assertThat(SvgText.truncate("\uD83C\uDF32\uD83C\uDF32\uD83C\uDF32", 2)).isEqualTo("\uD83C\uDF32\u2026");
  }

  @Test
  void safeIdKeepsOnlyIdCharacters() {
    assertThat(SvgText.safeId("kpi-revenue_2")).isEqualTo("kpi-revenue_2");
    assertThat(SvgText.safeId("a b<c>")).isEqualTo("a-b-c-");
    assertThat(SvgText.safeId("2026")).isEqualTo("chart-2026");
    assertThat(SvgText.safeId(null)).isEqualTo("chart-");
  }

  @Test
  void numbersUseTheRootLocale() {
    assertThat(ChartFormat.integer(12345)).isEqualTo("12,345");
    assertThat(ChartFormat.money(12345.5)).isEqualTo("12,346");
    assertThat(ChartFormat.percent(42.25)).isEqualTo("42.3%");
    assertThat(ChartFormat.percent(40)).isEqualTo("40%");
    assertThat(ChartFormat.percent(-0.01)).isEqualTo("0%");
    assertThat(ChartFormat.number(1234.567)).isEqualTo("1,234.57");
    assertThat(ChartFormat.number(Double.NaN)).isEqualTo("n/a");
    assertThat(ChartFormat.number(Double.NEGATIVE_INFINITY)).isEqualTo("n/a");
    assertThat(ChartFormat.integer(2.5e18)).isEqualTo("2.5E18");
    assertThat(ChartFormat.date(LocalDate.of(2026, 3, 1))).isEqualTo("2026-03-01");
    assertThat(ChartFormat.plottable(1e15)).isTrue();
    assertThat(ChartFormat.plottable(1.1e15)).isFalse();
  }

  @Test
  void coordinatesAreShortAndLocaleFree() {
    assertThat(SvgChartWriter.fixed(19.564453125, 2)).isEqualTo("19.56");
    assertThat(SvgChartWriter.fixed(-0.001, 2)).isEqualTo("0");
    assertThat(SvgChartWriter.fixed(-12.5, 1)).isEqualTo("-12.5");
    assertThat(SvgChartWriter.fixed(720, 2)).isEqualTo("720");
    assertThat(SvgChartWriter.fixed(6.123e-17, 4)).isEqualTo("0");
    assertThat(SvgChartWriter.fixed(Double.NaN, 2)).isEqualTo("0");
    assertThat(SvgChartWriter.fixed(1e300, 2)).isEqualTo("1000000000");
  }

  @Test
  void wrapFitsTwoLinesAndMarksWhatIsLeftOut() {
    assertThat(TextWrap.wrap("Short label", 256, 12, 2)).containsExactly("Short label");
    assertThat(TextWrap.wrap("", 256, 12, 2)).isEmpty();
    var lines = TextWrap.wrap("one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen", 150, 12, 2);
    assertThat(lines).hasSize(2);
    assertThat(lines.get(1)).endsWith("\u2026");
    assertThat(lines).allSatisfy(line -> assertThat(TextWrap.width(line, 12)).isLessThanOrEqualTo(150));
    var broken = TextWrap.wrap("Supercalifragilisticexpialidocious-and-then-some-more-text", 100, 12, 2);
    assertThat(broken).hasSize(2).allSatisfy(line -> assertThat(TextWrap.width(line, 12)).isLessThanOrEqualTo(100));
  }
}
