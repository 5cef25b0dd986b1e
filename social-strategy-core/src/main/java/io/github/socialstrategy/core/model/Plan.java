package io.github.socialstrategy.core.model;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The resolved plan: every entity once (the first definition of an id wins), indexed by id, and every
 * reference linked both ways so that any step can walk the trace (objective ← strategy ← activity) in
 * constant time per link. Built by the linker; immutable.
 */
public final class Plan {

  private final PlanInfo info;
  private final Framework framework;
  private final LocalDate asOf;
  private final Index<Metric> metrics;
  private final Index<Channel> channels;
  private final Index<Objective> objectives;
  private final Index<Strategy> strategies;
  private final Index<Activity> activities;
  private final Index<Campaign> campaigns;
  private final Index<Pillar> pillars;
  private final Index<Goal> goals;
  private final Index<Page> pages;
  private final List<ImportSpec> imports;
  private final List<ImportSummary> importSummaries;
  private final List<Result> results;
  private final List<SourceFile> files;
  private final List<LinkRef> markdownLinks;
  private final Links links;

  /** The id-indexed entities of one kind, in plan order. */
  public record Index<T>(List<T> list, Map<String, T> byId) {

    public Index {
      list = List.copyOf(list);
      // A HashMap, not Map.copyOf: looked up once or more per result row, and its hashing is the faster here.
      byId = java.util.Collections.unmodifiableMap(new java.util.HashMap<>(byId));
    }

    public T get(String id) {
      return id == null ? null : byId.get(id);
    }

    public boolean contains(String id) {
      return id != null && byId.containsKey(id);
    }

    public Collection<String> ids() {
      return byId.keySet();
    }
  }

  /** The links between entities, by id, in both directions; lists are in plan order. */
  public record Links(
      Map<String, List<Objective>> objectivesOfStrategy,
      Map<String, List<Strategy>> strategiesOfObjective,
      Map<String, List<Strategy>> strategiesOfActivity,
      Map<String, List<Activity>> activitiesOfStrategy,
      Map<String, List<Objective>> objectivesOfActivity,
      Map<String, List<Strategy>> influencesOfStrategy,
      Map<String, List<Strategy>> influencedByOfStrategy,
      Map<String, List<Channel>> channelsOfActivity,
      Map<String, List<Activity>> activitiesOfChannel,
      Map<String, List<Campaign>> campaignsOfActivity,
      Map<String, List<Activity>> activitiesOfCampaign,
      Map<String, List<Objective>> intentOfCampaign,
      Map<String, List<Objective>> objectivesOfPillar,
      Map<String, List<Goal>> goalsOfActivity) {}

  public Plan(
      PlanInfo info,
      Framework framework,
      LocalDate asOf,
      Index<Metric> metrics,
      Index<Channel> channels,
      Index<Objective> objectives,
      Index<Strategy> strategies,
      Index<Activity> activities,
      Index<Campaign> campaigns,
      Index<Pillar> pillars,
      Index<Goal> goals,
      Index<Page> pages,
      List<ImportSpec> imports,
      List<ImportSummary> importSummaries,
      List<Result> results,
      List<SourceFile> files,
      List<LinkRef> markdownLinks,
      Links links) {
    this.info = info;
    this.framework = framework;
    this.asOf = asOf;
    this.metrics = metrics;
    this.channels = channels;
    this.objectives = objectives;
    this.strategies = strategies;
    this.activities = activities;
    this.campaigns = campaigns;
    this.pillars = pillars;
    this.goals = goals;
    this.pages = pages;
    this.imports = List.copyOf(imports);
    this.importSummaries = List.copyOf(importSummaries);
    this.results = List.copyOf(results);
    this.files = List.copyOf(files);
    this.markdownLinks = List.copyOf(markdownLinks);
    this.links = links;
  }

  /** The {@code plan} section, or null when the plan has none (reported as plan-missing). */
  public PlanInfo info() {
    return info;
  }

  public Framework framework() {
    return framework;
  }

  /** The report date: the setting, else {@code plan.asOf}, else the latest result, else the period's start. */
  public LocalDate asOf() {
    return asOf;
  }

  /** The plan period, or null when it is missing or its ends are out of order. */
  public Period period() {
    return info != null && info.period() != null && info.period().isValid() ? info.period() : null;
  }

