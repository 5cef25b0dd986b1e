package io.github.socialstrategy.core.analyze;

/**
 * Whether a KPI is on pace at the report date: its attainment (the one its row shows) against the attainment
 * expected by then on its expected path. For a limit the comparison is reversed: using less of the limit than
 * expected is ahead. Once the KPI is due its state is final and it has no pace ({@link State#FINAL}).
 *
 * @param state where the KPI stands
 * @param expected the attainment expected by the report date; NaN when it cannot be known
 * @param progress the attainment reached (for a limit, the share of the limit used); NaN without data
 * @param gapPoints how far ahead (positive) or behind (negative) the expected attainment, in percentage points
 */
public record Pacing(State state, double expected, double progress, double gapPoints) {

  /** The pacing states the site and the {@code off-track-objective} rule use. */
  public enum State {
    ON_TRACK,
    AT_RISK,
    OFF_TRACK,
    NO_DATA,
    NOT_SCORED,
    /** The KPI is due: its state (met or missed) is final, and there is no pace. */
    FINAL;

    /** {@code on-track}, {@code at-risk}, ...; null for {@link #FINAL}, which has no pace. */
    public String keyword() {
      return this == FINAL ? null : name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    public String label() {
      return switch (this) {
        case ON_TRACK -> "On track";
        case AT_RISK -> "At risk";
        case OFF_TRACK -> "Off track";
        case NO_DATA -> "No data";
        case NOT_SCORED -> "Tracked (no target)";
        case FINAL -> "";
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

  /** Whether the KPI has a pace to show (not due, scored, with data). */
  public boolean shown() {
    return state == State.ON_TRACK || state == State.AT_RISK || state == State.OFF_TRACK;
  }

  /** The pace of a KPI whose attainment should grow toward 1: ahead when at or above the expected attainment. */
  static Pacing of(double expected, double progress, Thresholds t) {
    if (Double.isNaN(progress) || Double.isNaN(expected)) {
      return new Pacing(State.NO_DATA, expected, progress, Double.NaN);
    }
    double gap = 100 * (progress - expected);
    return new Pacing(progress >= 1 ? State.ON_TRACK : judge(gap, t), expected, progress, gap);
  }

  /** The pace of a limit: ahead when it has used no more of it than expected. */
  static Pacing ofLimit(double expected, double used, Thresholds t) {
    if (Double.isNaN(used) || Double.isNaN(expected)) {
      return new Pacing(State.NO_DATA, expected, used, Double.NaN);
    }
    double gap = 100 * (expected - used);
    return new Pacing(judge(gap, t), expected, used, gap);
  }

  private static State judge(double gap, Thresholds t) {
    if (gap >= -t.atRisk()) {
      return State.ON_TRACK;
    }
    return gap >= -t.offTrack() ? State.AT_RISK : State.OFF_TRACK;
  }

  static Pacing notScored(double progress) {
    return new Pacing(Double.isNaN(progress) ? State.NO_DATA : State.NOT_SCORED, Double.NaN, progress, Double.NaN);
  }

  /** A due KPI: final, no pace; the gap is its attainment's distance from the target, for the findings. */
  static Pacing fin(double progress, double gapPoints) {
    return new Pacing(State.FINAL, 1, progress, gapPoints);
  }
}
