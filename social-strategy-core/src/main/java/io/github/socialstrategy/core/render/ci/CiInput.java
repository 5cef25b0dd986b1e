package io.github.socialstrategy.core.render.ci;

import io.github.socialstrategy.core.CheckResult;
import io.github.socialstrategy.core.compare.Changes;
import io.github.socialstrategy.core.compare.Comparison;
import io.github.socialstrategy.core.compare.Gate;
import io.github.socialstrategy.core.compare.ReviewPaths;
import io.github.socialstrategy.core.model.Diagnostic;
import io.github.socialstrategy.core.model.EntityLocator;
import io.github.socialstrategy.core.model.Location;
import io.github.socialstrategy.core.model.Rule;
import io.github.socialstrategy.core.model.Severity;
import io.github.socialstrategy.core.model.SourceFile;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the CI reports are written from: the checked plan, its comparison with a baseline (if any), the
 * severities in force, the gate that decides the build, and how files are shown: relative to the
 * repository root, as code scanning wants them, so no report shows a runner's absolute paths.
 *
 * @param comparison the comparison, {@link Comparison#NONE} without a baseline
 * @param severities the rules' severities in force (rules not named keep their defaults)
 * @param paths how the files of findings are shown
 */
public record CiInput(CheckResult result, Comparison comparison, Map<Rule, Severity> severities, Gate gate, ReviewPaths paths) {

  public CiInput {
    severities = Map.copyOf(severities);
  }

  /** The severity a rule has in this run. */
  public Severity severity(Rule rule) {
    return severities.getOrDefault(rule, rule.defaultSeverity());
  }

  /** Whether a baseline was compared with. */
  public boolean hasBaseline() {
    return comparison.hasChanges();
  }

  /** The status of each finding of the result, in order (all new without a baseline). */
  public List<Changes.Status> statuses() {
    return Gate.statuses(result, comparison);
  }

  /** Whether a finding fails the build, as the gate judges it. */
  public boolean fails(Diagnostic d, Changes.Status status) {
    return gate.counts(d, hasBaseline() ? status : Changes.Status.NEW);
  }

  /** A locator of the entity each finding is about. */
  public EntityLocator entities() {
    return new EntityLocator(result.plan());
  }

  /** The plan's id, or {@code plan} when it has none. */
  public String planId() {
    var info = result.plan().info();
    return info == null || info.id() == null ? "plan" : info.id();
  }

  /** How each file of a finding (or of a place it involves) is shown, with {@code /} separators. */
  public Map<SourceFile, String> repositoryPaths() {
    Map<SourceFile, String> out = new HashMap<>();
    for (Diagnostic d : result.diagnostics()) {
      addPath(out, d.location().file());
      d.related().forEach(r -> addPath(out, r.file()));
    }
    return out;
  }

  private void addPath(Map<SourceFile, String> out, SourceFile f) {
    if (f != null && !out.containsKey(f)) {
      out.put(f, paths.of(f));
    }
  }

  /** {@code path:line:column}, with the path as the reports show it. */
  public String place(Location at) {
    return (at.file() == null ? "<configuration>" : paths.of(at.file())) + ":" + at.line() + ":" + at.column();
  }

  /** {@code path:line:column: severity: message [rule]}, as the build logs it, with the path as the reports show it. */
  public String format(Diagnostic d) {
    return place(d.location()) + ": " + d.severity().label() + ": " + d.fullMessage() + " [" + d.rule().id() + "]";
  }
}
