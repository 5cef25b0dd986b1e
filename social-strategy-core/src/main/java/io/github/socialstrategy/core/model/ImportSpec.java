package io.github.socialstrategy.core.model;

import java.time.LocalDate;
import java.util.List;

/**
 * A platform analytics export named in {@code imports}.
 *
 * @param file the path inside the plan directory, as written
 * @param format the format, or null when the import names none that exists (reported; the file is then not
 *     read at all)
 * @param sheet the sheet of a workbook to read, or null for its first sheet
 * @param scope the scope every row gets, or null
 * @param metrics export column name to metric, in the order written
 * @param cost the column whose values are recorded as each row's cost, or null (its {@code target} is null)
 * @param period the range the export covers, for rows that are totals over it; null when not given
 * @param date one date for every row of a date-less export; null when not given
 * @param campaigns the platform's campaign names to plan campaigns, in the order written
 */
public record ImportSpec(
    String file,
    ImportFormat format,
    String sheet,
    Scope scope,
    List<Mapping> metrics,
    Mapping cost,
    Period period,
    LocalDate date,
    List<Mapping> campaigns,
    Source source) {

  /**
   * One entry of a mapping an import writes.
   *
   * @param name the name in the export (a column name, a campaign name), as written
   * @param at where the name is written (the mapping key), for findings about the export's side
   * @param target the plan entity it maps to (a metric, a campaign), with the place of its id; null where
   *     there is none ({@code cost})
   */
  public record Mapping(String name, Location at, Ref target) {}

  public ImportSpec {
    metrics = List.copyOf(metrics);
    campaigns = List.copyOf(campaigns);
  }

  /** The place of the import entry itself (its {@code file} key), where findings about the whole export go. */
  public Location at() {
    return source.of("file");
  }
}
