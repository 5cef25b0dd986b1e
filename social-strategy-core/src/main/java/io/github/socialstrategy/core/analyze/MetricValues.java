package io.github.socialstrategy.core.analyze;

import io.github.socialstrategy.core.model.Metric;
import io.github.socialstrategy.core.model.Plan;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A metric's value over a range of days. A measured metric is its results in the range, added up by its
 * {@code aggregate}. A derived metric is its formula evaluated over its inputs' values over the same range,
 * never day by day: inputs recorded on different days (weekly orders, monthly sessions) all count. Also
 * says at which {@link Bucket} a derived metric can be plotted, and gives its series per bucket.
 */
public final class MetricValues {

  private final Plan plan;
  private final Map<String, MetricSeries> measured;
  private final Map<String, Formula> formulas = new HashMap<>();

  /** @param measured each measured metric's results per day, over every scope */
  MetricValues(Plan plan, Map<String, MetricSeries> measured) {
    this.plan = plan;
    this.measured = measured;
    for (Metric m : plan.metrics().list()) {
      if (m.isDerived()) {
        try {
          formulas.put(m.id(), Formula.parse(m.formula()));
        } catch (Formula.FormulaException e) {
          // formula-error reports it; the metric has no value
        }
      }
    }
  }

  Plan plan() {
    return plan;
  }

  /** The per-day results of a measured metric (empty for a derived metric without rows of its own). */
  public MetricSeries daily(String metricId) {
    return measured.getOrDefault(metricId, MetricSeries.EMPTY);
  }

  /** The parsed formula of a derived metric, or null when it has none or it does not parse. */
  Formula formula(Metric m) {
    return formulas.get(m.id());
  }

  /**
   * The metric's value over {@code [from, to]}, both included (a null {@code from}: from the first result);
   * NaN when a measured metric has no result there, or a derived one has an input without a value, divides by
   * zero or is circular.
   */
  public double value(Metric m, LocalDate from, LocalDate to) {
    return value(m, from, to, new HashSet<>());
  }

  private double value(Metric m, LocalDate from, LocalDate to, Set<String> visiting) {
    if (!m.isDerived()) {
      MetricSeries s = measured.get(m.id());
      return s == null ? Double.NaN : s.valueBetween(from, to, m.aggregate(), MetricSeries.additive(m));
    }
    Formula f = formulas.get(m.id());
    if (f == null || !visiting.add(m.id())) {
      return Double.NaN;
    }
    Map<String, Double> values = new HashMap<>();
    for (String id : f.metricIds()) {
      Metric input = plan.metrics().get(id);
      if (input == null) {
        visiting.remove(m.id());
        return Double.NaN;
      }
      values.put(id, value(input, from, to, visiting));
    }
    visiting.remove(m.id());
    return FormulaEvaluator.evaluate(f, values);
  }

  /**
   * Whether the metric (or, for a derived one, every metric its formula names) has a result in {@code [from,
   * to]}. A formula that names no metric (a constant) does not count as measured.
   */
  public boolean hasResults(Metric m, LocalDate from, LocalDate to) {
    return hasResults(m, from, to, new HashSet<>());
  }

  private boolean hasResults(Metric m, LocalDate from, LocalDate to, Set<String> visiting) {
    MetricSeries own = measured.get(m.id());
    if (own != null && count(own, from, to) > 0) {
      return true;
    }
    if (!m.isDerived()) {
      return false;
    }
    Formula f = formulas.get(m.id());
    if (f == null || f.metricIds().isEmpty() || !visiting.add(m.id())) {
      return false;
    }
    try {
      for (String id : f.metricIds()) {
        Metric input = plan.metrics().get(id);
        if (input == null || !hasResults(input, from, to, visiting)) {
          return false;
        }
      }
      return true;
    } finally {
      visiting.remove(m.id());
    }
  }

  private static int count(MetricSeries s, LocalDate from, LocalDate to) {
    int lo = from == null ? 0 : s.indexFrom(from);
    return Math.max(0, s.daysUpTo(to) - lo);
  }

  /**
   * The bucket a derived metric is plotted in: the coarsest at which any of its measured inputs is recorded
   * (so every bucket holds a value of each); a month when that cannot be told.
   */
  public Bucket bucket(Metric m) {
    Bucket b = bucket(m, new HashSet<>());
    return b == null ? Bucket.MONTH : b;
  }

  private Bucket bucket(Metric m, Set<String> visiting) {
    if (!m.isDerived()) {
      MetricSeries s = measured.get(m.id());
      return s == null ? null : Bucket.of(s.dates());
    }
    Formula f = formulas.get(m.id());
    if (f == null || !visiting.add(m.id())) {
      return null;
    }
    Bucket out = null;
    for (String id : f.metricIds()) {
      Metric input = plan.metrics().get(id);
      if (input != null) {
        out = Bucket.coarser(out, bucket(input, visiting));
      }
    }
    visiting.remove(m.id());
    return out;
  }

  /** The first and last day with results among a metric's measured inputs (or its own), or null without any. */
  LocalDate[] span(Metric m) {
    return span(m, new HashSet<>());
  }

  private LocalDate[] span(Metric m, Set<String> visiting) {
    LocalDate[] out = null;
    MetricSeries own = measured.get(m.id());
    if (own != null && !own.isEmpty()) {
      out = new LocalDate[] {own.dates()[0], own.dates()[own.dates().length - 1]};
    }
    Formula f = m.isDerived() ? formulas.get(m.id()) : null;
    if (f != null && visiting.add(m.id())) {
      for (String id : f.metricIds()) {
        Metric input = plan.metrics().get(id);
        LocalDate[] s = input == null ? null : span(input, visiting);
        if (s != null) {
          out = out == null ? s : new LocalDate[] {min(out[0], s[0]), max(out[1], s[1])};
        }
      }
      visiting.remove(m.id());
    }
    return out;
  }

  /**
   * A derived metric per bucket, over all its inputs' results: for each week or month, the formula over the
   * inputs' values in that bucket, dated at the bucket's last day. Buckets where it has no value are left out.
   */
  public List<Point> perBucket(Metric m) {
    LocalDate[] span = span(m);
    if (span == null || !m.isDerived()) {
      return List.of();
    }
    Bucket b = bucket(m);
    List<Point> out = new ArrayList<>();
    for (LocalDate start = b.start(span[0]); !start.isAfter(span[1]); start = b.end(start).plusDays(1)) {
      LocalDate end = b.end(start);
      double v = value(m, start, end);
      if (Double.isFinite(v)) {
        out.add(new Point(end, v));
      }
    }
    return out;
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }
}
