package io.github.socialstrategy.core.model;

import java.time.LocalDate;
import java.util.List;

/** The {@code plan} section: the plan's identity, period, currency and intended allocation. */
public record PlanInfo(
    String id,
    String title,
    String organisation,
    Period period,
    String currency,
    LocalDate asOf,
    List<Allocation> allocation,
    String description,
    Source source) {

  public PlanInfo {
    allocation = List.copyOf(allocation);
  }

  /** Whether the plan states an intended allocation at all. */
  public boolean hasAllocation() {
    return !allocation.isEmpty();
  }
}
