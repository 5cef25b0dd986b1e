package io.github.socialstrategy.core.analyze;

/**
 * Whether a KPI is on pace at the report date. The attainment expected by then grows linearly from the
 * plan's start to the KPI's due date. A level KPI (average, last, max, min, or derived) is paced by its
 * attainment; a cumulative one (aggregate {@code sum}) by the share of its target reached so far, since
 * its results add up from zero over the period.
 *
 * @param state where the KPI stands
 * @param expected the attainment expected by the report date, 0 to 1; NaN when it cannot be known (the plan
 *     has no valid period and the due date is unknown or still ahead)
 * @param progress the attainment (or, for a cumulative KPI, the share of the target) reached, NaN without data
 * @param gapPoints progress minus expected, in percentage points (negative = behind)
 */
public record Pacing(State state, double expected, double progress, double gapPoints) {

  /** The pacing states the site and the {@code off-track-objective} rule use. */
  public enum State {
    ON_TRACK,
    AT_RISK,
    OFF_TRACK,
    NO_DATA,
    NOT_SCORED;

    /** {@code on-track}, {@code at-risk}, ... */
    public String keyword() {
      return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    public String label() {
      return switch (this) {
        case ON_TRACK -> "On track";
        case AT_RISK -> "At risk";
        case OFF_TRACK -> "Off track";
        case NO_DATA -> "No data";
        case NOT_SCORED -> "Tracked (no target)";
      };
    }
  }

  /**
   * How far behind the expected attainment a KPI may be, in percentage points, before it is at risk, and
   * before it is off track.
   */
  public record Thresholds(double atRisk, double offTrack) {

    /** The defaults: at risk beyond 10 points behind, off track beyond 25 points behind. */
    public static final Thresholds DEFAULT = new Thresholds(10, 25);

    public Thresholds {
      if (!(atRisk >= 0 && offTrack >= atRisk && offTrack <= 1000)) {
        throw new IllegalArgumentException(
            "pacing thresholds must satisfy 0 <= at-risk <= off-track (points), not at-risk " + atRisk + ", off-track " + offTrack);
      }
    }
  }

  static Pacing of(double expected, double progress, Thresholds t) {
    if (Double.isNaN(progress) || Double.isNaN(expected)) {
      return new Pacing(State.NO_DATA, expected, progress, Double.NaN);
    }
    double gap = 100 * (progress - expected);
    State s;
    if (progress >= 1 || gap >= -t.atRisk()) {
      s = State.ON_TRACK;
    } else if (gap >= -t.offTrack()) {
      s = State.AT_RISK;
    } else {
      s = State.OFF_TRACK;
    }
    return new Pacing(s, expected, progress, gap);
  }

  static Pacing notScored(double progress) {
    return new Pacing(Double.isNaN(progress) ? State.NO_DATA : State.NOT_SCORED, Double.NaN, progress, Double.NaN);
  }
}
