package io.github.socialstrategy.core.render.quality;

import io.github.socialstrategy.core.CheckResult;
import io.github.socialstrategy.core.Settings;
import io.github.socialstrategy.core.SocialStrategy;
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
      try (DirectorySiteOutput out = DirectorySiteOutput.open(target, List.of(module, sampleProject, plan))) {
        SocialStrategy.report(checked, Theme.load(null), out);
        out.commit();
      }
      site = target;
    }
    return site;
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
