package io.github.socialstrategy.core.load.imports;

import io.github.socialstrategy.core.model.ImportFormat;
import java.util.ArrayList;
import java.util.List;

/**
 * The registry of import formats: the one list a new format is added to. Everything else (the YAML
 * reader's list of allowed values, the reference's table, the readers' dispatch) is derived from it.
 */
public final class ExportFormats {

  private ExportFormats() {}

  private static final List<ExportFormat> ALL =
      List.of(
          new XAnalyticsFormat(),
          new MetaBusinessSuiteFormat(),
          new LinkedInPageFormat(),
          new YouTubeStudioFormat(),
          new Ga4Format(),
          new TikTokFormat(),
          new PinterestFormat(),
          new BufferFormat(),
          new HootsuiteFormat(),
          new SproutSocialFormat(),
          new MetaAdsFormat(),
          new XAdsFormat(),
          new LinkedInAdsFormat(),
          new GoogleAdsFormat(),
          new GenericCsvFormat());

  /** The format an import names, or null when there is none of that name. */
  public static ImportFormat byId(String id) {
    for (ExportFormat f : ALL) {
      if (f.id().equals(id)) {
        return f;
      }
    }
    return null;
  }

  /** Every format's name, in the registry's order. */
  public static List<String> ids() {
    List<String> ids = new ArrayList<>();
    for (ExportFormat f : ALL) {
      ids.add(f.id());
    }
    return ids;
  }

  /** Whether an import of this format must have {@code metrics}. */
  public static boolean needsMetrics(ImportFormat format) {
    return of(format).needsMetrics();
  }

  /** The columns that name a row's campaign in this format's exports; empty when {@code campaigns} does not apply. */
  public static List<String> campaignColumns(ImportFormat format) {
    return of(format).campaignColumns();
  }

  /** Whether {@code cost}, {@code period} and {@code date} apply to this format. */
  public static boolean takesImportKeys(ImportFormat format) {
    return of(format).takesImportKeys();
  }

  static ExportFormat of(ImportFormat format) {
    return (ExportFormat) format;
  }
}
