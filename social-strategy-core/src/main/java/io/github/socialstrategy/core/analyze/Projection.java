package io.github.socialstrategy.core.analyze;

/**
 * The value a KPI will reach at its due date if it goes on as it has so far.
 *
 * @param value the projected value at the due date; NaN when there is none ({@code reason} says why)
 * @param attainment the attainment that value would give (for a limit, the share of the limit it would use); NaN
 *     without a value or a target
 * @param basis how it was projected
 * @param reason why there is no projection, or null
 */
public record Projection(double value, double attainment, Basis basis, String reason) {

  /** How a projection was made. */
  public enum Basis {
    /** A total so far, divided by the elapsed share of the window. */
    RATE,
    /** A total so far, scaled by how far along its milestone path it is. */
    MILESTONES,
    /** A level: the least-squares trend of its results over the window, carried to the due date. */
    TREND,
    /** A derived metric: its formula over its inputs' projections. */
    INPUTS,
    /** The KPI is due: its value is final. */
    FINAL,
    /** No projection. */
    NONE;

    /** {@code rate}, {@code milestones}, ... as {@code plan.json} writes it. */
    public String keyword() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  static Projection none(String reason) {
    return new Projection(Double.NaN, Double.NaN, Basis.NONE, reason);
  }

  public boolean exists() {
    return Double.isFinite(value);
  }
}
