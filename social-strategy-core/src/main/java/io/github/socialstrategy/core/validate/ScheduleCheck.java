package io.github.socialstrategy.core.validate;

import io.github.socialstrategy.core.model.Activity;
import io.github.socialstrategy.core.model.Campaign;
import io.github.socialstrategy.core.model.Diagnostics;
import io.github.socialstrategy.core.model.Period;
import io.github.socialstrategy.core.model.Plan;
import io.github.socialstrategy.core.model.Result;
import io.github.socialstrategy.core.model.Rule;
import io.github.socialstrategy.core.model.Schedule;
import io.github.socialstrategy.core.model.ScopeKind;
import io.github.socialstrategy.core.model.Task;
import java.time.LocalDate;

/** Dates in order ({@code schedule-order}) and inside the periods that contain them ({@code outside-period}). */
final class ScheduleCheck implements PlanCheck {

  @Override
  public java.util.Set<Rule> rules() {
    return java.util.EnumSet.of(Rule.SCHEDULE_ORDER, Rule.OUTSIDE_PERIOD);
  }

  @Override
  public void check(Plan plan, io.github.socialstrategy.core.analyze.Figures figures, Diagnostics out) {
    Period planPeriod = null;
    if (plan.info() != null && plan.info().period() != null) {
      Period p = plan.info().period();
      if (p.start() != null && p.end() != null && p.end().isBefore(p.start())) {
        out.report(
            Rule.SCHEDULE_ORDER,
            plan.info().source().of("period"),
            "the plan period ends (" + p.end() + ") before it starts (" + p.start() + "); correct the dates");
      }
      planPeriod = plan.period();
    }
    for (Activity a : plan.activities().list()) {
      activity(plan, planPeriod, a, out);
    }
    milestones(plan, out);
    for (Campaign c : plan.campaigns().list()) {
      Period p = c.period();
      if (p == null || p.start() == null || p.end() == null) {
        continue;
      }
      if (p.end().isBefore(p.start())) {
        out.report(
            Rule.SCHEDULE_ORDER,
            c.source().of("period"),
            "campaign '" + c.id() + "' ends (" + p.end() + ") before it starts (" + p.start() + "); correct the dates");
      } else if (planPeriod != null && (!planPeriod.contains(p.start()) || !planPeriod.contains(p.end()))) {
        out.report(
            Rule.OUTSIDE_PERIOD,
            c.source().of("period"),
            "campaign '" + c.id() + "' (" + p.start() + " to " + p.end() + ") is not inside the plan period ("
                + planPeriod.start() + " to " + planPeriod.end() + "); move it, or widen the plan period");
      }
    }
    for (Result r : plan.results()) {
      if (planPeriod != null && !planPeriod.contains(r.date())) {
        out.report(
            Rule.OUTSIDE_PERIOD,
            r.location(Result.Field.DATE),
            "a result dated " + r.date() + " lies outside the plan period (" + planPeriod.start() + " to "
                + planPeriod.end() + "); correct the date, or widen the plan period");
      } else if (r.scopeKind() == ScopeKind.CAMPAIGN) {
        Campaign c = plan.campaigns().get(r.scopeId());
        if (c != null && c.period() != null && c.period().isValid() && !c.period().contains(r.date())) {
          out.report(
              Rule.OUTSIDE_PERIOD,
              r.location(Result.Field.DATE),
              "a result of campaign '" + c.id() + "' is dated " + r.date() + ", outside the campaign ("
                  + c.period().start() + " to " + c.period().end() + "); correct the date or the scope");
        }
      }
    }
  }

  private static void activity(Plan plan, Period planPeriod, Activity a, Diagnostics out) {
    Schedule s = a.schedule();
    if (s != null && s.start() != null && s.end() != null && s.end().isBefore(s.start())) {
      out.report(
          Rule.SCHEDULE_ORDER,
          s.source().of("end"),
          "activity '" + a.id() + "' ends (" + s.end() + ") before it starts (" + s.start() + "); correct the schedule");
      return;
    }
    if (s != null && planPeriod != null) {
      outside(planPeriod, s.start(), s.source().of("start"), a, "starts", out);
      outside(planPeriod, s.end(), s.source().of("end"), a, "ends", out);
    }
    LocalDate start = plan.startOf(a);
    LocalDate end = plan.endOf(a);
    for (Task t : a.tasks()) {
      if (t.due() == null) {
        continue;
      }
      if ((start != null && t.due().isBefore(start)) || (end != null && t.due().isAfter(end))) {
        out.report(
            Rule.OUTSIDE_PERIOD,
            t.source().of("due"),
            "task '" + t.title() + "' of activity '" + a.id() + "' is due " + t.due() + ", outside the activity's schedule ("
                + start + " to " + end + "); move the task or the schedule");
      }
    }
  }

  private static void outside(Period period, LocalDate date, io.github.socialstrategy.core.model.Location at, Activity a, String verb, Diagnostics out) {
    if (date != null && !period.contains(date)) {
      out.report(
          Rule.OUTSIDE_PERIOD,
          at,
          "activity '" + a.id() + "' " + verb + " on " + date + ", outside the plan period (" + period.start() + " to "
              + period.end() + "); move the schedule inside the period, or widen the period");
    }
  }

  /** A KPI's milestones lie inside its window: after the plan's start and before its due date. */
  private static void milestones(Plan plan, Diagnostics out) {
    LocalDate start = plan.period() == null ? null : plan.period().start();
    for (io.github.socialstrategy.core.model.Objective o : plan.objectives().list()) {
      for (io.github.socialstrategy.core.model.Kpi k : o.kpis()) {
        LocalDate due = k.due() != null ? k.due() : plan.period() == null ? null : plan.period().end();
        for (io.github.socialstrategy.core.model.Kpi.Milestone m : k.milestones().values()) {
          String where = null;
          if (start != null && m.date().isBefore(start)) {
            where = "before the plan's start, " + start;
          } else if (due != null && !m.date().isBefore(due)) {
            where = m.date().equals(due) ? "on the KPI's due date, where its target is the value expected" : "after the KPI's due date, " + due;
          }
          if (where != null) {
            out.report(
                Rule.OUTSIDE_PERIOD,
                m.location(),
                "milestone " + m.date() + " of the KPI '" + k.metric().id() + "' of objective '" + o.id() + "' is " + where
                    + "; it is left out of the expected path: move it inside the KPI's window, or remove it");
          }
        }
      }
    }
  }
}
