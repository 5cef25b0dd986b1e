package io.github.socialstrategy.core.render;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;

/**
 * Writes a site into a directory so that readers never see half a site and a failed or killed run leaves
 * the previous one intact: files go into a temporary sibling directory, which then replaces the output
 * directory by renames. A directory is only ever deleted when it carries this plugin's marker file, so a
 * misconfigured output directory can never cost a user their files.
 */
public final class DirectorySiteOutput implements SiteOutput, AutoCloseable {

  /** The file that marks a directory as a site this plugin made (and may replace). */
  public static final String MARKER = ".social-strategy-site";

  private final Path target;
  private final Path staging;
  private boolean committed;

  private DirectorySiteOutput(Path target, Path staging) {
    this.target = target;
    this.staging = staging;
  }

  /**
   * Prepares to write a site to {@code target}.
   *
   * @param protectedDirectories directories the site must never be, nor contain (project, plan directory)
   * @throws IllegalArgumentException when the target is unsafe: a protected directory, a parent of one, or
   *     an existing non-empty directory that this plugin did not create
   */
  public static DirectorySiteOutput open(Path target, List<Path> protectedDirectories) throws IOException {
    Path t = real(target.toAbsolutePath().normalize());
    for (Path p : protectedDirectories) {
      Path prot = real(p.toAbsolutePath().normalize());
      if (prot.startsWith(t)) {
        throw new IllegalArgumentException(
            "the output directory " + t + " is " + (prot.equals(t) ? "" : "a parent of ") + prot
                + "; choose a directory of its own, such as target/social-strategy");
      }
    }
    if (Files.exists(t, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      if (!Files.isDirectory(t, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
        throw new IllegalArgumentException("the output directory " + t + " exists and is not a directory; choose another path");
      }
      if (!Files.exists(t.resolve(MARKER)) && !isEmpty(t)) {
        throw new IllegalArgumentException(
            "the output directory " + t + " holds files this plugin did not write (no " + MARKER
                + " marker); it will not be replaced. Choose an empty or new directory");
      }
    }
    Path parent = t.getParent();
    Files.createDirectories(parent);
    Path staging = Files.createTempDirectory(parent, "." + t.getFileName() + ".new-");
    // A temporary directory is private (700); a site is for any web server or reader to serve.
    if (staging.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      Files.setPosixFilePermissions(staging, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
    }
    return new DirectorySiteOutput(t, staging);
  }

  /** The path with links resolved as far as it exists, so a link into the project is seen for what it is. */
  private static Path real(Path p) throws IOException {
    Path existing = p;
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    if (existing == null) {
      return p;
    }
    return existing.toRealPath().resolve(existing.relativize(p)).normalize();
  }

  private static boolean isEmpty(Path dir) throws IOException {
    try (var s = Files.list(dir)) {
      return s.findAny().isEmpty();
    }
  }

  @Override
  public void write(String path, byte[] content) throws IOException {
    if (path.startsWith("/") || path.contains("..") || path.contains("\\")) {
      throw new IllegalArgumentException("not a site path: " + path);
    }
    Path file = staging.resolve(path);
    Files.createDirectories(file.getParent());
    Files.write(file, content);
  }

  /** Puts the new site in place of the old one. */
  public void commit() throws IOException {
    Files.writeString(staging.resolve(MARKER), "Written by social-strategy-maven-plugin; replaced on every run.\n");
    Path old = null;
    if (Files.exists(target)) {
      old = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".old-");
      Files.delete(old);
      move(target, old);
    }
    try {
      move(staging, target);
    } catch (IOException e) {
      if (old != null) {
        move(old, target); // put the previous site back
      }
      throw e;
    }
    committed = true;
    if (old != null) {
      deleteSite(old);
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to);
    }
  }

  /** Drops the staging directory when the site was not committed (a failed run). */
  @Override
  public void close() throws IOException {
    if (!committed && Files.exists(staging)) {
      deleteSite(staging);
    }
  }

  // Deletes a tree this class made: the staging directory, or a previous site (which carries the marker).
  private static void deleteSite(Path dir) throws IOException {
    Files.walkFileTree(dir, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
        Files.delete(file);
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult postVisitDirectory(Path d, IOException exc) throws IOException {
        try {
          Files.delete(d);
        } catch (DirectoryNotEmptyException e) {
          // someone wrote into it meanwhile; leave it
        }
        return FileVisitResult.CONTINUE;
      }
    });
  }
}
