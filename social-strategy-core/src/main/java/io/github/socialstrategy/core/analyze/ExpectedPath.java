package io.github.socialstrategy.core.analyze;

import io.github.socialstrategy.core.model.Kpi;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The path a scored KPI is expected to follow through its window: from its start value at the plan's start
 * (0 for a cumulative KPI, the baseline for a level) to its target at its due date, straight, or through its
 * {@code milestones}, straight between them. A point's value is what is expected by the end of its day, so
 * without milestones the value expected by a date is the target times the elapsed share of the window (days
 * from the start to the date, both included, over the days of the window).
 */
public final class ExpectedPath {

  private final LocalDate start;
  private final long[] x; // days elapsed by the end of the point's day: 0 at the start, the window's length at due
  private final double[] values;
  private final List<Point> points;

  private ExpectedPath(LocalDate start, long[] x, double[] values, List<Point> points) {
    this.start = start;
    this.x = x;
    this.values = values;
    this.points = List.copyOf(points);
  }

  /**
   * The path of a KPI, or null when it has none (no target, no window, or a due date not after the start).
   * Milestones outside the window are left out ({@code outside-period} reports them).
   */
  static ExpectedPath of(Kpi kpi, LocalDate start, LocalDate due, double startValue) {
    if (kpi.target() == null || start == null || due == null || !due.isAfter(start)) {
      return null;
    }
    List<Long> xs = new ArrayList<>();
    List<Double> vs = new ArrayList<>();
    List<Point> points = new ArrayList<>();
    xs.add(0L);
    vs.add(startValue);
    points.add(new Point(start, startValue));
    for (Kpi.Milestone m : kpi.milestones().values()) {
      if (!m.date().isBefore(start) && m.date().isBefore(due)) {
        xs.add(m.date().toEpochDay() - start.toEpochDay() + 1);
        vs.add(m.value());
        points.add(new Point(m.date(), m.value()));
      }
    }
    xs.add(due.toEpochDay() - start.toEpochDay() + 1);
    vs.add(kpi.target());
    points.add(new Point(due, kpi.target()));
    long[] x = xs.stream().mapToLong(Long::longValue).toArray();
    double[] v = vs.stream().mapToDouble(Double::doubleValue).toArray();
    return new ExpectedPath(start, x, v, points);
  }

  /** The value expected by the end of {@code day}: the start value before the window, the target from due on. */
  public double at(LocalDate day) {
    long d = day.toEpochDay() - start.toEpochDay() + 1;
    if (d <= 0) {
      return values[0];
    }
    for (int i = 1; i < x.length; i++) {
      if (d <= x[i]) {
        double f = (double) (d - x[i - 1]) / (x[i] - x[i - 1]);
        return values[i - 1] + f * (values[i] - values[i - 1]);
      }
    }
    return values[values.length - 1];
  }

  /** Whether the path goes through milestones (a seasonal path) rather than straight. */
  public boolean seasonal() {
    return x.length > 2;
  }

  /** The path's corners, from the plan's start to the due date, for charts. */
  public List<Point> points() {
    return points;
  }
}
