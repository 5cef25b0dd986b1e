package io.github.socialstrategy.core.render.page;

import io.github.socialstrategy.core.model.Activity;
import io.github.socialstrategy.core.model.Campaign;
import io.github.socialstrategy.core.model.Plan;
import io.github.socialstrategy.core.model.Task;
import io.github.socialstrategy.core.render.chart.Charts;
import io.github.socialstrategy.core.render.theme.ThemeException;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code schedule.html}: the timeline of campaigns and activities with the report date marked, and every
 * activity's tasks with their due dates (a plan has too many tasks for one row each in a chart).
 */
final class SchedulePage implements PageRenderer {

  /** Beyond this many activities the timeline draws one bar per strategy (its activities' span). */
  static final int MAX_TIMELINE_ACTIVITIES = 200;

  @Override
  public List<String> templates() {
    return List.of("schedule.ftlh");
  }

  @Override
  public void render(SiteWriter site) throws IOException, ThemeException {
    SiteContext ctx = site.ctx;
    Plan plan = ctx.plan();
    var page = ctx.page("schedule.html");
    Model m = page.base("Schedule", List.of());
    LocalDate asOf = plan.asOf();
    List<Charts.Span> spans = new ArrayList<>();
    List<Model> campaigns = new ArrayList<>();
    for (Campaign c : plan.campaigns().list()) {
      if (c.period() != null && c.period().isValid()) {
        spans.add(new Charts.Span(ctx.title("campaign", c.id()), "campaign", c.period().start(), c.period().end()));
      }
      campaigns.add(Model.of(
          "link", page.link("campaign", c.id()),
          "start", c.period() == null || c.period().start() == null ? "" : c.period().start().toString(),
          "end", c.period() == null || c.period().end() == null ? "" : c.period().end().toString(),
          "state", state(asOf, c.period() == null ? null : c.period().start(), c.period() == null ? null : c.period().end())));
    }
    List<Model> activities = new ArrayList<>();
    boolean perActivity = plan.activities().list().size() <= MAX_TIMELINE_ACTIVITIES;
    if (!perActivity) {
      for (var s : plan.strategies().list()) {
        LocalDate from = null;
        LocalDate to = null;
        for (Activity a : plan.activitiesOf(s)) {
          LocalDate start = plan.startOf(a);
          LocalDate end = plan.endOf(a);
          if (start != null && end != null && !end.isBefore(start)) {
            from = from == null || start.isBefore(from) ? start : from;
            to = to == null || end.isAfter(to) ? end : to;
          }
        }
        if (from != null) {
          spans.add(new Charts.Span(ctx.title("strategy", s.id()) + " (" + plan.activitiesOf(s).size() + " activities)", "activity", from, to));
        }
      }
    }
    m.with("timelinePerActivity", perActivity);
    for (Activity a : plan.activities().list()) {
      LocalDate start = plan.startOf(a);
      LocalDate end = plan.endOf(a);
      if (perActivity && start != null && end != null && !end.isBefore(start)) {
        spans.add(new Charts.Span(ctx.title("activity", a.id()), "activity", start, end));
      }
      List<Model> tasks = new ArrayList<>();
      for (Task t : a.tasks()) {
        boolean overdue = !t.done() && t.due() != null && asOf != null && t.due().isBefore(asOf);
        tasks.add(Model.of("title", t.title() == null ? "" : t.title(), "due", t.due() == null ? "" : t.due().toString(), "done", t.done(), "overdue", overdue));
      }
      activities.add(Model.of(
          "link", page.link("activity", a.id()),
          "status", a.status().keyword(),
          "cadence", a.schedule() == null || a.schedule().cadence() == null ? "" : a.schedule().cadence().keyword(),
          "start", start == null ? "" : start.toString(),
          "end", end == null ? "" : end.toString(),
          "tasks", tasks));
    }
    m.with("campaigns", campaigns).with("activities", activities);
    LocalDate from = plan.period() == null ? null : plan.period().start();
    LocalDate to = plan.period() == null ? null : plan.period().end();
    m.with("timeline", site.chart(page, site.charts.timeline("schedule-timeline", spans, from, to, asOf)));
    site.page("schedule.html", "schedule.ftlh", m);
  }

  static String state(LocalDate asOf, LocalDate start, LocalDate end) {
    if (asOf == null || start == null || end == null) {
      return "";
    }
    if (asOf.isBefore(start)) {
      return "upcoming";
    }
    return asOf.isAfter(end) ? "finished" : "running";
  }
}
