package io.github.socialstrategy.core.compare;

/**
 * The outcome of comparing a plan with a baseline: the changes, or, when the baseline could not be read,
 * the warning that says what was tried and what to do. A baseline never fails a build.
 *
 * @param changes the changes, or null without a baseline or when it could not be read
 * @param warning why there is no comparison although a baseline was asked for, or null
 */
public record Comparison(Changes changes, String warning) {

  /** No baseline was asked for. */
  public static final Comparison NONE = new Comparison(null, null);

  public static Comparison of(Changes changes) {
    return new Comparison(changes, null);
  }

  public static Comparison failed(String warning) {
    return new Comparison(null, warning);
  }

  public boolean hasChanges() {
    return changes != null;
  }
}
