package io.github.socialstrategy.core.model;

import static io.github.socialstrategy.core.model.Severity.ERROR;
import static io.github.socialstrategy.core.model.Severity.INFO;
import static io.github.socialstrategy.core.model.Severity.WARNING;
import static io.github.socialstrategy.core.model.Rule.Phase.FORMAT;
import static io.github.socialstrategy.core.model.Rule.Phase.LINK;
import static io.github.socialstrategy.core.model.Rule.Phase.PLAN;
import static io.github.socialstrategy.core.model.Rule.Phase.RESULTS;

import java.util.Optional;

/**
 * The rules a plan is checked against. The names are the user-facing contract (they appear in log lines
 * and in the {@code rules} setting); the default severity can be changed per rule.
 */
public enum Rule {
  YAML_SYNTAX("yaml-syntax", FORMAT, ERROR,
      "a file is not valid YAML or CSV, is not UTF-8, is too large or too deeply nested, or uses a tag or alias the format does not allow",
      "fix the file at the place shown; save it as UTF-8"),
  UNKNOWN_KEY("unknown-key", FORMAT, ERROR,
      "a key (or CSV column) the format does not know",
      "fix its spelling (the message suggests the nearest known key) or remove it"),
  MISSING_FIELD("missing-field", FORMAT, ERROR,
      "a required key or CSV column is absent",
      "add the key named in the message"),
  INVALID_VALUE("invalid-value", FORMAT, ERROR,
      "wrong type, bad id, bad date, bad enum value, negative money or effort, a number beyond 10^15, a KPI target "
          + "equal to its baseline, a file that is not a mapping of sections, an export imported twice with the same metrics",
      "write the value in the form the message gives (ids like `weekly-video`, dates like `2026-03-31`)"),
  DUPLICATE_KEY("duplicate-key", FORMAT, ERROR,
      "the same key twice in one mapping (or the same CSV column twice)",
      "keep one of the two; the second is ignored"),
  DUPLICATE_ID("duplicate-id", LINK, ERROR,
      "two entities of one kind share an id; the message names both places",
      "rename one of them (and the references meant for it)"),
  UNRESOLVED_REFERENCE("unresolved-reference", LINK, ERROR,
      "a reference (or a Markdown `kind:ID` link) to an id that does not exist",
      "fix the id (the message suggests the nearest existing one) or add the missing entity"),
  PLAN_MISSING("plan-missing", LINK, ERROR,
      "no file has a `plan` section",
      "add a `plan` section (id, title, organisation, period, currency)"),
  PLAN_DUPLICATE("plan-duplicate", LINK, ERROR,
      "more than one `plan` section (or more than one `framework`)",
      "keep one; merge the two"),
  UNTRACED_ACTIVITY("untraced-activity", PLAN, ERROR,
      "an activity that does not reach any business objective through the strategies it implements",
      "list in `implements` a strategy that serves an objective"),
  STRATEGY_WITHOUT_OBJECTIVE("strategy-without-objective", PLAN, ERROR,
      "a strategy that serves no (existing) objective",
      "list in `serves` the objectives the strategy is for"),
  UNCOVERED_OBJECTIVE("uncovered-objective", PLAN, WARNING,
      "an objective that no strategy serves, or whose strategies have no activity",
      "add a strategy that serves it, and activities that implement that strategy"),
  UNCOVERED_PILLAR("uncovered-pillar", PLAN, WARNING,
      "a framework pillar with no objective (unless the plan's allocation gives it 0)",
      "add an objective for the pillar, or give it 0 in `plan.allocation` if it is deliberately unused"),
  OBJECTIVE_WITHOUT_KPI("objective-without-kpi", PLAN, WARNING,
      "an objective with no KPI: its success cannot be measured",
      "add a `kpis` entry naming a metric, and a baseline and target"),
  SCHEDULE_ORDER("schedule-order", PLAN, ERROR,
      "an end date before its start date (plan period, schedule, campaign period)",
      "swap or correct the dates"),
  OUTSIDE_PERIOD("outside-period", PLAN, WARNING,
      "an activity, task, campaign or result outside the plan period (or a task outside its activity's schedule, a campaign-scoped result outside its campaign, a KPI milestone outside the KPI's window)",
      "move the date inside the period, or widen the period"),
  ALLOCATION_SUM("allocation-sum", PLAN, ERROR,
      "the intended allocation in `plan.allocation` does not add up to 100",
      "change the percentages so they add up to 100"),
  UNBALANCED_ALLOCATION("unbalanced-allocation", PLAN, WARNING,
      "planned effort per pillar differs from the intended allocation by more than the tolerance (default 10 points)",
      "move effort (`hoursPerWeek`, schedules) between pillars, or change the intended allocation"),
  FORMULA_ERROR("formula-error", PLAN, ERROR,
      "a derived metric's formula is not arithmetic over metric ids, names an unknown metric, or refers to itself",
      "use only metric ids, numbers, `+ - * /` and parentheses; break the cycle"),
  KPI_WITHOUT_RESULTS("kpi-without-results", RESULTS, WARNING,
      "a KPI whose due date has passed (at `asOf`) with no results for its metric in its window (the plan's start to its due date)",
      "record results for the metric, or move the due date"),
  MISALIGNED_CAMPAIGN("misaligned-campaign", RESULTS, WARNING,
      "a campaign past its end whose intended objectives' KPI metrics barely moved during it (less than 5% better than the "
          + "equal period before) while another metric it touched moved markedly (at least 20% better)",
      "judge the campaign by what it achieved: add the objectives it really moved to its `intent`, or rebalance its activities"),
  OFF_TRACK_OBJECTIVE("off-track-objective", RESULTS, WARNING,
      "an objective with a KPI off track at `asOf`: more than the off-track threshold (default 25 points) behind the "
          + "attainment expected by then, or, once due, short of its target by more than that",
      "act on the KPI (more effort, other activities), or revise its target or due date"),
  NEGATIVE_ROI("negative-roi", RESULTS, WARNING,
      "an activity, channel or campaign whose financial return is below its cost, once it has financial results on at "
          + "least 4 days",
      "look at what else it achieves (non-financial benefits) before cutting it; otherwise change or stop it"),
  BUDGET_OVERRUN("budget-overrun", RESULTS, WARNING,
      "recorded cost above the planned budget of an activity, a campaign, or the whole plan",
      "raise the budget, or slow the spending"),
  IDLE_STRATEGY("idle-strategy", RESULTS, WARNING,
      "a strategy whose activities are none of them active at `asOf` (status planned or active, and `asOf` inside its "
          + "schedule), while `asOf` is inside the plan period (a strategy with no activity at all is uncovered-objective's)",
      "schedule an activity for it, or drop the strategy"),
  OUTPUT_ONLY_MEASUREMENT("output-only-measurement", RESULTS, WARNING,
      "an objective whose KPIs all measure `output`-level metrics: outputs are not outcomes (AMEC)",
      "add a KPI on an outtake, outcome or impact metric"),
  UNMAPPED_CAMPAIGN("unmapped-campaign", FORMAT, INFO,
      "rows of an export whose campaign the import's `campaigns` does not map (one finding per import, with the count); "
          + "they are read with the import's own scope",
      "map those campaign names to plan campaigns in the import's `campaigns`"),
  EMPTY_EXPORT_COLUMN("empty-export-column", FORMAT, WARNING,
      "a column an import maps that holds no value in any row the import reads, so its metric gets nothing from the export",
      "check the export's date range and filters, or remove the column from the import's `metrics`");

