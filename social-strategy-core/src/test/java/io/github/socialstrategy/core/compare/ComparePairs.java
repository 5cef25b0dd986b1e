package io.github.socialstrategy.core.compare;

import io.github.socialstrategy.core.CheckResult;
import io.github.socialstrategy.core.Settings;
import io.github.socialstrategy.core.SocialStrategy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Paired fixture plans: {@code compare/base} is the "before" of every pair; {@code compare/<case>} holds the
 * files that differ in its "after".
 */
final class ComparePairs {

  private ComparePairs() {}

  static Path resource(String name) {
    try {
      return Path.of(ComparePairs.class.getResource("/compare/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Copies the base plan, with the case's files over it, into {@code dir}. */
  static Path plan(Path dir, String overlay) throws IOException {
    Files.createDirectories(dir);
    copy(resource("base"), dir);
    if (overlay != null) {
      copy(resource(overlay), dir);
    }
    return dir;
  }

  static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.list(from)) {
      files.forEach(f -> {
        try {
          Files.copy(f, to.resolve(f.getFileName().toString()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
  }

  static CheckResult check(Path plan) throws IOException {
    return SocialStrategy.check(Settings.builder(plan).baseDirectory(plan.getParent()).build());
  }

  /** The changes from the base plan to the base with a case's files over it. */
  static Changes compare(Path tmp, String overlay) throws IOException {
    // Both sides live in directories of the same name, so their files are shown alike.
    CheckResult before = check(plan(tmp.resolve("before/strategy"), null));
    CheckResult after = check(plan(tmp.resolve("after/strategy"), overlay));
    return Comparer.compare("base", Snapshots.of(before), Snapshots.of(after), false);
  }
}
