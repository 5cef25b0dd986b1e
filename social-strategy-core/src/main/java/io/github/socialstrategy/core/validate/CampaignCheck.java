package io.github.socialstrategy.core.validate;

import io.github.socialstrategy.core.analyze.CampaignOutcome;
import io.github.socialstrategy.core.analyze.Figures;
import io.github.socialstrategy.core.model.Campaign;
import io.github.socialstrategy.core.model.Diagnostics;
import io.github.socialstrategy.core.model.Objective;
import io.github.socialstrategy.core.model.Plan;
import io.github.socialstrategy.core.model.Rule;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A campaign past its end whose intended objectives' KPI metrics barely moved during it, while another metric it
 * touched moved markedly: the figures of its {@link CampaignOutcome}, which the campaign page draws.
 */
final class CampaignCheck implements PlanCheck {

  @Override
  public Set<Rule> rules() {
    return EnumSet.of(Rule.MISALIGNED_CAMPAIGN);
  }

  @Override
  public void check(Plan plan, Figures figures, Diagnostics out) {
    for (Campaign c : plan.campaigns().list()) {
      CampaignOutcome o = figures.campaignOutcomes().get(c.id());
      if (o == null || !o.ended(plan.asOf()) || !o.misaligned()) {
        continue;
      }
      out.report(
          Rule.MISALIGNED_CAMPAIGN,
          c.source().of("id"),
          "campaign '" + c.id() + "' was meant to move " + String.join(", ", plan.intentOf(c).stream().map(Objective::id).toList())
              + ", whose KPIs barely moved during it (" + moves(o.intended()) + "), while it moved "
              + moves(o.markedOthers()) + "; judge it by what it achieved: add the objectives it moved to its intent, "
              + "or rebalance its activities");
    }
  }

  private static String moves(List<CampaignOutcome.Move> moves) {
    return String.join(", ", moves.stream().map(m -> m.metric().id() + " " + Texts.signed(m.movement())).toList());
  }
}
