package io.github.socialstrategy.core.analyze;

import io.github.socialstrategy.core.model.Aggregate;
import io.github.socialstrategy.core.model.Better;
import io.github.socialstrategy.core.model.Kpi;
import io.github.socialstrategy.core.model.Metric;
import io.github.socialstrategy.core.model.Objective;
import io.github.socialstrategy.core.model.Plan;
import io.github.socialstrategy.core.model.Unit;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Computes where each KPI stands on the report date: its actual value over its window, the one attainment
 * its row shows, the attainment expected by then, its pace and its projection to the due date. The
 * definitions are the format reference's ("KPI figures on any day").
 */
final class KpiAnalyzer {

  /**
   * Days with results a level needs before its trend is projected; they must also spread over at least a quarter
   * of the window.
   */
  static final int MIN_TREND_DAYS = 3;

  private final Plan plan;
  private final MetricValues values;
  private final Pacing.Thresholds thresholds;

  KpiAnalyzer(Plan plan, MetricValues values, Pacing.Thresholds thresholds) {
    this.plan = plan;
    this.values = values;
    this.thresholds = thresholds;
  }

  List<KpiStatus> all() {
    List<KpiStatus> out = new ArrayList<>();
    for (Objective o : plan.objectives().list()) {
      for (Kpi k : o.kpis()) {
        out.add(of(o, k));
      }
    }
    return List.copyOf(out);
  }

  /**
   * How a KPI on this metric is measured: a total over the window for a {@code sum} metric (a limit when lower is
   * better), unless it is a derived percentage or ratio, or its target is not above 0; else a level.
   */
  static KpiStatus.Kind kind(Metric m, Double target) {
    if (m == null || m.aggregate() != Aggregate.SUM || (target != null && target <= 0)) {
      return KpiStatus.Kind.LEVEL;
    }
    if (m.isDerived() && (m.unit() == Unit.PERCENT || m.unit() == Unit.RATIO)) {
      return KpiStatus.Kind.LEVEL;
    }
    return m.better() == Better.LOWER ? KpiStatus.Kind.LIMIT : KpiStatus.Kind.CUMULATIVE;
  }

  KpiStatus of(Objective o, Kpi k) {
    Metric m = plan.metrics().get(k.metric().id());
    LocalDate start = plan.period() == null ? null : plan.period().start();
    LocalDate due = k.due() != null ? k.due() : plan.period() == null ? null : plan.period().end();
    LocalDate asOf = plan.asOf();
    Double target = k.target();
    KpiStatus.Kind kind = kind(m, target);
    LocalDate cutoff = cutoff(asOf, due);
    double actual = m == null || cutoff == null || (start != null && cutoff.isBefore(start))
        ? Double.NaN
        : values.value(m, start, cutoff);
    Double attainment = attainment(kind, actual, k.baseline(), target);

    ExpectedPath path = ExpectedPath.of(k, start, due, kind == KpiStatus.Kind.LEVEL ? k.baseline() : 0);
    double expected = path == null || asOf == null ? Double.NaN : path.at(asOf);
    double expectedAttainment = Double.NaN;
    if (path != null && asOf != null) {
      Double e = attainment(kind, expected, k.baseline(), target);
      expectedAttainment = e == null ? Double.NaN : e;
    }
    double lastYear = Double.NaN;
    if (kind != KpiStatus.Kind.LEVEL && k.baseline() != 0 && asOf != null && start != null && due != null) {
      // The contract's "vs last year at this point": the baseline pro-rated to the elapsed share of the window.
      lastYear = k.baseline() * MoneyAnalyzer.elapsed(start, due, asOf);
    }
    KpiStatus draft = new KpiStatus(o, k, m, kind, start, due, asOf, actual, k.baseline(), target, attainment,
        expected, expectedAttainment, lastYear, Projection.none(null), null);
    return new KpiStatus(o, k, m, kind, start, due, asOf, actual, k.baseline(), target, attainment,
        expected, expectedAttainment, lastYear, projection(draft, path), pacing(draft));
  }

  /** The last day whose results count: the report date, or the due date once due. */
  private static LocalDate cutoff(LocalDate asOf, LocalDate due) {
    if (asOf == null) {
      return null;
    }
    return due != null && due.isBefore(asOf) ? due : asOf;
  }

  private static Double attainment(KpiStatus.Kind kind, double value, double baseline, Double target) {
    if (target == null || !Double.isFinite(value)) {
      return null;
    }
    if (kind != KpiStatus.Kind.LEVEL) {
      return value / target;
    }
    return target == baseline ? null : (value - baseline) / (target - baseline);
  }

