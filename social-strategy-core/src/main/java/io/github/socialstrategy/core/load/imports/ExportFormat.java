package io.github.socialstrategy.core.load.imports;

import io.github.socialstrategy.core.model.ImportFormat;
import java.io.IOException;

/**
 * One import {@code format}: how its platform's export is read into results. A new format is one class
 * implementing this (usually by extending {@link TableFormat}), added to the list in {@link ExportFormats},
 * with a fixture and a row in the format reference.
 */
interface ExportFormat extends ImportFormat {

  /**
   * Reads the export into the run's sums. Problems in the file are reported and the rest of the file is still
   * read where that makes sense; only I/O failures and unreadable files are thrown.
   */
  void read(ExportRows rows, ImportRun run) throws IOException, ExportRows.UnreadableException;

  /** Whether an import of this format must map columns ({@code metrics}). */
  default boolean needsMetrics() {
    return true;
  }

  /**
   * The columns that name a row's campaign, for {@code campaigns}; empty when the export has none (the key
   * is then refused).
   */
  default java.util.List<String> campaignColumns() {
    return java.util.List.of();
  }

  /** Whether {@code cost}, {@code period} and {@code date} apply (not to rows that carry their own). */
  default boolean takesImportKeys() {
    return true;
  }
}
