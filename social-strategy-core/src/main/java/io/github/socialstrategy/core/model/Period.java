package io.github.socialstrategy.core.model;

import java.time.LocalDate;

/** A closed date range; both ends are included. Either end may be null when it was missing or invalid. */
public record Period(LocalDate start, LocalDate end) {

  /** Whether both ends are known and in order. */
  public boolean isValid() {
    return start != null && end != null && !end.isBefore(start);
  }

  /** Whether the date lies inside the period (an unknown end never excludes). */
  public boolean contains(LocalDate date) {
    return (start == null || !date.isBefore(start)) && (end == null || !date.isAfter(end));
  }

  /** Days in the period, both ends included; 0 when not valid. */
  public long days() {
    return isValid() ? end.toEpochDay() - start.toEpochDay() + 1 : 0;
  }
}
