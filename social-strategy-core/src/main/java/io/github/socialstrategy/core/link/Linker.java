package io.github.socialstrategy.core.link;

import io.github.socialstrategy.core.load.PlanParts;
import io.github.socialstrategy.core.model.Activity;
import io.github.socialstrategy.core.model.Allocation;
import io.github.socialstrategy.core.model.Campaign;
import io.github.socialstrategy.core.model.Channel;
import io.github.socialstrategy.core.model.Diagnostics;
import io.github.socialstrategy.core.model.Framework;
import io.github.socialstrategy.core.model.Goal;
import io.github.socialstrategy.core.model.ImportSpec;
import io.github.socialstrategy.core.model.Kpi;
import io.github.socialstrategy.core.model.LinkRef;
import io.github.socialstrategy.core.model.Location;
import io.github.socialstrategy.core.model.Metric;
import io.github.socialstrategy.core.model.Objective;
import io.github.socialstrategy.core.model.Page;
import io.github.socialstrategy.core.model.Pillar;
import io.github.socialstrategy.core.model.Plan;
import io.github.socialstrategy.core.model.PlanInfo;
import io.github.socialstrategy.core.model.Ref;
import io.github.socialstrategy.core.model.Result;
import io.github.socialstrategy.core.model.ScopeKind;
import io.github.socialstrategy.core.model.Rule;
import io.github.socialstrategy.core.model.Strategy;
import io.github.socialstrategy.core.model.Suggestions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Resolves what was read into a {@link Plan}: picks the one {@code plan} and framework, indexes every
 * kind by id (reporting duplicates with both places), and links every reference to its target (reporting
 * the ones that name nothing, with the nearest existing id).
 */
public final class Linker {

  private final Diagnostics diagnostics;
  private final LocalDate asOfSetting;
  // A misspelt id in a million result rows must not cost a million searches for the nearest one.
  private final Map<String, String> hintCache = new HashMap<>();
  // Each search for the nearest id is a pass over all ids; a plan with thousands of typos gets hints for the first ones.
  private static final int MAX_HINT_SEARCHES = 2000;
  private int hintSearches;

  /** @param asOfSetting the report date set by the user, or null to take it from the plan */
  public Linker(Diagnostics diagnostics, LocalDate asOfSetting) {
    this.diagnostics = diagnostics;
    this.asOfSetting = asOfSetting;
  }

