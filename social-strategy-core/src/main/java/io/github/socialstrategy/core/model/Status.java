package io.github.socialstrategy.core.model;

/** Where an activity stands. */
public enum Status implements Keyword {
  PLANNED, ACTIVE, PAUSED, DONE, DROPPED
}
