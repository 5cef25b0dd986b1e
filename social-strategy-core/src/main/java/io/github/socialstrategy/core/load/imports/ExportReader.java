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
 * scope, and reports every problem at the file and line. One implementation per {@code format}; {@link
 * ExportReaders#of} gives it. The rules all formats share are in the {@linkplain
 * io.github.socialstrategy.core.load.imports package documentation}.
 */
public interface ExportReader {

  /**
   * Reads the export. Problems in the file are reported and the rest of the file is still read where that
   * makes sense; only I/O failures are thrown.
   *
   * @param file the export file (already checked to be inside the plan directory)
   * @param spec the import entry: format, scope, column-to-metric mapping
   * @param diagnostics where problems go: rule {@code yaml-syntax} for a file that is not UTF-8 or not CSV
   *     (or a row whose cells do not fit the header); {@code missing-field} for a file whose header is not
   *     its format's, or that lacks a mapped column (the message lists the columns expected and found);
   *     {@code invalid-value} for a bad date or number cell, at its line and column; {@code unknown-key}
   *     and {@code duplicate-key} for header problems of {@code generic-csv} (as in results tables) and
   *     {@code duplicate-key} for a mapped column a header repeats
   * @param out where the summed results go, in date then metric order
   */
  void read(SourceFile file, ImportSpec spec, Diagnostics diagnostics, List<Result> out) throws IOException;
}
