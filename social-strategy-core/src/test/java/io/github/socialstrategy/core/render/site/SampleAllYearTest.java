package io.github.socialstrategy.core.render.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.socialstrategy.core.CheckResult;
import io.github.socialstrategy.core.PlanFixture;
import io.github.socialstrategy.core.Settings;
import io.github.socialstrategy.core.SocialStrategy;
import io.github.socialstrategy.core.analyze.KpiSeries;
import io.github.socialstrategy.core.analyze.KpiStatus;
import io.github.socialstrategy.core.analyze.Point;
import io.github.socialstrategy.core.render.json.PlanJson;
import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The sample plan read at every month end of 2026, as CI reads a plan all year: no cumulative KPI shows an
 * attainment below 0% or above 300%, no due KPI has a pace (in the figures and in {@code plan.json}), and every
 * derived KPI's chart ends, at the report date, on the actual value its table shows.
 */
class SampleAllYearTest {

  static Stream<LocalDate> monthEnds() {
    return Stream.iterate(1, m -> m + 1).limit(12).map(m -> YearMonth.of(2026, m).atEndOfMonth());
  }

  private static CheckResult check(LocalDate asOf) throws IOException {
    return SocialStrategy.check(Settings.builder(PlanFixture.SAMPLE).asOf(asOf).build());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("monthEnds")
  void figuresHoldTogetherAtEveryMonthEnd(LocalDate asOf) throws IOException {
    CheckResult r = check(asOf);
    assertThat(r.errors()).isZero();
    Map<String, Object> json = Json.object(Json.parse(PlanJson.write(SocialStrategy.analyze(r))));
    List<Object> jsonKpis = Json.array(Json.object(Json.array(json.get("objectives")).get(0)).get("kpis"));
    assertThat(jsonKpis).isNotEmpty();
    int i = 0;
    for (Object o : Json.array(json.get("objectives"))) {
      for (Object kj : Json.array(Json.object(o).get("kpis"))) {
        Map<String, Object> k = Json.object(kj);
        KpiStatus status = r.figures().kpis().get(i++);
        assertThat(k.get("metric")).isEqualTo(status.kpi().metric().id());
        if (status.kind() == KpiStatus.Kind.CUMULATIVE && status.attainment() != null) {
          assertThat(status.attainment()).as("attainment of %s at %s", k.get("metric"), asOf).isBetween(0.0, 3.0);
        }
        if (status.isDue()) {
          assertThat(status.pacing().shown()).as("pace of due %s at %s", k.get("metric"), asOf).isFalse();
          assertThat(k.get("pace")).as("plan.json pace of due %s at %s", k.get("metric"), asOf).isNull();
        } else if (status.scored()) {
          assertThat(k.get("pace")).isIn("on-track", "at-risk", "off-track");
        }
        // one attainment per row: the pace is judged on the attainment shown
        if (status.pacing().shown()) {
          assertThat(status.pacing().progress()).isEqualTo(status.attainment());
        }
        if (k.get("attainment") != null) {
          assertThat((Double) k.get("attainment")).isCloseTo(status.attainment(), within(0.0005));
        }
        if (k.get("expectedAttainment") != null) {
          double e = (Double) k.get("expectedAttainment");
          assertThat(Math.round(e * 1000) / 1000.0).as("rounded to 3 decimals").isEqualTo(e);
        }
        if (status.metric() != null && status.metric().isDerived() && Double.isFinite(status.actual())) {
          KpiSeries s = r.figures().kpiSeries(status);
          LocalDate cutoff = status.isDue() ? status.due() : asOf;
          // the last point on or before the report date (or the due date, once due) is the actual value
          Point last = s.toDate().stream().filter(p -> !p.date().isAfter(cutoff)).reduce((a, b) -> b).orElseThrow();
          assertThat(last.value()).as("chart and table of %s at %s", k.get("metric"), asOf).isCloseTo(status.actual(), within(1e-9));
        }
      }
    }
    assertThat(i).isEqualTo(r.figures().kpis().size());
  }
}
