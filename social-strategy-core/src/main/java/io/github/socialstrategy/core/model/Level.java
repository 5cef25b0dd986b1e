package io.github.socialstrategy.core.model;

/** The AMEC evaluation stage a metric measures: outputs are not outcomes. */
public enum Level implements Keyword {
  OUTPUT, OUTTAKE, OUTCOME, IMPACT
}
