package io.github.socialstrategy.core.validate;

import io.github.socialstrategy.core.model.Diagnostics;
import io.github.socialstrategy.core.model.Plan;

/** One group of related rules run over the resolved plan. */
interface PlanCheck {

  void check(Plan plan, Diagnostics out);
}
