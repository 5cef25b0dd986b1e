package io.github.socialstrategy.maven;

import io.github.socialstrategy.core.Settings;
import java.io.File;
import java.util.Map;
import org.apache.maven.plugin.MojoFailureException;

/** Engine settings from the plan parameters that the site report and the aggregate share with check and report. */
final class PlanSettings {

  private PlanSettings() {}

  static Settings of(
      File planDirectory, File baseDirectory, String asOf, Map<String, String> rules, double allocationTolerance,
      double pacingAtRisk, double pacingOffTrack) throws MojoFailureException {
    try {
      return Settings.builder(planDirectory.toPath())
          .baseDirectory(baseDirectory.toPath())
          .asOf(asOf)
          .rules(rules == null ? Map.of() : rules)
          .allocationTolerance(allocationTolerance)
          .pacing(pacingAtRisk, pacingOffTrack)
          .build();
    } catch (IllegalArgumentException e) {
      throw new MojoFailureException("Invalid plugin configuration: " + e.getMessage());
    }
  }
}
