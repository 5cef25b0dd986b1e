package io.github.socialstrategy.core.render.ci;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * The tool the CI reports name: the plugin, with the version the build wrote into {@code tool.properties}
 * (resource filtering). So the same build always names the same version, and no report reads a manifest,
 * the class path's layout or the clock.
 */
public final class Tool {

  /** The name code scanning shows for the tool. */
  public static final String NAME = "social-strategy-maven-plugin";

  private static final String VERSION = load();

  private Tool() {}

  /**
   * The version of the plugin (engine and plugin are released together): {@code 0.1.0}. Null only when the
   * engine was built without its resources filtered; a report then leaves the version out rather than
   * failing a build.
   */
  public static String version() {
    return VERSION;
  }

  private static String load() {
    try (InputStream in = Tool.class.getResourceAsStream("tool.properties")) {
      if (in == null) {
        return null;
      }
      Properties p = new Properties();
      p.load(in);
      String v = p.getProperty("version");
      return v == null || v.isBlank() || v.contains("${") ? null : v.strip();
    } catch (IOException e) {
      return null;
    }
  }
}
