package io.github.socialstrategy.core.model;

import java.util.Locale;

/** An enumerated value of the plan format, written in lower case with dashes ({@code social-network}). */
public interface Keyword {

  String name();

  /** The value as written in a plan file. */
  default String keyword() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
