package io.github.socialstrategy.core.model;

/**
 * The layout of a platform analytics export, as an import's {@code format} names it. The formats themselves
 * (how each export is read) live with the loader and are found through its registry; the model only needs
 * what the later steps ask of a format.
 */
public interface ImportFormat {

  /** The name imports write: {@code x-analytics}, {@code meta-ads}. */
  String id();

  /**
   * Whether each row of such an export names its own metric and scope (the plan's own result columns), so
   * that the linker checks every row instead of checking the import's mapping once.
   */
  default boolean rowsNameTheirMetrics() {
    return false;
  }
}
