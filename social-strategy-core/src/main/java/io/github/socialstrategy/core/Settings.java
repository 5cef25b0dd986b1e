package io.github.socialstrategy.core;

import io.github.socialstrategy.core.analyze.Pacing;
import io.github.socialstrategy.core.model.Rule;
import io.github.socialstrategy.core.model.Severity;
import io.github.socialstrategy.core.validate.Validator;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What the engine is asked to do: which plan, shown relative to which directory, as of which date, with
 * which severities. Immutable; build one with {@link #builder(Path)}.
 *
 * @param planDirectory the plan directory
 * @param baseDirectory the directory that paths in findings are shown relative to
 * @param asOf the report date, or null to take it from the plan
 * @param severities severities that replace rules' defaults
 * @param allocationTolerance how far planned effort per pillar may stray from the intended share, in points
 * @param pacing how far behind its expected attainment a KPI may be before it is at risk, and off track
 */
public record Settings(
    Path planDirectory,
    Path baseDirectory,
    LocalDate asOf,
    Map<Rule, Severity> severities,
    double allocationTolerance,
    Pacing.Thresholds pacing) {

  public Settings {
    severities = severities.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(severities));
  }

  public static Builder builder(Path planDirectory) {
    return new Builder(planDirectory);
  }

  /** Builds {@link Settings}, checking each value as it is given. */
  public static final class Builder {
    private final Path planDirectory;
    private Path baseDirectory;
    private LocalDate asOf;
    private final Map<Rule, Severity> severities = new EnumMap<>(Rule.class);
    private double allocationTolerance = Validator.DEFAULT_ALLOCATION_TOLERANCE;
    private Pacing.Thresholds pacing = Pacing.Thresholds.DEFAULT;

    private Builder(Path planDirectory) {
      this.planDirectory = planDirectory;
    }

    public Builder baseDirectory(Path dir) {
      this.baseDirectory = dir;
      return this;
    }

    public Builder asOf(LocalDate date) {
      this.asOf = date;
      return this;
    }

    /**
     * Sets the report date from text.
     *
     * @throws IllegalArgumentException when it is not a date written YYYY-MM-DD
     */
    public Builder asOf(String date) {
      if (date == null || date.isBlank()) {
        this.asOf = null;
        return this;
      }
      try {
        this.asOf = LocalDate.parse(date.trim());
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException("asOf '" + date + "' is not a date written YYYY-MM-DD, such as 2026-06-30");
      }
      return this;
    }

    /**
     * Sets a rule's severity by the names users write.
     *
     * @throws IllegalArgumentException for an unknown rule or severity, naming the valid ones
     */
    public Builder rule(String rule, String severity) {
      Rule r = Rule.byId(rule == null ? "" : rule.trim())
          .orElseThrow(() -> new IllegalArgumentException(
              "'" + rule + "' is not a rule; the rules are " + Arrays.stream(Rule.values()).map(Rule::id).collect(Collectors.joining(", "))));
      if (severity == null) {
        throw new IllegalArgumentException("rule '" + rule + "' has no severity; use one of error, warning, info, off");
      }
      try {
        severities.put(r, Severity.parse(severity));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("rule '" + r.id() + "': " + e.getMessage(), e);
      }
      return this;
    }

    /** Sets several rules' severities; see {@link #rule(String, String)}. Errors for all bad entries at once. */
    public Builder rules(Map<String, String> rules) {
      List<String> problems = new ArrayList<>();
      rules.entrySet().stream()
          .sorted(Map.Entry.comparingByKey())
          .forEach(e -> {
            try {
              rule(e.getKey(), e.getValue());
            } catch (IllegalArgumentException ex) {
              problems.add(ex.getMessage());
            }
          });
      if (!problems.isEmpty()) {
        throw new IllegalArgumentException(String.join("; ", problems));
      }
      return this;
    }

    public Builder allocationTolerance(double points) {
      if (!(points >= 0 && points <= 100)) {
        throw new IllegalArgumentException("the allocation tolerance must be between 0 and 100 points, not " + points);
      }
      this.allocationTolerance = points;
      return this;
    }

    /**
     * Sets the pacing thresholds, in percentage points behind the expected attainment.
     *
     * @throws IllegalArgumentException unless {@code 0 <= atRisk <= offTrack}
     */
    public Builder pacing(double atRisk, double offTrack) {
      this.pacing = new Pacing.Thresholds(atRisk, offTrack);
      return this;
    }

    public Settings build() {
      Path base = baseDirectory != null ? baseDirectory : planDirectory;
      return new Settings(planDirectory, base, asOf, severities, allocationTolerance, pacing);
    }
  }
}