  public Index<Metric> metrics() {
    return metrics;
  }

  public Index<Channel> channels() {
    return channels;
  }

  public Index<Objective> objectives() {
    return objectives;
  }

  public Index<Strategy> strategies() {
    return strategies;
  }

  public Index<Activity> activities() {
    return activities;
  }

  public Index<Campaign> campaigns() {
    return campaigns;
  }

  public Index<Pillar> pillars() {
    return pillars;
  }

  public Index<Goal> goals() {
    return goals;
  }

  public Index<Page> pages() {
    return pages;
  }

  public List<ImportSpec> imports() {
    return imports;
  }

  /** What each import read (one per import whose export could be opened), in the order of the imports. */
  public List<ImportSummary> importSummaries() {
    return importSummaries;
  }

  /** Every result row, YAML and CSV, in file order. */
  public List<Result> results() {
    return results;
  }

  /** Every file read, in sorted order. */
  public List<SourceFile> files() {
    return files;
  }

  /** Every entity link written in Markdown (descriptions and pages), with its place. */
  public List<LinkRef> markdownLinks() {
    return markdownLinks;
  }

  public Links links() {
    return links;
  }

  private static <T> List<T> get(Map<String, List<T>> map, String id) {
    return map.getOrDefault(id, List.of());
  }

  /** The objectives a strategy serves (existing ones only). */
  public List<Objective> objectivesOf(Strategy s) {
    return get(links.objectivesOfStrategy(), s.id());
  }

  /** The strategies serving an objective. */
  public List<Strategy> strategiesOf(Objective o) {
    return get(links.strategiesOfObjective(), o.id());
  }

  /** The strategies an activity implements (existing ones only). */
  public List<Strategy> strategiesOf(Activity a) {
    return get(links.strategiesOfActivity(), a.id());
  }

  /** The activities implementing a strategy. */
  public List<Activity> activitiesOf(Strategy s) {
    return get(links.activitiesOfStrategy(), s.id());
  }

  /** The distinct objectives an activity reaches through its strategies: its trace. */
  public List<Objective> objectivesOf(Activity a) {
    return get(links.objectivesOfActivity(), a.id());
  }

  /** The strategies a strategy reinforces. */
  public List<Strategy> influencesOf(Strategy s) {
    return get(links.influencesOfStrategy(), s.id());
  }

  /** The strategies that reinforce a strategy. */
  public List<Strategy> influencedBy(Strategy s) {
    return get(links.influencedByOfStrategy(), s.id());
  }

  public List<Channel> channelsOf(Activity a) {
    return get(links.channelsOfActivity(), a.id());
  }

  public List<Activity> activitiesOn(Channel c) {
    return get(links.activitiesOfChannel(), c.id());
  }

  public List<Campaign> campaignsOf(Activity a) {
    return get(links.campaignsOfActivity(), a.id());
  }

  public List<Activity> activitiesOf(Campaign c) {
    return get(links.activitiesOfCampaign(), c.id());
  }

  /** The objectives a campaign is meant to move. */
  public List<Objective> intentOf(Campaign c) {
    return get(links.intentOfCampaign(), c.id());
  }

  public List<Objective> objectivesOf(Pillar p) {
    return get(links.objectivesOfPillar(), p.id());
  }

  /** The goals an activity works toward: its own, or else its strategies'. */
  public List<Goal> goalsOf(Activity a) {
    return get(links.goalsOfActivity(), a.id());
  }

  /** The pillar of an objective, or null when it names no existing pillar. */
  public Pillar pillarOf(Objective o) {
    return o.pillar() == null ? null : pillars.get(o.pillar().id());
  }

  /** The first day an activity runs: its schedule's start, else the plan's. */
  public LocalDate startOf(Activity a) {
    if (a.schedule() != null && a.schedule().start() != null) {
      return a.schedule().start();
    }
    return period() == null ? null : period().start();
  }

  /** The last day an activity runs: its schedule's end, else the plan's. */
  public LocalDate endOf(Activity a) {
    if (a.schedule() != null && a.schedule().end() != null) {
      return a.schedule().end();
    }
    return period() == null ? null : period().end();
  }
}
