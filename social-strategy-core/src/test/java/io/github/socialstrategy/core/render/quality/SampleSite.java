package io.github.socialstrategy.core.render.quality;

import io.github.socialstrategy.core.CheckResult;
import io.github.socialstrategy.core.Settings;
import io.github.socialstrategy.core.SocialStrategy;
import io.github.socialstrategy.core.compare.Comparer;
import io.github.socialstrategy.core.compare.Comparison;
import io.github.socialstrategy.core.compare.Gate;
import io.github.socialstrategy.core.compare.Snapshots;
import io.github.socialstrategy.core.render.ci.CiInput;
import io.github.socialstrategy.core.render.DirectorySiteOutput;
import io.github.socialstrategy.core.render.theme.Theme;
import io.github.socialstrategy.core.render.theme.ThemeException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The sample project's site, rendered once per test JVM into {@code target/sample-site} of this module, for
 * the site-quality tests to inspect (and for a person to open after a run).
 */
final class SampleSite {

  private static Path site;

  private SampleSite() {}

  /** This module's directory, wherever the tests were started from. */
  static Path moduleDirectory() {
    String basedir = System.getProperty("basedir"); // set by Surefire
    if (basedir != null && Files.isRegularFile(Path.of(basedir, "pom.xml"))) {
      return Path.of(basedir).toAbsolutePath().normalize();
    }
    try {
      // target/test-classes -> the module
      Path classes = Path.of(SampleSite.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      Path module = classes.getParent().getParent();
      if (Files.isRegularFile(module.resolve("pom.xml"))) {
        return module.toAbsolutePath().normalize();
      }
    } catch (URISyntaxException | RuntimeException e) {
      // fall through to the working directory
    }
    return Path.of("").toAbsolutePath().normalize();
  }

  /** {@code target/} of this module: where the site, screenshots and reports go. */
  static Path targetDirectory() {
    return moduleDirectory().resolve("target");
  }

  /** Renders the sample site (the first time) and returns its directory. */
  static synchronized Path directory() throws IOException, ThemeException {
    if (site == null) {
      Path module = moduleDirectory();
      Path sampleProject = module.resolveSibling("sample-project").normalize();
      Path plan = sampleProject.resolve("src").resolve("strategy");
      if (!Files.isDirectory(plan)) {
        throw new IllegalStateException("no sample plan at " + plan);
      }
      Path target = targetDirectory().resolve("sample-site");
      CheckResult checked = SocialStrategy.check(Settings.builder(plan).baseDirectory(sampleProject).build());
      // Compared with the plan as it was before a real-looking change, so changes.html and the badges are
      // checked like every other page.
      Comparison changes = Comparison.of(Comparer.compare(
          "the sample plan before its last change", Snapshots.of(baseline(plan)), Snapshots.of(checked), false));
      try (DirectorySiteOutput out = DirectorySiteOutput.open(target, List.of(module, sampleProject, plan))) {
        SocialStrategy.report(new CiInput(checked, changes, java.util.Map.of(), new Gate(true, false, false), io.github.socialstrategy.core.compare.ReviewPaths.NONE), Theme.load(null), out);
        out.commit();
      }
      site = target;
    }
    return site;
  }

  /**
   * The sample plan before a change: without its last campaign, with a lower revenue target, and with one
   * Instagram activity on TikTok for less money. Written under {@code target/sample-baseline}.
   */
  private static CheckResult baseline(Path plan) throws IOException {
    Path project = targetDirectory().resolve("sample-baseline");
    Path copy = project.resolve("src").resolve("strategy");
    if (Files.exists(project)) {
      try (Stream<Path> old = Files.walk(project)) {
        for (Path p : old.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
    try (Stream<Path> s = Files.walk(plan)) {
      for (Path p : s.toList()) {
        Path to = copy.resolve(plan.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(to);
        } else {
          Files.copy(p, to);
        }
      }
    }
    edit(copy.resolve("campaigns.yaml"), t -> t.substring(0, t.indexOf("  - id: peak-season-2026")));
    edit(copy.resolve("objectives/marketing.yaml"), t -> t.replaceFirst("target: 34000000", "target: 33000000"));
    edit(copy.resolve("activities/instagram.yaml"),
        t -> t.replaceFirst("channels: \\[instagram\\]", "channels: [tiktok]").replaceFirst("budget: 2000", "budget: 1500"));
    return SocialStrategy.check(Settings.builder(copy).baseDirectory(project).build());
  }

  private static void edit(Path file, java.util.function.UnaryOperator<String> change) throws IOException {
    String text = Files.readString(file);
    String changed = change.apply(text);
    if (changed.equals(text)) {
      throw new IllegalStateException("the sample plan changed: " + file + " no longer has what the baseline edits");
    }
    Files.writeString(file, changed);
  }

  /** Every file of the site with the given extension, sorted, as site-relative paths. */
  static List<Path> files(Path site, String extension) {
    try (Stream<Path> s = Files.walk(site)) {
      return s.filter(Files::isRegularFile)
          .filter(p -> p.getFileName().toString().endsWith(extension))
          .map(site::relativize)
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
