package io.github.socialstrategy.core.load;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** A plan directory on disk. Links are followed only as far as they stay inside the directory. */
final class DirectoryTree implements PlanTree {

  private final Path root;

  DirectoryTree(Path root) {
    this.root = root.toAbsolutePath().normalize();
  }

  @Override
  public Path root() {
    return root;
  }

  @Override
  public List<String> files(Predicate<String> wanted, BiConsumer<String, String> refused) throws IOException {
    Path realRoot = root.toRealPath();
    List<String> files = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : (Iterable<Path>) walk::iterator) {
        String planPath = planPath(p);
        if (planPath.isEmpty() || !wanted.test(planPath)) {
          continue;
        }
        if (Files.isSymbolicLink(p)) {
          Path target;
          try {
            target = p.toRealPath();
          } catch (IOException e) {
            continue; // a dangling link names no file
          }
          if (!target.startsWith(realRoot)) {
            refused.accept(
                planPath,
                "this file is a link to " + target + ", outside the plan directory; it was not read. Copy the file into the plan directory");
            continue;
          }
        }
        if (Files.isRegularFile(p)) {
          files.add(planPath);
        }
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    files.sort(null);
    return files;
  }

  private String planPath(Path p) {
    return root.relativize(p.toAbsolutePath().normalize()).toString().replace('\\', '/');
  }

  @Override
  public String problem(String planPath) {
    Path target = root.resolve(planPath);
    if (!Files.isRegularFile(target)) {
      return "does not exist in the plan directory; check the path";
    }
    try {
      if (!target.toRealPath().startsWith(root.toRealPath())) {
        return "is a link to a file outside the plan directory; copy the export inside it";
      }
    } catch (IOException e) {
      return "cannot be read: " + e.getMessage();
    }
    return null;
  }

  @Override
  public Path localFile(String planPath) {
    return root.resolve(planPath);
  }

  @Override
  public long size(String planPath) throws IOException {
    return Files.size(root.resolve(planPath));
  }

  @Override
  public InputStream open(String planPath) throws IOException {
    return Files.newInputStream(root.resolve(planPath));
  }
}
