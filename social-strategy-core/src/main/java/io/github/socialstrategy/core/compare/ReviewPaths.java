package io.github.socialstrategy.core.compare;

import io.github.socialstrategy.core.model.SourceFile;
import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The paths the review files show (changes.md, changes.html, changes.json, SARIF, JUnit XML,
 * diagnostics.json): relative to the top of the git repository when the file is in one, as code scanning
 * wants them, else relative to the project's base directory, else the plan directory's name and the path
 * inside it. Never the absolute path of the machine that ran the build, which would leak runner paths into
 * pull-request comments, unless a file is outside all three.
 */
public final class ReviewPaths {

  /** Without a repository: paths relative to the base directory, or the plan directory's name. */
  public static final ReviewPaths NONE = new ReviewPaths(null, null, null);

  private final Path repositoryRoot;
  private final Path baseDirectory;
  private final Path planDirectory;
  // plan directory as given to its real path: one lookup per plan directory, not per file
  private final Map<Path, Path> real = new ConcurrentHashMap<>();

  /**
   * @param repositoryRoot the top of the git work tree (a real path), or null outside one
   * @param baseDirectory the project's base directory, to read paths written relative to it; or null
   * @param planDirectory the plan directory, to shorten a path written outside the other two; or null
   */
  public ReviewPaths(Path repositoryRoot, Path baseDirectory, Path planDirectory) {
    this.repositoryRoot = repositoryRoot;
    this.baseDirectory = baseDirectory == null ? null : baseDirectory.toAbsolutePath().normalize();
    this.planDirectory = planDirectory == null ? null : planDirectory.toAbsolutePath().normalize();
  }

  /** The paths for a project: its repository found upward from the base directory. */
  public static ReviewPaths of(Path baseDirectory, Path planDirectory) {
    return new ReviewPaths(GitRepositories.workTreeOf(baseDirectory), baseDirectory, planDirectory);
  }

  /** The path a file of the plan is shown with, with {@code /} separators. */
  public String of(SourceFile f) {
    if (f == null) {
      return null;
    }
    Path dir = planDirectoryOf(f);
    Path path = dir == null ? realOrAbsolute(f.path()) : real.computeIfAbsent(dir, ReviewPaths::realOrAbsolute).resolve(f.planPath());
    if (repositoryRoot != null && path.startsWith(repositoryRoot)) {
      return slashes(repositoryRoot.relativize(path).toString());
    }
    if (!absolute(f.displayPath())) {
      return f.displayPath(); // relative to the base directory already
    }
    if (dir != null && dir.getFileName() != null) {
      return slashes(dir.getFileName() + "/" + f.planPath());
    }
    return f.displayPath();
  }

  /**
   * The path a file written in an earlier {@code plan.json} is shown with: relative to the base
   * directory, or absolute, as that version wrote it.
   */
  public String ofWritten(String file) {
    if (file == null || file.isEmpty()) {
      return file;
    }
    Path p;
    try {
      p = Path.of(file);
      p = (baseDirectory == null || p.isAbsolute() ? p : baseDirectory.resolve(p)).toAbsolutePath().normalize();
    } catch (InvalidPathException e) {
      return file;
    }
    if (planDirectory != null && p.startsWith(planDirectory)) {
      return of(new SourceFile(p, slashes(planDirectory.relativize(p).toString()), file));
    }
    Path r = realOrAbsolute(p);
    if (repositoryRoot != null && r.startsWith(repositoryRoot)) {
      return slashes(repositoryRoot.relativize(r).toString());
    }
    return file;
  }

  /** The plan directory a file is in: its path without its plan path; null when they do not line up. */
  private static Path planDirectoryOf(SourceFile f) {
    Path p = f.path().toAbsolutePath().normalize();
    String planPath = f.planPath();
    if (planPath == null || planPath.isEmpty()) {
      return null;
    }
    int segments = planPath.split("/").length;
    Path dir = p;
    for (int i = 0; i < segments && dir != null; i++) {
      dir = dir.getParent();
    }
    return dir != null && slashes(dir.relativize(p).toString()).equals(planPath) ? dir : null;
  }

  private static Path realOrAbsolute(Path p) {
    try {
      return p.toRealPath();
    } catch (IOException | SecurityException e) {
      return p.toAbsolutePath().normalize(); // a file only at the baseline, or gone
    }
  }

  private static boolean absolute(String display) {
    return display.startsWith("/") || display.startsWith("\\") || display.matches("(?s)[A-Za-z]:[\\\\/].*");
  }

  private static String slashes(String s) {
    return s.replace('\\', '/');
  }
}
