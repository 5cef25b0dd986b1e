package io.github.socialstrategy.core.load.imports;

import io.github.socialstrategy.core.model.Diagnostics;
import io.github.socialstrategy.core.model.ImportSpec;
import io.github.socialstrategy.core.model.Result;
import io.github.socialstrategy.core.model.SourceFile;
import java.io.IOException;
import java.util.List;

/**
 * Reads one platform analytics export (named in {@code imports}) into results: maps the export's columns
 * to metrics as the import says, sums rows per day and metric, skips totals rows, applies the import's
 * scope, and reports every problem at the file and line. One implementation per {@code format}.
 */
public interface ExportReader {

  /**
   * Reads the export.
   *
   * @param file the export file (already checked to be inside the plan directory)
   * @param spec the import entry: format, scope, column-to-metric mapping
   * @param diagnostics where problems go (rule {@code yaml-syntax} for unreadable files, {@code missing-field}
   *     / {@code unknown-key} for header problems, {@code invalid-value} for bad cells)
   * @param out where the summed results go, in date then metric order
   */
  void read(SourceFile file, ImportSpec spec, Diagnostics diagnostics, List<Result> out) throws IOException;
}
