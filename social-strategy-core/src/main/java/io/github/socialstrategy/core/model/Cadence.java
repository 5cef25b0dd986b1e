package io.github.socialstrategy.core.model;

/** How often an activity recurs. */
public enum Cadence implements Keyword {
  ONCE, DAILY, WEEKLY, BIWEEKLY, MONTHLY, QUARTERLY, ANNUALLY
}