  public Plan link(PlanParts parts) {
    PlanInfo info = pickPlan(parts);
    Framework framework = pickFramework(parts);

    Plan.Index<Pillar> pillars = index("pillar", framework.pillars(), Pillar::id, p -> p.source().of("id"));
    List<Goal> allGoals = new ArrayList<>();
    framework.pillars().forEach(p -> allGoals.addAll(p.goals()));
    Plan.Index<Goal> goals = index("goal", allGoals, Goal::id, Goal::location);
    Plan.Index<Metric> metrics = index("metric", parts.metrics(), Metric::id, m -> m.source().of("id"));
    Plan.Index<Channel> channels = index("channel", parts.channels(), Channel::id, c -> c.source().of("id"));
    Plan.Index<Objective> objectives = index("objective", parts.objectives(), Objective::id, o -> o.source().of("id"));
    Plan.Index<Strategy> strategies = index("strategy", parts.strategies(), Strategy::id, s -> s.source().of("id"));
    Plan.Index<Activity> activities = index("activity", parts.activities(), Activity::id, a -> a.source().of("id"));
    Plan.Index<Campaign> campaigns = index("campaign", parts.campaigns(), Campaign::id, c -> c.source().of("id"));
    Plan.Index<Page> pages = index("page", parts.pages(), Page::name, p -> Location.of(p.file()));

    if (info != null) {
      for (Allocation a : info.allocation()) {
        resolve(pillars, "pillar", a.pillar(), "the plan's allocation names pillar");
      }
    }

    Map<String, List<Objective>> objectivesOfPillar = new HashMap<>();
    for (Objective o : objectives.list()) {
      Pillar p = resolve(pillars, "pillar", o.pillar(), "objective '" + o.id() + "' is in pillar");
      if (p != null) {
        objectivesOfPillar.computeIfAbsent(p.id(), k -> new ArrayList<>()).add(o);
      }
      for (Kpi k : o.kpis()) {
        resolve(metrics, "metric", k.metric(), "a KPI of objective '" + o.id() + "' measures metric");
      }
    }

    Map<String, List<Objective>> objectivesOfStrategy = new HashMap<>();
    Map<String, List<Strategy>> strategiesOfObjective = new HashMap<>();
    Map<String, List<Strategy>> influences = new HashMap<>();
    Map<String, List<Strategy>> influencedBy = new HashMap<>();
    for (Strategy s : strategies.list()) {
      String who = "strategy '" + s.id() + "'";
      for (Objective o : resolveAll(objectives, "objective", s.serves(), who + " serves objective")) {
        objectivesOfStrategy.computeIfAbsent(s.id(), k -> new ArrayList<>()).add(o);
        strategiesOfObjective.computeIfAbsent(o.id(), k -> new ArrayList<>()).add(s);
      }
      resolveAll(goals, "goal", s.goals(), who + " works toward goal");
      for (Strategy t : resolveAll(strategies, "strategy", s.influences(), who + " influences strategy")) {
        influences.computeIfAbsent(s.id(), k -> new ArrayList<>()).add(t);
        influencedBy.computeIfAbsent(t.id(), k -> new ArrayList<>()).add(s);
      }
    }

    Map<String, List<Strategy>> strategiesOfActivity = new HashMap<>();
    Map<String, List<Activity>> activitiesOfStrategy = new HashMap<>();
    Map<String, List<Objective>> objectivesOfActivity = new HashMap<>();
    Map<String, List<Channel>> channelsOfActivity = new HashMap<>();
    Map<String, List<Activity>> activitiesOfChannel = new HashMap<>();
    Map<String, List<Goal>> goalsOfActivity = new HashMap<>();
    for (Activity a : activities.list()) {
      String who = "activity '" + a.id() + "'";
      LinkedHashSet<Objective> trace = new LinkedHashSet<>();
      LinkedHashSet<Goal> strategyGoals = new LinkedHashSet<>();
      for (Strategy s : resolveAll(strategies, "strategy", a.implementsRefs(), who + " implements strategy")) {
        strategiesOfActivity.computeIfAbsent(a.id(), k -> new ArrayList<>()).add(s);
        activitiesOfStrategy.computeIfAbsent(s.id(), k -> new ArrayList<>()).add(a);
        trace.addAll(objectivesOfStrategy.getOrDefault(s.id(), List.of()));
        for (Ref g : s.goals()) {
          if (goals.contains(g.id())) {
            strategyGoals.add(goals.get(g.id()));
          }
        }
      }
      if (!trace.isEmpty()) {
        objectivesOfActivity.put(a.id(), List.copyOf(trace));
      }
      for (Channel c : resolveAll(channels, "channel", a.channels(), who + " runs on channel")) {
        channelsOfActivity.computeIfAbsent(a.id(), k -> new ArrayList<>()).add(c);
        activitiesOfChannel.computeIfAbsent(c.id(), k -> new ArrayList<>()).add(a);
      }
      List<Goal> own = a.goals() == null ? List.copyOf(strategyGoals) : resolveAll(goals, "goal", a.goals(), who + " works toward goal");
      if (!own.isEmpty()) {
        goalsOfActivity.put(a.id(), own);
      }
    }

    Map<String, List<Campaign>> campaignsOfActivity = new HashMap<>();
    Map<String, List<Activity>> activitiesOfCampaign = new HashMap<>();
    Map<String, List<Objective>> intentOfCampaign = new HashMap<>();
    for (Campaign c : campaigns.list()) {
      String who = "campaign '" + c.id() + "'";
      List<Objective> intent = resolveAll(objectives, "objective", c.intent(), who + " is meant to move objective");
      if (!intent.isEmpty()) {
        intentOfCampaign.put(c.id(), intent);
      }
      for (Activity a : resolveAll(activities, "activity", c.activities(), who + " includes activity")) {
        campaignsOfActivity.computeIfAbsent(a.id(), k -> new ArrayList<>()).add(c);
        activitiesOfCampaign.computeIfAbsent(c.id(), k -> new ArrayList<>()).add(a);
      }
    }

    for (ImportSpec spec : parts.imports()) {
      String who = "the import of '" + spec.file() + "'";
      if (spec.scope() != null) {
        resolveScope(spec.scope().kind().keyword(), spec.scope().target(), activities, channels, campaigns, who + " is scoped to");
      }
      spec.metrics().forEach(m -> resolve(metrics, "metric", m.target(), who + " maps a column to metric"));
      spec.campaigns().forEach(c -> resolve(campaigns, "campaign", c.target(), who + " maps '" + c.name() + "' to campaign"));
    }

    // An import's metrics and scope are checked once at the import, not again on every row it produced
    // (except where a format's rows name their own metrics and scopes: those are checked row by row).
    java.util.Set<String> importFiles = new java.util.HashSet<>();
    for (ImportSpec spec : parts.imports()) {
      if (spec.format() != null && spec.format().rowsNameTheirMetrics()) {
        continue;
      }
      try {
        importFiles.add(java.nio.file.Path.of(spec.file()).normalize().toString().replace('\\', '/'));
      } catch (java.nio.file.InvalidPathException e) {
        // not a path: the loader reported it and read nothing
      }
    }
    LocalDate latestResult = null;
    for (Result r : parts.results()) {
      if (latestResult == null || r.date().isAfter(latestResult)) {
        latestResult = r.date();
      }
      if (importFiles.contains(r.file().planPath())) {
        continue;
      }
      if (!metrics.contains(r.metric())) {
        unresolved("metric", new Ref(r.metric(), r.location(Result.Field.METRIC)), metrics, "a result measures metric");
      }
      // A million rows are scoped: look the id up first, and build the reference and its place only for a finding.
      if (r.scopeKind() != null && !scopeIndex(r.scopeKind(), activities, channels, campaigns).contains(r.scopeId())) {
        resolveScope(r.scopeKind().keyword(), new Ref(r.scopeId(), r.location(Result.Field.SCOPE)), activities, channels, campaigns, "a result is scoped to");
      }
    }

    Map<String, Plan.Index<?>> linkTargets = new HashMap<>();
    linkTargets.put("objective", objectives);
    linkTargets.put("strategy", strategies);
    linkTargets.put("activity", activities);
    linkTargets.put("campaign", campaigns);
    linkTargets.put("channel", channels);
    linkTargets.put("metric", metrics);
    linkTargets.put("page", pages);
    for (LinkRef link : parts.links()) {
      Plan.Index<?> target = linkTargets.get(link.kind());
      if (!target.contains(link.target().id())) {
        unresolved(link.kind(), link.target(), target, "the Markdown link '" + link.kind() + ":" + link.target().id() + "' points at " + link.kind());
      }
    }

    LocalDate asOf = asOfSetting;
    if (asOf == null && info != null) {
      asOf = info.asOf();
    }
    if (asOf == null) {
      asOf = latestResult;
    }
    if (asOf == null && info != null && info.period() != null) {
      asOf = info.period().start();
    }

    Plan.Links links =
        new Plan.Links(
            freeze(objectivesOfStrategy),
            freeze(strategiesOfObjective),
            freeze(strategiesOfActivity),
            freeze(activitiesOfStrategy),
            freeze(objectivesOfActivity),
            freeze(influences),
            freeze(influencedBy),
            freeze(channelsOfActivity),
            freeze(activitiesOfChannel),
            freeze(campaignsOfActivity),
            freeze(activitiesOfCampaign),
            freeze(intentOfCampaign),
            freeze(objectivesOfPillar),
            freeze(goalsOfActivity));
    return new Plan(
        info, framework, asOf, metrics, channels, objectives, strategies, activities, campaigns, pillars, goals, pages,
        parts.imports(), parts.importSummaries(), parts.results(), parts.files(), parts.links(), links);
  }

