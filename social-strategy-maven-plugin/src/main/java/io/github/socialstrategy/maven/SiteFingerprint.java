package io.github.socialstrategy.maven;

import io.github.socialstrategy.core.compare.Comparison;
import io.github.socialstrategy.core.render.SiteInputs;
import io.github.socialstrategy.core.render.json.ChangesJson;
import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.TreeMap;
import org.apache.maven.plugin.logging.Log;

/**
 * The fingerprint of everything a {@code report} site is made from (see {@link SiteInputs}): the plan and
 * theme directories' files, the parameters that change what is rendered, the comparison with the baseline,
 * and the plugin's own build (each jar it runs from, by name, size and time). Null, so the site is always
 * rendered, when the plugin runs from class directories (a build of the plugin itself), whose code can change
 * without a trace in any jar.
 */
final class SiteFingerprint {

  private SiteFingerprint() {}

  static String of(AbstractStrategyMojo mojo, File themeDirectory, Comparison comparison, Log log) {
    try {
      String build = build(SiteFingerprint.class.getClassLoader());
      if (build == null) {
        return null;
      }
      SiteInputs inputs = SiteInputs.fingerprint()
          .fact("build", build)
          .fact("java", Runtime.version().toString())
          .fact("planDirectory", mojo.planDirectory.getAbsolutePath())
          .fact("baseDirectory", mojo.baseDirectory.getAbsolutePath())
          .fact("asOf", mojo.asOf)
          .fact("rules", mojo.rules == null ? "{}" : new TreeMap<>(mojo.rules).toString())
          .fact("allocationTolerance", Double.toString(mojo.allocationTolerance))
          .fact("pacing", mojo.pacingAtRisk + " " + mojo.pacingOffTrack)
          .fact("baseline", mojo.baseline)
          .fact("comparisonWarning", comparison.warning())
          .bytes("changes", comparison.changes() == null ? new byte[0] : ChangesJson.write(comparison.changes()).getBytes(java.nio.charset.StandardCharsets.UTF_8))
          .fact("themeDirectory", themeDirectory == null ? null : themeDirectory.getAbsolutePath())
          .tree("theme", themeDirectory == null ? null : themeDirectory.toPath())
          .tree("plan", mojo.planDirectory.toPath());
      return inputs.value();
    } catch (IOException | RuntimeException e) {
      log.debug("The site's inputs could not be fingerprinted; it is rendered: " + e);
      return null;
    }
  }

  /** Each jar of the plugin's class path, by path, size and modification time; null for a class directory. */
  private static String build(ClassLoader loader) throws IOException {
    if (!(loader instanceof URLClassLoader urls)) {
      return null;
    }
    StringBuilder s = new StringBuilder();
    for (URL url : urls.getURLs()) {
      Path p;
      try {
        p = Path.of(url.toURI());
      } catch (URISyntaxException | IllegalArgumentException e) {
        return null;
      }
      if (!Files.isRegularFile(p)) {
        return null;
      }
      s.append(p).append(' ').append(Files.size(p)).append(' ').append(Files.getLastModifiedTime(p).toMillis()).append('\n');
    }
    return s.length() == 0 ? null : s.toString();
  }
}
