package io.github.socialstrategy.core.model;

import java.util.Comparator;

/**
 * A place in a plan file: 1-based line and column. Every entity and every value a rule can complain about
 * carries one, so a diagnostic can point at it.
 */
public record Location(SourceFile file, int line, int column) implements Comparable<Location> {

  private static final Comparator<Location> ORDER =
      Comparator.comparing(Location::file, Comparator.nullsFirst(Comparator.naturalOrder()))
          .thenComparingInt(Location::line)
          .thenComparingInt(Location::column);

  /** A place that stands for a whole file, or a setting outside any file when {@code file} is null. */
  public static Location of(SourceFile file) {
    return new Location(file, 1, 1);
  }

  @Override
  public int compareTo(Location other) {
    return ORDER.compare(this, other);
  }

  /** {@code path:line:column}, as compilers print it. */
  @Override
  public String toString() {
    return (file == null ? "<configuration>" : file.displayPath()) + ":" + line + ":" + column;
  }
}
