package io.github.socialstrategy.core.model;

import java.time.LocalDate;

/**
 * One measured value. Plans hold millions of these, so a result keeps its places compactly: one line and
 * column per field instead of a {@link Location} object each.
 */
public final class Result {

  /** The fields of a result whose place a diagnostic can name. */
  public enum Field {
    DATE,
    METRIC,
    VALUE,
    SCOPE,
    COST
  }

  private final LocalDate date;
  private final String metric;
  private final double value;
  private final ScopeKind scopeKind;
  private final String scopeId;
  private final double cost;
  private final SourceFile file;
  // For each Field, the line at [2*i] and the column at [2*i+1]; 0 when the field was not written.
  private final int[] places;

  /**
   * @param cost the actual spend, or {@link Double#NaN} when none was recorded
   * @param places line and column per {@link Field}, in field order
   */
  public Result(
      LocalDate date,
      String metric,
      double value,
      ScopeKind scopeKind,
      String scopeId,
      double cost,
      SourceFile file,
      int[] places) {
    this.date = date;
    this.metric = metric;
    this.value = value;
    this.scopeKind = scopeKind;
    this.scopeId = scopeId;
    this.cost = cost;
    this.file = file;
    this.places = places;
  }

  public LocalDate date() {
    return date;
  }

  public String metric() {
    return metric;
  }

  public double value() {
    return value;
  }

  /** The kind of entity the result is attributed to, or null for the whole plan. */
  public ScopeKind scopeKind() {
    return scopeKind;
  }

  /** The id of the entity the result is attributed to, or null. */
  public String scopeId() {
    return scopeId;
  }

  public boolean hasCost() {
    return !Double.isNaN(cost);
  }

  /** The actual spend, or {@link Double#NaN} when none was recorded. */
  public double cost() {
    return cost;
  }

  public SourceFile file() {
    return file;
  }

  /** The place of a field; the row's first field when that one was not written. */
  public Location location(Field field) {
    int i = field.ordinal() * 2;
    if (places[i] == 0) {
      return new Location(file, places[0], places[1]);
    }
    return new Location(file, places[i], places[i + 1]);
  }

  /** The place of the row (its date). */
  public Location location() {
    return location(Field.DATE);
  }
}
