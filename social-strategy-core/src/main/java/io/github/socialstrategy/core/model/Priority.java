package io.github.socialstrategy.core.model;

/** An objective's priority. */
public enum Priority implements Keyword {
  HIGH, MEDIUM, LOW
}
