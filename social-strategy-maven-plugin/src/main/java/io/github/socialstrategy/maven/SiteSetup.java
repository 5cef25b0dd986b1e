package io.github.socialstrategy.maven;

import io.github.socialstrategy.core.render.DirectorySiteOutput;
import io.github.socialstrategy.core.render.theme.Theme;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;

/** What the goals that write a site share before rendering: the theme, and the output directory made ready. */
final class SiteSetup {

  private SiteSetup() {}

  /** The default theme, or the default overridden by {@code themeDirectory}; a bad theme fails the build. */
  static Theme theme(File themeDirectory) throws MojoExecutionException, MojoFailureException {
    try {
      return Theme.load(themeDirectory == null ? null : themeDirectory.toPath());
    } catch (IllegalArgumentException e) {
      throw new MojoFailureException("Invalid theme: " + e.getMessage());
    } catch (IOException e) {
      throw new MojoExecutionException("Could not read the theme: " + e, e);
    }
  }

  /**
   * The site's output, staged beside {@code directory}; an unsafe directory fails the build.
   *
   * @param parameter the parameter that names the directory, for the message
   */
  static DirectorySiteOutput output(File directory, List<Path> protectedDirectories, String parameter)
      throws MojoExecutionException, MojoFailureException {
    try {
      return DirectorySiteOutput.open(directory.toPath(), protectedDirectories);
    } catch (IllegalArgumentException e) {
      throw new MojoFailureException("Invalid " + parameter + ": " + e.getMessage());
    } catch (IOException e) {
      throw new MojoExecutionException("Could not prepare the site directory " + directory.getAbsolutePath() + ": " + e, e);
    }
  }
}
