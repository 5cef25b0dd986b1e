package io.github.socialstrategy.core.model;

/** What a framework pillar does for the business. */
public enum Effect implements Keyword {
  INCREASE_REVENUE, DECREASE_COST, INSIGHT
}