  private PlanInfo pickPlan(PlanParts parts) {
    if (parts.plans().isEmpty()) {
      Location at = parts.files().isEmpty() ? new Location(null, 1, 1) : Location.of(parts.files().get(0));
      diagnostics.report(
          Rule.PLAN_MISSING,
          at,
          "the plan has no 'plan' section; add one (id, title, organisation, period, currency) to a file such as plan.yaml");
      return null;
    }
    PlanInfo first = parts.plans().get(0);
    for (PlanInfo other : parts.plans().subList(1, parts.plans().size())) {
      diagnostics.report(
          Rule.PLAN_DUPLICATE,
          other.source().at(),
          "a second 'plan' section; the plan is defined at " + first.source().at() + ". Keep one and merge the two",
          null,
          List.of(first.source().at()));
    }
    return first;
  }

  private Framework pickFramework(PlanParts parts) {
    if (parts.frameworks().isEmpty()) {
      return BuiltInFramework.FOUR_PILLARS;
    }
    Framework first = parts.frameworks().get(0);
    for (Framework other : parts.frameworks().subList(1, parts.frameworks().size())) {
      diagnostics.report(
          Rule.PLAN_DUPLICATE,
          other.source().at(),
          "a second 'framework' section; the framework is defined at " + first.source().at() + ". Keep one",
          null,
          List.of(first.source().at()));
    }
    return first;
  }

