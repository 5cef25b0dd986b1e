package io.github.socialstrategy.core.model;

/** The unit of a metric's values. */
public enum Unit implements Keyword {
  COUNT, PERCENT, CURRENCY, HOURS, MINUTES, RATIO
}
