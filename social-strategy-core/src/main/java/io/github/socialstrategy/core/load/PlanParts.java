package io.github.socialstrategy.core.load;

import io.github.socialstrategy.core.model.Activity;
import io.github.socialstrategy.core.model.Campaign;
import io.github.socialstrategy.core.model.Channel;
import io.github.socialstrategy.core.model.Framework;
import io.github.socialstrategy.core.model.ImportSpec;
import io.github.socialstrategy.core.model.ImportSummary;
import io.github.socialstrategy.core.model.LinkRef;
import io.github.socialstrategy.core.model.Metric;
import io.github.socialstrategy.core.model.Objective;
import io.github.socialstrategy.core.model.Page;
import io.github.socialstrategy.core.model.PlanInfo;
import io.github.socialstrategy.core.model.Result;
import io.github.socialstrategy.core.model.SourceFile;
import io.github.socialstrategy.core.model.Strategy;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything read from a plan directory, in sorted file order and document order, before references are
 * linked. Duplicates are still here; the linker decides which definition counts.
 */
public record PlanParts(
    List<PlanInfo> plans,
    List<Framework> frameworks,
    List<Metric> metrics,
    List<Channel> channels,
    List<Objective> objectives,
    List<Strategy> strategies,
    List<Activity> activities,
    List<Campaign> campaigns,
    List<ImportSpec> imports,
    List<ImportSummary> importSummaries,
    List<Result> results,
    List<Page> pages,
    List<LinkRef> links,
    List<SourceFile> files) {

  /** The mutable accumulator the readers add to. */
  static final class Builder {
    final List<PlanInfo> plans = new ArrayList<>();
    final List<Framework> frameworks = new ArrayList<>();
    final List<Metric> metrics = new ArrayList<>();
    final List<Channel> channels = new ArrayList<>();
    final List<Objective> objectives = new ArrayList<>();
    final List<Strategy> strategies = new ArrayList<>();
    final List<Activity> activities = new ArrayList<>();
    final List<Campaign> campaigns = new ArrayList<>();
    final List<ImportSpec> imports = new ArrayList<>();
    final List<ImportSummary> importSummaries = new ArrayList<>();
    final List<Result> results = new ArrayList<>();
    final List<Page> pages = new ArrayList<>();
    final List<LinkRef> links = new ArrayList<>();
    final List<SourceFile> files = new ArrayList<>();

    PlanParts build() {
      return new PlanParts(
          List.copyOf(plans),
          List.copyOf(frameworks),
          List.copyOf(metrics),
          List.copyOf(channels),
          List.copyOf(objectives),
          List.copyOf(strategies),
          List.copyOf(activities),
          List.copyOf(campaigns),
          List.copyOf(imports),
          List.copyOf(importSummaries),
          List.copyOf(results),
          List.copyOf(pages),
          List.copyOf(links),
          List.copyOf(files));
    }
  }
}
