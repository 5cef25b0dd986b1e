package io.github.socialstrategy.core.model;

/** Which direction of a metric is an improvement. */
public enum Better implements Keyword {
  HIGHER, LOWER
}