  private <T> Plan.Index<T> index(String kind, List<T> items, Function<T, String> id, Function<T, Location> where) {
    Map<String, T> byId = new LinkedHashMap<>();
    List<T> list = new ArrayList<>(items.size());
    for (T item : items) {
      String key = id.apply(item);
      T first = byId.putIfAbsent(key, item);
      if (first == null) {
        list.add(item);
      } else {
        Location firstAt = where.apply(first);
        diagnostics.report(
            Rule.DUPLICATE_ID,
            where.apply(item),
            "there are two " + plural(kind) + " with id '" + key + "': this one and the one at " + firstAt
                + "; rename one (only the first counts)",
            null,
            List.of(firstAt));
      }
    }
    return new Plan.Index<>(list, byId);
  }

  private <T> T resolve(Plan.Index<T> index, String kind, Ref ref, String context) {
    if (ref == null) {
      return null;
    }
    T target = index.get(ref.id());
    if (target == null) {
      unresolved(kind, ref, index, context);
    }
    return target;
  }

  private <T> List<T> resolveAll(Plan.Index<T> index, String kind, List<Ref> refs, String context) {
    List<T> out = new ArrayList<>(refs.size());
    for (Ref r : refs) {
      T t = resolve(index, kind, r, context);
      if (t != null && !out.contains(t)) {
        out.add(t);
      }
    }
    return out;
  }

  private static Plan.Index<?> scopeIndex(
      ScopeKind kind, Plan.Index<Activity> activities, Plan.Index<Channel> channels, Plan.Index<Campaign> campaigns) {
    return switch (kind) {
      case ACTIVITY -> activities;
      case CHANNEL -> channels;
      case CAMPAIGN -> campaigns;
    };
  }

  private void resolveScope(
      String kind, Ref ref, Plan.Index<Activity> activities, Plan.Index<Channel> channels, Plan.Index<Campaign> campaigns, String context) {
    Plan.Index<?> index = switch (kind) {
      case "activity" -> activities;
      case "channel" -> channels;
      default -> campaigns;
    };
    if (!index.contains(ref.id())) {
      unresolved(kind, ref, index, context + " " + kind);
    }
  }

  private void unresolved(String kind, Ref ref, Plan.Index<?> index, String context) {
    String cacheKey = kind + ':' + ref.id();
    // The nearest id costs a pass over every id: only for findings that will be listed in full.
    String hint = hintCache.get(cacheKey);
    if (hint == null) {
      if (!diagnostics.wouldList(Rule.UNRESOLVED_REFERENCE, ref.location()) || hintSearches >= MAX_HINT_SEARCHES) {
        hint = "";
      } else {
        hintSearches++;
        String h = Suggestions.didYouMean(ref.id(), index.ids());
        hint = h == null ? "" : h;
        hintCache.put(cacheKey, hint);
      }
    }
    String fix = index.ids().isEmpty() ? "; the plan has no " + kind + " yet" : "";
    diagnostics.report(
        Rule.UNRESOLVED_REFERENCE,
        ref.location(),
        context + " '" + ref.id() + "', which does not exist" + fix,
        hint.isEmpty() ? null : hint);
  }

  // "strategy" -> "strategies", "activity" -> "activities", "metric" -> "metrics".
  private static String plural(String kind) {
    return kind.endsWith("y") ? kind.substring(0, kind.length() - 1) + "ies" : kind + "s";
  }

  private static <T> Map<String, List<T>> freeze(Map<String, List<T>> map) {
    Map<String, List<T>> out = new HashMap<>();
    map.forEach((k, v) -> out.put(k, List.copyOf(v)));
    return Map.copyOf(out);
  }
}
