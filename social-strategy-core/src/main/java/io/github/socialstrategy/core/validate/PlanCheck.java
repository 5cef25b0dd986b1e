package io.github.socialstrategy.core.validate;

import io.github.socialstrategy.core.analyze.Figures;
import io.github.socialstrategy.core.model.Diagnostics;
import io.github.socialstrategy.core.model.Plan;
import io.github.socialstrategy.core.model.Rule;
import java.util.Set;

/**
 * One group of related rules, checked over the resolved plan and its figures. Every rule of the {@code PLAN}
 * and {@code RESULTS} phases is reported by exactly one check (a test holds the two lists together).
 */
interface PlanCheck {

  /** The rules this check reports. */
  Set<Rule> rules();

  void check(Plan plan, Figures figures, Diagnostics out);
}
