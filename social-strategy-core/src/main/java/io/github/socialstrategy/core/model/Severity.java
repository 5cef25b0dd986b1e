package io.github.socialstrategy.core.model;

import java.util.Locale;

/** How much a finding matters. {@link #OFF} is only a setting: a rule set to it reports nothing. */
public enum Severity {
  ERROR,
  WARNING,
  INFO,
  OFF;

  /** The lower-case name used in files, settings and log lines. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses {@code error}, {@code warning}, {@code info} or {@code off}, in any letter case. */
  public static Severity parse(String text) {
    for (Severity s : values()) {
      if (s.label().equalsIgnoreCase(text.trim())) {
        return s;
      }
    }
    throw new IllegalArgumentException(
        "'" + text + "' is not a severity; use one of error, warning, info, off");
  }
}
