package io.github.socialstrategy.core.load;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Predicate;

/**
 * The files of a plan, as the loader reads them: the plan directory on disk ({@link #directory}), or the
 * same directory at an earlier git revision, read from memory. Paths are plan paths: relative to the plan
 * directory, with {@code /} separators.
 */
public interface PlanTree {

  /** The plan directory on disk. */
  static PlanTree directory(Path planDirectory) {
    return new DirectoryTree(planDirectory);
  }

  /**
   * Where the plan directory is (or was) on disk: plan paths are resolved against it to show a file
   * relative to the project.
   */
  Path root();

  /**
   * The files whose plan path {@code wanted} accepts, sorted by plan path. A file the tree refuses to read
   * (a link leading outside the plan directory) is left out and passed to {@code refused} with the reason.
   */
  List<String> files(Predicate<String> wanted, BiConsumer<String, String> refused) throws IOException;

  /**
   * Null when a plan path names a file that can be read; otherwise why not, as the end of a sentence
   * ("does not exist in the plan directory; check the path").
   */
  String problem(String planPath);

  /** The size of a file in bytes. */
  long size(String planPath) throws IOException;

  /** Opens a file for reading. */
  InputStream open(String planPath) throws IOException;

  /**
   * The file on disk, for readers that work best from a file (a workbook's zip is read in place), or null when
   * the tree is not on disk (a git revision): such readers then read {@link #open} instead.
   */
  default Path localFile(String planPath) {
    return null;
  }

  /** A whole file's bytes. */
  default byte[] readAllBytes(String planPath) throws IOException {
    try (InputStream in = open(planPath)) {
      return in.readAllBytes();
    }
  }
}
