package io.github.socialstrategy.core.load;

import io.github.socialstrategy.core.load.imports.ExportFormats;
import io.github.socialstrategy.core.model.ImportFormat;
import io.github.socialstrategy.core.model.ImportSpec;
import io.github.socialstrategy.core.model.Period;
import io.github.socialstrategy.core.model.Ref;
import io.github.socialstrategy.core.model.Rule;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/** Reads the mappings of an {@code imports} entry and checks which of its keys its format allows. */
final class ImportKeys {

  private ImportKeys() {}

  /**
   * A mapping such as {@code metrics} or {@code campaigns}: each name in the export (with the place of the
   * key) to a plan id (with the place of the value), in the order written.
   *
   * @param what what each entry maps, for messages: "an export column to a metric id (Impressions: impressions)"
   */
  static List<ImportSpec.Mapping> mapping(YamlContext ctx, MappingReader m, String key, String what) {
    Node node = m.node(key);
    if (node == null) {
      return List.of();
    }
    if (!(node instanceof MappingNode mapping)) {
      ctx.diagnostics.report(
          Rule.INVALID_VALUE,
          ctx.at(node),
          "'" + key + "' of " + m.label() + " must map " + what + ", not " + MappingReader.describe(node));
      return List.of();
    }
    List<ImportSpec.Mapping> entries = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    for (NodeTuple t : mapping.getValue()) {
      if (t.getKeyNode() instanceof ScalarNode k && t.getValueNode() instanceof ScalarNode v && !MappingReader.isNull(v)
          && !MappingReader.isNull(k)) {
        Integer first = seen.putIfAbsent(k.getValue(), k.getStartMark().getLine() + 1);
        if (first != null) {
          ctx.diagnostics.report(
              Rule.DUPLICATE_KEY,
              ctx.at(k),
              "'" + k.getValue() + "' is mapped twice in '" + key + "' of " + m.label() + " (first at line " + first + "); keep one");
          continue;
        }
        entries.add(new ImportSpec.Mapping(k.getValue(), ctx.at(k), new Ref(v.getValue(), ctx.at(v))));
      } else {
        ctx.diagnostics.report(
            Rule.INVALID_VALUE, ctx.at(t.getValueNode()), "'" + key + "' of " + m.label() + " must map " + what);
      }
    }
    return entries;
  }

  /** Reports the keys the import's format does not take, and a {@code period} together with a {@code date}. */
  static void check(
      YamlContext ctx, MappingReader m, ImportFormat format, ImportSpec.Mapping cost, Period period, LocalDate date,
      List<ImportSpec.Mapping> campaigns) {
    String label = m.has("file") ? "the import of '" + m.text("file", false) + "'" : m.label();
    if (!ExportFormats.takesImportKeys(format)) {
      for (String key : List.of("cost", "period", "date")) {
        if (m.has(key)) {
          ctx.diagnostics.report(
              Rule.INVALID_VALUE,
              m.place(key),
              "'" + key + "' does not apply to a " + format.id() + " import, whose rows carry their own dates and costs; remove it");
        }
      }
    }
    if (period != null && date != null) {
      ctx.diagnostics.report(
          Rule.INVALID_VALUE,
          m.place("date"),
          label + " has both 'period' and 'date'; keep 'period' for an export of totals over a range, or 'date' for one date");
    }
    if (period != null && period.start() != null && period.end() != null && period.end().isBefore(period.start())) {
      ctx.diagnostics.report(
          Rule.SCHEDULE_ORDER, m.place("period"), "the period of " + label + " ends (" + period.end() + ") before it starts ("
              + period.start() + "); swap or correct the dates");
    }
    if (!campaigns.isEmpty() && ExportFormats.campaignColumns(format).isEmpty()) {
      ctx.diagnostics.report(
          Rule.INVALID_VALUE,
          m.place("campaigns"),
          "'campaigns' maps the campaigns of an ads export (meta-ads, x-ads, linkedin-ads, google-ads); a " + format.id()
              + " export has no campaign column. Remove 'campaigns', or scope the import with 'campaign'");
    }
  }
}