  /**
   * When in the pipeline a rule is checked: while reading files ({@code FORMAT}), while resolving references
   * ({@code LINK}), over the resolved plan ({@code PLAN}), or over its figures and results ({@code RESULTS}).
   * Lists of rules (the results page's findings, the dashboard's order, the docs) are derived from it.
   */
  public enum Phase {
    FORMAT,
    LINK,
    PLAN,
    RESULTS
  }

  private final String id;
  private final Phase phase;
  private final Severity defaultSeverity;
  private final String trigger;
  private final String fix;

  Rule(String id, Phase phase, Severity defaultSeverity, String trigger, String fix) {
    this.id = id;
    this.phase = phase;
    this.defaultSeverity = defaultSeverity;
    this.trigger = trigger;
    this.fix = fix;
  }

  /** The rule's name, as users write it: {@code unknown-key}. */
  public String id() {
    return id;
  }

  /** When in the pipeline the rule is checked. */
  public Phase phase() {
    return phase;
  }

  /** Whether the rule judges the plan's results and figures (the findings "about results"). */
  public boolean aboutResults() {
    return phase == Phase.RESULTS;
  }

  /** The rules of one phase, in rule order. */
  public static java.util.List<Rule> inPhase(Phase phase) {
    return java.util.Arrays.stream(values()).filter(r -> r.phase == phase).toList();
  }

  public Severity defaultSeverity() {
    return defaultSeverity;
  }

  /** What triggers the rule, in a sentence for the docs. */
  public String trigger() {
    return trigger;
  }

  /** How to fix a finding, in a sentence for the docs. */
  public String fix() {
    return fix;
  }

  /** The rule with this name, if any. */
  public static Optional<Rule> byId(String id) {
    for (Rule r : values()) {
      if (r.id.equals(id)) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return id;
  }
}
