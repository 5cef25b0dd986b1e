package io.github.socialstrategy.core;

import io.github.socialstrategy.core.link.Linker;
import io.github.socialstrategy.core.load.PlanLoader;
import io.github.socialstrategy.core.load.PlanParts;
import io.github.socialstrategy.core.model.Diagnostics;
import io.github.socialstrategy.core.model.Plan;
import io.github.socialstrategy.core.model.Severity;
import io.github.socialstrategy.core.validate.Validator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;

/**
 * The engine's front door. The whole pipeline in one place: load the files, link the references,
 * validate the plan; later steps (analyse, render) take the {@link CheckResult} this returns.
 */
public final class SocialStrategy {

  private SocialStrategy() {}

  /**
   * Loads, links and validates the plan that the settings name.
   *
   * @throws NoSuchFileException when the plan directory does not exist
   * @throws IOException when a file cannot be read at all
   */
  public static CheckResult check(Settings settings) throws IOException {
    if (!Files.isDirectory(settings.planDirectory())) {
      throw new NoSuchFileException(settings.planDirectory().toAbsolutePath().toString(), null, "no plan directory here");
    }
    Diagnostics diagnostics = new Diagnostics(settings.severities());
    PlanParts parts = new PlanLoader(settings.planDirectory(), settings.baseDirectory(), diagnostics).load();
    Plan plan = new Linker(diagnostics, settings.asOf()).link(parts);
    new Validator(settings.allocationTolerance()).validate(plan, diagnostics);
    return new CheckResult(
        plan,
        diagnostics.sorted(),
        diagnostics.total(Severity.ERROR),
        diagnostics.total(Severity.WARNING),
        diagnostics.total(Severity.INFO));
  }
}
