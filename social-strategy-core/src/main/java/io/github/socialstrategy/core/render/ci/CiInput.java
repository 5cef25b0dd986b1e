package io.github.socialstrategy.core.render.ci;

import io.github.socialstrategy.core.CheckResult;
import io.github.socialstrategy.core.compare.Changes;
import io.github.socialstrategy.core.compare.Comparison;
import io.github.socialstrategy.core.compare.Gate;
import io.github.socialstrategy.core.model.Diagnostic;
import io.github.socialstrategy.core.model.EntityLocator;
import io.github.socialstrategy.core.model.Rule;
import io.github.socialstrategy.core.model.Severity;
import io.github.socialstrategy.core.model.SourceFile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the CI reports are written from: the checked plan, its comparison with a baseline (if any), the
 * severities in force, the gate that decides the build, and the repository root that code scanning wants
 * paths relative to.
 *
 * @param comparison the comparison, {@link Comparison#NONE} without a baseline
 * @param severities the rules' severities in force (rules not named keep their defaults)
 * @param repositoryRoot the top of the git work tree, or null outside one (paths are then relative to the project)
 */
public record CiInput(CheckResult result, Comparison comparison, Map<Rule, Severity> severities, Gate gate, Path repositoryRoot) {

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

  /** Paths of files relative to the repository root, with {@code /} separators; the display path outside one. */
  public Map<SourceFile, String> repositoryPaths() {
    Map<SourceFile, String> out = new HashMap<>();
    for (Diagnostic d : result.diagnostics()) {
      addPath(out, d.location().file());
      d.related().forEach(r -> addPath(out, r.file()));
    }
    return out;
  }

  private void addPath(Map<SourceFile, String> out, SourceFile f) {
    if (f == null || out.containsKey(f)) {
      return;
    }
    String path = f.displayPath();
    if (repositoryRoot != null) {
      Path p;
      try {
        p = f.path().toRealPath();
      } catch (IOException e) {
        p = f.path().toAbsolutePath().normalize();
      }
      if (p.startsWith(repositoryRoot)) {
        path = repositoryRoot.relativize(p).toString().replace('\\', '/');
      }
    }
    out.put(f, path);
  }
}
