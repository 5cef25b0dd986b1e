package io.github.socialstrategy.core.validate;

import io.github.socialstrategy.core.analyze.Figures;
import io.github.socialstrategy.core.model.Diagnostics;
import io.github.socialstrategy.core.model.Plan;
import io.github.socialstrategy.core.model.Rule;
import io.github.socialstrategy.core.analyze.Money;
import io.github.socialstrategy.core.analyze.MoneyFigures;
import io.github.socialstrategy.core.model.Activity;
import io.github.socialstrategy.core.model.Campaign;
import io.github.socialstrategy.core.model.Channel;
import io.github.socialstrategy.core.model.Location;
import java.util.EnumSet;
import java.util.Set;

/**
 * Money against plan: an activity, channel or campaign whose financial return is below its cost (once it has
 * financial results on enough days to judge), and recorded cost above a planned budget.
 */
final class MoneyCheck implements PlanCheck {

  @Override
  public Set<Rule> rules() {
    return EnumSet.of(Rule.NEGATIVE_ROI, Rule.BUDGET_OVERRUN);
  }

  @Override
  public void check(Plan plan, Figures figures, Diagnostics out) {
    money(plan, figures, out);
  }

  private static void money(Plan plan, Figures figures, Diagnostics out) {
    MoneyFigures money = figures.money();
    String cur = plan.info() == null || plan.info().currency() == null ? "" : plan.info().currency() + " ";
    for (Activity a : plan.activities().list()) {
      Money m = MoneyFigures.get(money.byActivity(), a.id());
      negativeRoi(m, a.source().of("id"), "activity '" + a.id() + "'", cur, figures.benefitsByActivity().get(a.id()), out);
      if (a.budget() != null) {
        overrun(m, a.source().of("budget"), "activity '" + a.id() + "'", cur, out);
      }
    }
    for (Channel c : plan.channels().list()) {
      negativeRoi(MoneyFigures.get(money.byChannel(), c.id()), c.source().of("id"), "channel '" + c.id() + "'", cur,
          figures.benefitsByChannel().get(c.id()), out);
    }
    for (Campaign c : plan.campaigns().list()) {
      Money m = MoneyFigures.get(money.byCampaign(), c.id());
      negativeRoi(m, c.source().of("id"), "campaign '" + c.id() + "'", cur, figures.benefitsByCampaign().get(c.id()), out);
      if (c.budget() != null) {
        overrun(m, c.source().of("budget"), "campaign '" + c.id() + "'", cur, out);
      }
    }
    if (plan.info() != null && plan.activities().list().stream().anyMatch(a -> a.budget() != null)) {
      overrun(money.plan(), plan.info().source().at(), "the plan (all activity budgets)", cur, out);
    }
  }

  private static void negativeRoi(Money m, Location at, String who, String cur, java.util.List<io.github.socialstrategy.core.analyze.Benefit> benefits, Diagnostics out) {
    if (m.returnDays() < MoneyFigures.MIN_RETURN_DAYS || m.cost() <= 0 || m.financialReturn() >= m.cost()) {
      return;
    }
    out.report(
        Rule.NEGATIVE_ROI,
        at,
        who + " returned " + cur + Texts.whole(m.financialReturn()) + " for a "
            + (m.costRecorded() ? "recorded cost" : m.recordedCost() > 0 ? "cost (recorded, else planned budget to date)" : "planned budget to date")
            + " of " + cur + Texts.whole(m.cost()) + " (ROI " + Texts.pct(100 * m.roi()) + ")" + moved(benefits));
  }

  /** What else the entity moved (non-financial metrics up 5% or more): named, so that nobody only cuts it. */
  private static String moved(java.util.List<io.github.socialstrategy.core.analyze.Benefit> benefits) {
    java.util.List<String> moved = new java.util.ArrayList<>();
    if (benefits != null) {
      for (var b : benefits) {
        if (b.movementPercent() >= io.github.socialstrategy.core.analyze.CampaignOutcome.BARELY_MOVED) {
          moved.add(b.metric().id() + " " + Texts.signed(b.movementPercent()));
        }
      }
    }
    return moved.isEmpty()
        ? "; weigh its non-financial benefits before cutting it, otherwise change or stop it"
        : ", while it moved " + String.join(", ", moved) + "; weigh those before cutting it, otherwise change or stop it";
  }

  private static void overrun(Money m, Location at, String who, String cur, Diagnostics out) {
    // Called only where a budget is written: a budget of 0 is overrun by any recorded cost.
    if (m.recordedCost() <= m.planned()) {
      return;
    }
    out.report(
        Rule.BUDGET_OVERRUN,
        at,
        who + " has spent " + cur + Texts.whole(m.recordedCost()) + ", over its budget of " + cur + Texts.whole(m.planned()) + " by "
            + (m.planned() > 0 ? Texts.pct(100 * (m.recordedCost() - m.planned()) / m.planned()) : cur + Texts.whole(m.recordedCost()))
            + "; raise the budget or slow the spending");
  }
}
