package io.github.socialstrategy.core.load.imports;

import io.github.socialstrategy.core.model.Diagnostics;
import io.github.socialstrategy.core.model.ImportSpec;
import io.github.socialstrategy.core.model.ImportSummary;
import io.github.socialstrategy.core.model.Location;
import io.github.socialstrategy.core.model.Result;
import io.github.socialstrategy.core.model.Rule;
import io.github.socialstrategy.core.model.SourceFile;
import java.io.IOException;
import java.util.List;

/**
 * Reads the export an import names, whatever it is (CSV text or a workbook, see {@link ExportFiles}), through
 * its format's reader, and says what was read.
 */
public final class Importer {

  private final io.github.socialstrategy.core.load.PlanTree tree;
  private final ExportRows.Opener csv;
  private final Diagnostics diagnostics;

  /**
   * @param tree the plan's files (the directory on disk, or a revision read from memory)
   * @param csv how the loader opens text files as rows (its strict, position-keeping CSV parser)
   */
  public Importer(io.github.socialstrategy.core.load.PlanTree tree, ExportRows.Opener csv, Diagnostics diagnostics) {
    this.tree = tree;
    this.csv = csv;
    this.diagnostics = diagnostics;
  }

  /**
   * Reads one import, adding its summed results to {@code out}.
   *
   * @param file the export (already checked to be inside the plan directory)
   * @return what was read; null when the file could not be opened at all (reported)
   */
  public ImportSummary read(ImportSpec spec, SourceFile file, List<Result> out) throws IOException {
    ExportFiles.Opened opened = ExportFiles.open(tree, file, spec, csv, diagnostics);
    if (opened == null) {
      return null;
    }
    ImportRun run = new ImportRun(file, spec, opened.sheet(), diagnostics);
    try (ExportRows rows = opened.rows()) {
      ExportFormats.of(spec.format()).read(rows, run);
    } catch (ExportRows.UnreadableException e) {
      diagnostics.report(Rule.YAML_SYNTAX, new Location(file, e.line(), e.column()), e.getMessage());
    }
    return run.finish(out);
  }
}
