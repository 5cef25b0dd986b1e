package io.github.socialstrategy.core.render.site;

import io.github.socialstrategy.core.CheckResult;
import io.github.socialstrategy.core.Settings;
import io.github.socialstrategy.core.SocialStrategy;
import io.github.socialstrategy.core.render.DirectorySiteOutput;
import io.github.socialstrategy.core.render.theme.Theme;
import java.nio.file.Path;
import java.util.List;

/** A render in a JVM of its own, for {@link KilledRenderTest} to kill: plan directory, output, report date. */
public final class RenderProcess {

  private RenderProcess() {}

  public static void main(String[] args) throws Exception {
    CheckResult checked = SocialStrategy.check(Settings.builder(Path.of(args[0])).asOf(args[2]).build());
    try (DirectorySiteOutput out = DirectorySiteOutput.open(Path.of(args[1]), List.of())) {
      SocialStrategy.report(checked, Theme.load(null), out);
      out.commit();
    }
    System.out.println("rendered");
  }
}
