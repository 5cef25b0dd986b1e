package io.github.socialstrategy.core.render;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Writes a site into a directory so that readers never see half a site and a failed or killed run leaves
 * the previous one intact: files go into a temporary sibling directory, which then replaces the output
 * directory by renames. A directory is only ever deleted when it carries this plugin's marker file, so a
 * misconfigured output directory can never cost a user their files.
 *
 * <p><b>Unchanged files are not rewritten.</b> A file whose bytes equal the previous site's file at the same
 * path is not written again: the staging directory gets a hard link to the previous file instead. After the
 * swap, that file is the very same file as before (same inode, same modification time), so an unchanged
 * re-run rewrites no file, and tools that compare times (rsync, web servers, deploy steps) see no change.
 * The previous site is never modified in place, so a killed run still leaves it whole. Where the file system
 * has no hard links, the bytes are written as before.
 *
 * <p><b>Killed runs are cleaned up.</b> A staging directory carries a marker naming the process that owns
 * it (its id and start time). The next run deletes the staging directories whose owner is gone, and
 * finishes a swap that a kill interrupted between its two renames, so the previous site is put back. It
 * touches nothing without one of the two markers.
 *
 * <p>{@link #write} may be called from several threads at once.
 */
public final class DirectorySiteOutput implements SiteOutput, AutoCloseable {

  /** The file that marks a directory as a site this plugin made (and may replace). */
  public static final String MARKER = ".social-strategy-site";

  /** The file that marks a staging directory, naming the process writing it. Never part of a site. */
  public static final String STAGING_MARKER = ".social-strategy-staging";

  private static final String MARKER_TEXT = "Written by social-strategy-maven-plugin; replaced on every run.\n";

  private final Path target;
  private final Path staging;
  /** The previous site, whose unchanged files are linked rather than written; null when there is none. */
  private final Path previous;
  private final AtomicInteger written = new AtomicInteger();
  private final AtomicInteger unchanged = new AtomicInteger();
  private volatile boolean linksWork = true;
  private boolean committed;

  private DirectorySiteOutput(Path target, Path staging, Path previous) {
    this.target = target;
    this.staging = staging;
    this.previous = previous;
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
    Path parent = t.getParent();
    if (Files.isDirectory(parent)) {
      StaleStaging.recover(t);
    }
    if (Files.exists(t, LinkOption.NOFOLLOW_LINKS)) {
      if (!Files.isDirectory(t, LinkOption.NOFOLLOW_LINKS)) {
        throw new IllegalArgumentException("the output directory " + t + " exists and is not a directory; choose another path");
      }
      if (!Files.exists(t.resolve(MARKER)) && !isEmpty(t)) {
        throw new IllegalArgumentException(
            "the output directory " + t + " holds files this plugin did not write (no " + MARKER
                + " marker); it will not be replaced. Choose an empty or new directory");
      }
    }
    Files.createDirectories(parent);
    Path staging = Files.createTempDirectory(parent, StaleStaging.stagingPrefix(t));
    // Mark it at once, so that a run killed from here on leaves a directory the next run may remove.
    Files.writeString(staging.resolve(STAGING_MARKER), StaleStaging.owner(), StandardCharsets.UTF_8);
    // A temporary directory is private (700); a site is for any web server or reader to serve.
    if (staging.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      Files.setPosixFilePermissions(staging, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
    }
    Path previous = Files.isRegularFile(t.resolve(MARKER), LinkOption.NOFOLLOW_LINKS) ? t : null;
    return new DirectorySiteOutput(t, staging, previous);
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
    if (path.startsWith("/") || path.contains("..") || path.contains("\\") || path.equals(STAGING_MARKER)) {
      throw new IllegalArgumentException("not a site path: " + path);
    }
    Path file = staging.resolve(path);
    Files.createDirectories(file.getParent());
    if (previous != null && linksWork && sameBytes(previous.resolve(path), content)) {
      try {
        Files.createLink(file, previous.resolve(path));
        unchanged.incrementAndGet();
        return;
      } catch (FileAlreadyExistsException e) {
        // a path written twice: the last bytes win, as for any file
      } catch (UnsupportedOperationException | FileSystemException e) {
        linksWork = false; // no hard links here (or across these directories): write every file
      }
    }
    // Never write through an existing name: it may be a link to the previous site's file (a path written twice).
    Files.deleteIfExists(file);
    Files.write(file, content);
    written.incrementAndGet();
  }

  /** True when {@code file} is a plain file (not a link) holding exactly {@code content}. */
  private static boolean sameBytes(Path file, byte[] content) throws IOException {
    BasicFileAttributes attrs;
    try {
      attrs = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    } catch (IOException e) {
      return false; // not there
    }
    return attrs.isRegularFile() && attrs.size() == content.length && Arrays.equals(Files.readAllBytes(file), content);
  }

  /** Files written with new bytes so far. */
  public int writtenFiles() {
    return written.get();
  }

  /** Files whose bytes equal the previous site's, kept as they were (linked, not written). */
  public int unchangedFiles() {
    return unchanged.get();
  }

  /** Puts the new site in place of the old one. */
  public void commit() throws IOException {
    write(MARKER, MARKER_TEXT.getBytes(StandardCharsets.UTF_8));
    Files.delete(staging.resolve(STAGING_MARKER));
    Path old = null;
    if (Files.exists(target)) {
      old = Files.createTempDirectory(target.getParent(), StaleStaging.oldPrefix(target));
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

  static void move(Path from, Path to) throws IOException {
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

  /**
   * Deletes a tree this class made: a staging directory, or a previous site. Its marker file goes last, so a
   * run killed while deleting leaves a directory that the next run still recognises, and removes.
   */
  static void deleteSite(Path dir) throws IOException {
    Files.walkFileTree(dir, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
        if (!isRootMarker(file)) {
          Files.delete(file);
        }
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult postVisitDirectory(Path d, IOException exc) throws IOException {
        try {
          if (d.equals(dir)) {
            Files.deleteIfExists(d.resolve(MARKER));
            Files.deleteIfExists(d.resolve(STAGING_MARKER));
          }
          Files.delete(d);
        } catch (DirectoryNotEmptyException e) {
          // someone wrote into it meanwhile; leave it
        }
        return FileVisitResult.CONTINUE;
      }

      private boolean isRootMarker(Path file) {
        return dir.equals(file.getParent())
            && (file.getFileName().toString().equals(MARKER) || file.getFileName().toString().equals(STAGING_MARKER));
      }
    });
  }
}
