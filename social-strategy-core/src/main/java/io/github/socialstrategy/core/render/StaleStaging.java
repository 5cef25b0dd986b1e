package io.github.socialstrategy.core.render;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What a killed run of {@link DirectorySiteOutput} leaves beside the output directory, and how the next run
 * tidies it. A run writes into {@code .NAME.new-*} (marked with {@link DirectorySiteOutput#STAGING_MARKER},
 * naming its process), then moves the old site to {@code .NAME.old-*} and the new one in, then deletes the
 * old one. A kill can leave a staging directory, an old site, or (between the two renames) an old site and
 * no site at all. Only directories with one of the two markers are ever touched.
 */
final class StaleStaging {

  private StaleStaging() {}

  static String stagingPrefix(Path target) {
    return "." + target.getFileName() + ".new-";
  }

  static String oldPrefix(Path target) {
    return "." + target.getFileName() + ".old-";
  }

  /** This process, as written into a staging marker: its id and start time. */
  static String owner() {
    ProcessHandle self = ProcessHandle.current();
    return "pid " + self.pid() + "\nstarted " + self.info().startInstant().map(Object::toString).orElse("unknown") + "\n";
  }

  /**
   * Removes the staging directories of runs that are gone, puts back a previous site that a killed run moved
   * aside but did not replace, and removes old sites that a killed run did not finish deleting.
   */
  static void recover(Path target) throws IOException {
    List<Path> olds = new ArrayList<>();
    try (Stream<Path> siblings = Files.list(target.getParent())) {
      for (Path p : siblings.sorted().toList()) {
        String name = p.getFileName().toString();
        if (!Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
          continue;
        }
        if (name.startsWith(stagingPrefix(target)) && abandoned(p)) {
          DirectorySiteOutput.deleteSite(p);
        } else if (name.startsWith(oldPrefix(target))
            && Files.isRegularFile(p.resolve(DirectorySiteOutput.MARKER), LinkOption.NOFOLLOW_LINKS)) {
          olds.add(p);
        }
      }
    }
    if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS) && !olds.isEmpty()) {
      // Killed between the two renames: the newest old site is the previous site.
      Path newest = olds.stream().max(Comparator.comparing(StaleStaging::modified)).orElseThrow();
      DirectorySiteOutput.move(newest, target);
      olds.remove(newest);
    }
    for (Path old : olds) {
      DirectorySiteOutput.deleteSite(old);
    }
  }

  /** True when a staging directory carries our marker and the process named in it is gone. */
  private static boolean abandoned(Path staging) {
    Path marker = staging.resolve(DirectorySiteOutput.STAGING_MARKER);
    String text;
    try {
      if (!Files.isRegularFile(marker, LinkOption.NOFOLLOW_LINKS)) {
        return false; // not ours, or not yet marked
      }
      text = Files.readString(marker, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return false;
    }
    long pid = -1;
    String started = null;
    for (String line : text.split("\n")) {
      if (line.startsWith("pid ")) {
        try {
          pid = Long.parseLong(line.substring(4).trim());
        } catch (NumberFormatException e) {
          return false;
        }
      } else if (line.startsWith("started ")) {
        started = line.substring(8).trim();
      }
    }
    if (pid < 0) {
      return false;
    }
    Optional<ProcessHandle> process = ProcessHandle.of(pid);
    if (process.isEmpty() || !process.get().isAlive()) {
      return true;
    }
    // The id is in use: by the owner, or by a later process that was given the same id.
    String now = process.get().info().startInstant().map(Object::toString).orElse("unknown");
    return started != null && !started.equals("unknown") && !now.equals("unknown") && !now.equals(started);
  }

  private static FileTime modified(Path p) {
    try {
      return Files.getLastModifiedTime(p, LinkOption.NOFOLLOW_LINKS);
    } catch (IOException e) {
      return FileTime.fromMillis(0);
    }
  }
}
