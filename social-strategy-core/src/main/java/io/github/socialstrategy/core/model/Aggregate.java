package io.github.socialstrategy.core.model;

/** How a metric's results add up over time. */
public enum Aggregate implements Keyword {
  SUM, AVERAGE, LAST, MAX, MIN
}
