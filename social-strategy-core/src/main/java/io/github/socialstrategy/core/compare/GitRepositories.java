package io.github.socialstrategy.core.compare;

import java.io.IOException;
import java.nio.file.Path;
import org.eclipse.jgit.errors.NoWorkTreeException;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/** Finds the git repository that holds a directory, looking upward as git does. */
public final class GitRepositories {

  private GitRepositories() {}

  /** The repository at or above a directory, or null when there is none. The caller closes it. */
  static Repository open(Path dir) throws IOException {
    FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(dir.toFile());
    if (builder.getGitDir() == null) {
      return null;
    }
    Repository repo = builder.setMustExist(true).build();
    try {
      repo.getWorkTree();
    } catch (NoWorkTreeException e) {
      repo.close();
      return null; // a bare repository holds no project
    }
    return repo;
  }

  static Path workTree(Repository repo) throws IOException {
    return repo.getWorkTree().toPath().toRealPath();
  }

  /** The top of the work tree that holds a directory, or null when it is in none. */
  public static Path workTreeOf(Path dir) {
    try (Repository repo = open(dir.toAbsolutePath().normalize())) {
      return repo == null ? null : workTree(repo);
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /** A directory's path inside the work tree, with {@code /} separators ({@code ""} for the top), or null. */
  static String relative(Path workTree, Path dir) {
    Path real;
    try {
      real = dir.toRealPath();
    } catch (IOException e) {
      real = dir.toAbsolutePath().normalize();
    }
    if (!real.startsWith(workTree)) {
      return null;
    }
    return workTree.relativize(real).toString().replace('\\', '/');
  }
}
