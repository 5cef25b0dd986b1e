package io.github.socialstrategy.core.link;

import io.github.socialstrategy.core.model.Effect;
import io.github.socialstrategy.core.model.Framework;
import io.github.socialstrategy.core.model.Goal;
import io.github.socialstrategy.core.model.Location;
import io.github.socialstrategy.core.model.Pillar;
import io.github.socialstrategy.core.model.Source;
import java.util.List;
import java.util.Map;

/** The four-pillar framework that applies when a plan defines none. */
public final class BuiltInFramework {

  private static final Source BUILT_IN = new Source(new Location(null, 1, 1), Map.of());

  /** The framework: marketing, service, sales, intelligence and their goals. */
  public static final Framework FOUR_PILLARS =
      new Framework(
          "four-pillars",
          "Four pillars of social media",
          List.of(
              pillar("marketing", "Marketing / Awareness", Effect.INCREASE_REVENUE,
                  "awareness", "engagement", "reputation", "traffic", "thought-leadership"),
              pillar("service", "Customer Service & Support", Effect.DECREASE_COST,
                  "response-time", "resolution", "satisfaction", "deflection"),
              pillar("sales", "Sales", Effect.INCREASE_REVENUE, "lead-generation", "conversion", "retention"),
              pillar("intelligence", "Market & Customer Intelligence", Effect.INSIGHT,
                  "listening", "competitor-insight", "product-feedback")),
          true,
          BUILT_IN);

  private BuiltInFramework() {}

  private static Pillar pillar(String id, String title, Effect effect, String... goals) {
    List<Goal> list = java.util.Arrays.stream(goals).map(g -> new Goal(g, id, BUILT_IN.at())).toList();
    return new Pillar(id, title, effect, list, null, BUILT_IN);
  }
}