  private Pacing pacing(KpiStatus k) {
    if (k.target() == null || k.metric() == null) {
      return Pacing.notScored(k.actual());
    }
    double progress = k.attainment() == null ? Double.NaN : k.attainment();
    // A limit broken before its due date is missed for good: final, like a due KPI.
    boolean limitBroken = k.kind() == KpiStatus.Kind.LIMIT && k.target() != null && k.actual() > k.target();
    if ((k.isDue() || limitBroken) && !Double.isNaN(progress)) {
      return Pacing.fin(progress, k.kind() == KpiStatus.Kind.LIMIT ? 100 * (1 - progress) : 100 * (progress - 1));
    }
    return k.kind() == KpiStatus.Kind.LIMIT
        ? Pacing.ofLimit(k.expectedAttainment(), progress, thresholds)
        : Pacing.of(k.expectedAttainment(), progress, thresholds);
  }

  private Projection projection(KpiStatus k, ExpectedPath path) {
    if (k.target() == null || k.metric() == null) {
      return Projection.none("the KPI has no target");
    }
    if (!Double.isFinite(k.actual())) {
      return Projection.none("no results yet in the KPI's window");
    }
    if (k.isDue()) {
      return new Projection(k.actual(), k.attainment() == null ? Double.NaN : k.attainment(), Projection.Basis.FINAL, null);
    }
    if (k.kind() == KpiStatus.Kind.LIMIT && k.actual() > k.target()) {
      return Projection.none("the limit is already exceeded: the KPI is missed");
    }
    if (k.start() == null || k.due() == null || !k.due().isAfter(k.start())) {
      return Projection.none("the KPI has no window to project over (a plan period and a due date after its start)");
    }
    double value;
    Projection.Basis basis;
    String[] why = new String[1];
    if (k.kind() != KpiStatus.Kind.LEVEL) {
      boolean seasonal = path != null && path.seasonal() && k.expected() > 0;
      double share = seasonal ? k.expected() / k.target() : MoneyAnalyzer.elapsed(k.start(), k.due(), k.asOf());
      if (!(share > 0)) {
        return Projection.none("the KPI's window has not started");
      }
      value = k.actual() / share;
      basis = seasonal ? Projection.Basis.MILESTONES : Projection.Basis.RATE;
    } else {
      value = project(k.metric(), k.start(), k.asOf(), k.due(), why, new HashSet<>());
      basis = k.metric().isDerived() ? Projection.Basis.INPUTS : Projection.Basis.TREND;
    }
    if (!Double.isFinite(value)) {
      return Projection.none(why[0] == null ? "its inputs cannot be projected" : why[0]);
    }
    Double a = attainment(k.kind(), value, k.baseline(), k.target());
    return new Projection(value, a == null ? Double.NaN : a, basis, null);
  }

  /**
   * A metric's value at {@code due} if it goes on as over {@code [start, asOf]}: a total at its rate so far; a
   * level along the least-squares trend of its day values; a derived metric by its formula over its inputs'
   * projections. NaN with the reason in {@code why[0]} when it cannot be told.
   */
  private double project(Metric m, LocalDate start, LocalDate asOf, LocalDate due, String[] why, Set<String> visiting) {
    double actual = values.value(m, start, asOf);
    if (m.isDerived()) {
      Formula f = values.formula(m);
      if (f == null || !visiting.add(m.id())) {
        why[0] = "its formula cannot be evaluated";
        return Double.NaN;
      }
      Map<String, Double> inputs = new HashMap<>();
      for (String id : f.metricIds()) {
        Metric input = plan.metrics().get(id);
        double v = input == null ? Double.NaN : project(input, start, asOf, due, why, visiting);
        if (!Double.isFinite(v)) {
          if (input != null && why[0] != null && !why[0].startsWith("input")) {
            why[0] = "input '" + id + "': " + why[0];
          }
          return Double.NaN;
        }
        inputs.put(id, v);
      }
      visiting.remove(m.id());
      return FormulaEvaluator.evaluate(f, inputs);
    }
    if (!Double.isFinite(actual)) {
      why[0] = "no results yet in the window";
      return Double.NaN;
    }
    double elapsed = MoneyAnalyzer.elapsed(start, due, asOf);
    if (m.aggregate() == Aggregate.SUM) {
      if (!(elapsed > 0)) {
        why[0] = "the window has not started";
        return Double.NaN;
      }
      return actual / elapsed;
    }
    MetricSeries s = values.daily(m.id());
    int lo = s.indexFrom(start);
    int hi = s.daysUpTo(asOf);
    if (hi - lo < MIN_TREND_DAYS) {
      why[0] = "a trend needs results on at least " + MIN_TREND_DAYS + " days in the window; it has " + Math.max(0, hi - lo);
      return Double.NaN;
    }
    long spanned = s.dates()[hi - 1].toEpochDay() - s.dates()[lo].toEpochDay() + 1;
    long window = due.toEpochDay() - start.toEpochDay() + 1;
    if (spanned * 4 < window) {
      // A line through a few weeks says little about a whole year.
      why[0] = "a trend needs results spread over at least a quarter of the window (" + ((window + 3) / 4) + " days); so far they span "
          + spanned + " days";
      return Double.NaN;
    }
    boolean additive = MetricSeries.additive(m);
    double[] line = leastSquares(s, lo, hi, additive);
    long next = asOf.toEpochDay() + 1;
    double atDue = line[0] + line[1] * due.toEpochDay();
    double atNext = line[0] + line[1] * next;
    return switch (m.aggregate()) {
      case LAST -> atDue;
      case MAX -> Math.max(actual, Math.max(atNext, atDue));
      case MIN -> Math.min(actual, Math.min(atNext, atDue));
      // The days to come weigh by their share of the window, at the trend's mean over them.
      case AVERAGE -> elapsed * actual + (1 - elapsed) * (line[0] + line[1] * (next + due.toEpochDay()) / 2.0);
      case SUM -> actual / elapsed;
    };
  }

