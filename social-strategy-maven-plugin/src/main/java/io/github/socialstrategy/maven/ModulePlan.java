package io.github.socialstrategy.maven;

import io.github.socialstrategy.core.Settings;
import java.io.File;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.util.xml.Xpp3Dom;

/**
 * A module's plan as the aggregate reads it: the plan parameters configured for this plugin in the module's POM
 * (the plugin's {@code <configuration>}, else that of its first execution that sets the value), with the goals'
 * defaults for the rest.
 */
record ModulePlan(
    File planDirectory, File baseDirectory, String asOf, Map<String, String> rules, double allocationTolerance,
    double pacingAtRisk, double pacingOffTrack) {

  static final String PLUGIN_KEY = "io.github.socialstrategy:social-strategy-maven-plugin";

  static ModulePlan of(MavenProject module) {
    File base = module.getBasedir();
    Plugin plugin = module.getBuild() == null ? null : module.getBuild().getPluginsAsMap().get(PLUGIN_KEY);
    String dir = value(plugin, "planDirectory");
    File planDirectory = dir == null ? new File(base, "src/strategy") : resolve(base, dir);
    Map<String, String> rules = new LinkedHashMap<>();
    Xpp3Dom rulesDom = child(plugin, "rules");
    if (rulesDom != null) {
      for (Xpp3Dom r : rulesDom.getChildren()) {
        rules.put(r.getName(), r.getValue());
      }
    }
    return new ModulePlan(
        planDirectory,
        base,
        value(plugin, "asOf"),
        rules,
        number(value(plugin, "allocationTolerance"), 10),
        number(value(plugin, "pacingAtRisk"), 10),
        number(value(plugin, "pacingOffTrack"), 25));
  }

  Settings settings() throws MojoFailureException {
    return PlanSettings.of(planDirectory, baseDirectory, asOf, rules, allocationTolerance, pacingAtRisk, pacingOffTrack);
  }

  private static File resolve(File base, String path) {
    File f = new File(path);
    return f.isAbsolute() ? f : new File(base, path);
  }

  private static double number(String text, double defaultValue) {
    try {
      return text == null ? defaultValue : Double.parseDouble(text.trim());
    } catch (NumberFormatException e) {
      return Double.NaN; // refused with the parameter's own message when the settings are built
    }
  }

  private static String value(Plugin plugin, String name) {
    Xpp3Dom dom = child(plugin, name);
    return dom == null || dom.getValue() == null || dom.getValue().isBlank() ? null : dom.getValue().trim();
  }

  private static Xpp3Dom child(Plugin plugin, String name) {
    if (plugin == null) {
      return null;
    }
    Xpp3Dom found = plugin.getConfiguration() instanceof Xpp3Dom c ? c.getChild(name) : null;
    if (found != null) {
      return found;
    }
    for (PluginExecution e : plugin.getExecutions()) {
      if (e.getConfiguration() instanceof Xpp3Dom c && c.getChild(name) != null) {
        return c.getChild(name);
      }
    }
    return null;
  }
}
