package io.github.socialstrategy.core.model;

import java.nio.file.Path;

/**
 * A file of the plan directory.
 *
 * @param path the file on disk
 * @param planPath the path inside the plan directory, with {@code /} separators (used for sorting and ids)
 * @param displayPath the path shown to users: relative to the project's base directory where possible
 */
public record SourceFile(Path path, String planPath, String displayPath) implements Comparable<SourceFile> {

  @Override
  public int compareTo(SourceFile other) {
    return planPath.compareTo(other.planPath);
  }

  @Override
  public String toString() {
    return displayPath;
  }
}
