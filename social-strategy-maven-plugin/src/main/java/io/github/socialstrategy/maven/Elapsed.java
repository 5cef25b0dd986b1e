package io.github.socialstrategy.maven;

import java.util.Locale;

/** Elapsed time for the goals' summary lines: {@code 85 ms}, {@code 1.4 s}. */
final class Elapsed {

  private Elapsed() {}

  static String since(long startNanos) {
    long ms = (System.nanoTime() - startNanos) / 1_000_000;
    return ms < 1000 ? ms + " ms" : String.format(Locale.ROOT, "%.1f s", ms / 1000.0);
  }
}
