package io.github.socialstrategy.core.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * What a site was made from, so that an unchanged re-run need not render it again. The fingerprint is a
 * SHA-256 of every input of a render: the bytes of every file under the plan directory (and the theme
 * directory), the settings, the comparison, and the build of the plugin itself. Its record sits next to the
 * site, never in it (the site's bytes stay the same on every machine), as {@code .NAME.inputs}, with the size
 * of every file of the site.
 *
 * <p>The record is removed before a site is replaced and written only after the new site is in place, so a
 * run killed in between leaves no record, and the next run renders. A site is up to date only when the
 * record's fingerprint equals the new one and every file it lists is still there with its size; anything
 * else (a file deleted or edited by hand, a record missing or unreadable) renders the site again.
 */
public final class SiteInputs {

  private static final String HEADER = "social-strategy site inputs 1";

  private final MessageDigest digest;

  private SiteInputs() {
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  /** Starts a fingerprint. */
  public static SiteInputs fingerprint() {
    return new SiteInputs();
  }

  /** Adds a fact (a setting, a version), with its name. */
  public SiteInputs fact(String name, String value) {
    text(name);
    text(value == null ? "\u0000null" : value);
    return this;
  }

  /** Adds bytes (a comparison's JSON, say), with their name. */
  public SiteInputs bytes(String name, byte[] value) {
    text(name);
    digest.update(Long.toString(value.length).getBytes(StandardCharsets.UTF_8));
    digest.update(value);
    return this;
  }

  /**
   * Adds every regular file under a directory, in the order of their paths, each with its path relative to
   * the directory and its bytes; links are followed as the loader follows them. A directory that does not
   * exist adds only its name.
   */
  public SiteInputs tree(String name, Path directory) throws IOException {
    text(name);
    if (directory == null || !Files.isDirectory(directory)) {
      text("\u0000none");
      return this;
    }
    List<Path> files;
    try (Stream<Path> walk = Files.walk(directory)) {
      files = walk.filter(Files::isRegularFile).sorted().toList();
    }
    byte[] buffer = new byte[1 << 16];
    for (Path f : files) {
      text(directory.relativize(f).toString().replace('\\', '/'));
      try (InputStream in = Files.newInputStream(f)) {
        int n;
        long size = 0;
        while ((n = in.read(buffer)) > 0) {
          digest.update(buffer, 0, n);
          size += n;
        }
        text(Long.toString(size));
      }
    }
    return this;
  }

  /** The fingerprint, as hex. */
  public String value() {
    return HexFormat.of().formatHex(digest.digest());
  }

  private void text(String s) {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    digest.update(Long.toString(b.length).getBytes(StandardCharsets.UTF_8));
    digest.update((byte) ':');
    digest.update(b);
  }

  /** Where the record of a site is kept: beside it, as {@code .NAME.inputs}. */
  static Path record(Path site) {
    Path s = site.toAbsolutePath().normalize();
    return s.resolveSibling("." + s.getFileName() + ".inputs");
  }

  /**
   * Whether the site in {@code site} was made from inputs with this fingerprint and is whole: its record names
   * this fingerprint, and every file the record lists is still a regular file of its size.
   */
  public static boolean upToDate(Path site, String fingerprint) {
    Path record = record(site);
    if (fingerprint == null || !Files.isRegularFile(record, LinkOption.NOFOLLOW_LINKS)
        || !Files.isRegularFile(site.resolve(DirectorySiteOutput.MARKER), LinkOption.NOFOLLOW_LINKS)) {
      return false;
    }
    try {
      List<String> lines = Files.readAllLines(record, StandardCharsets.UTF_8);
      if (lines.size() < 2 || !lines.get(0).equals(HEADER) || !lines.get(1).equals(fingerprint)) {
        return false;
      }
      for (String line : lines.subList(2, lines.size())) {
        int space = line.indexOf(' ');
        if (space < 0) {
          return false;
        }
        long size = Long.parseLong(line.substring(0, space));
        Path file = site.resolve(line.substring(space + 1));
        BasicFileAttributes attrs = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        if (!attrs.isRegularFile() || attrs.size() != size) {
          return false;
        }
      }
      return lines.size() > 2;
    } catch (IOException | RuntimeException e) {
      return false; // unreadable, or a file gone: render again
    }
  }

  /** Removes the record of a site that is about to be replaced. */
  public static void forget(Path site) throws IOException {
    Files.deleteIfExists(record(site));
  }

  /** Records, after the site is in place, that it was made from inputs with this fingerprint. */
  public static void remember(Path site, String fingerprint) throws IOException {
    if (fingerprint == null) {
      return;
    }
    StringBuilder out = new StringBuilder(HEADER).append('\n').append(fingerprint).append('\n');
    List<String> lines = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(site)) {
      for (Path f : walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).sorted().toList()) {
        lines.add(Files.size(f) + " " + site.relativize(f).toString().replace('\\', '/'));
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    lines.forEach(l -> out.append(l).append('\n'));
    Path record = record(site);
    Path temp = Files.createTempFile(record.getParent(), record.getFileName().toString(), ".tmp");
    try {
      Files.writeString(temp, out, StandardCharsets.UTF_8);
      DirectorySiteOutput.move(temp, record);
    } finally {
      Files.deleteIfExists(temp);
    }
  }
}