  /** Intercept and slope (per day) of the least-squares line through days {@code [lo, hi)}. */
  private static double[] leastSquares(MetricSeries s, int lo, int hi, boolean additive) {
    int n = hi - lo;
    // Centre x on the first day so that epoch-day magnitudes do not cost precision.
    long x0 = s.dates()[lo].toEpochDay();
    double sx = 0;
    double sy = 0;
    for (int i = lo; i < hi; i++) {
      sx += s.dates()[i].toEpochDay() - x0;
      sy += s.dayValue(i, additive);
    }
    double mx = sx / n;
    double my = sy / n;
    double sxx = 0;
    double sxy = 0;
    for (int i = lo; i < hi; i++) {
      double dx = s.dates()[i].toEpochDay() - x0 - mx;
      sxx += dx * dx;
      sxy += dx * (s.dayValue(i, additive) - my);
    }
    double slope = sxx == 0 ? 0 : sxy / sxx;
    double intercept = my - slope * (x0 + mx);
    return new double[] {intercept, slope};
  }

  /**
   * The series a KPI's chart draws: the value to date at each day with results (each point is the KPI's actual
   * value had the report date been that day), and for a derived metric its value per week or month; both over
   * the KPI's window only. With the expected path.
   */
  KpiSeries series(KpiStatus k) {
    Metric m = k.metric();
    ExpectedPath path = ExpectedPath.of(k.kpi(), k.start(), k.due(), k.kind() == KpiStatus.Kind.LEVEL ? k.baseline() : 0);
    List<Point> expected = path == null ? List.of() : path.points();
    if (m == null) {
      return new KpiSeries(List.of(), List.of(), null, expected);
    }
    if (!m.isDerived()) {
      List<Point> toDate = new ArrayList<>();
      for (var e : values.daily(m.id()).runningBetween(k.start(), k.due(), m.aggregate(), MetricSeries.additive(m))) {
        toDate.add(new Point(e.getKey(), e.getValue()));
      }
      return new KpiSeries(toDate, List.of(), null, expected);
    }
    LocalDate[] span = values.span(m);
    if (span == null) {
      return new KpiSeries(List.of(), List.of(), values.bucket(m), expected);
    }
    LocalDate from = k.start() != null ? k.start() : span[0];
    LocalDate to = k.due() != null && k.due().isBefore(span[1]) ? k.due() : span[1];
    Bucket b = values.bucket(m);
    List<Point> toDate = new ArrayList<>();
    List<Point> perBucket = new ArrayList<>();
    for (LocalDate s = from; !s.isAfter(to); ) {
      LocalDate e = b.end(s).isAfter(to) ? to : b.end(s);
      // The bucket holding the report date is cut there, so the line to date passes through the actual value.
      if (k.asOf() != null && !k.asOf().isBefore(s) && k.asOf().isBefore(e)) {
        e = k.asOf();
      }
      double inBucket = values.value(m, s, e);
      if (Double.isFinite(inBucket)) {
        perBucket.add(new Point(e, inBucket));
      }
      double sofar = values.value(m, from, e);
      if (Double.isFinite(sofar)) {
        toDate.add(new Point(e, sofar));
      }
      s = e.plusDays(1);
    }
    return new KpiSeries(toDate, perBucket, b, expected);
  }
}
