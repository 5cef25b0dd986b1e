package io.github.socialstrategy.core.load.imports;

import io.github.socialstrategy.core.model.ImportFormat;

/** The reader of each import {@code format}. */
public final class ExportReaders {

  private ExportReaders() {}

  /**
   * The reader for a format. Every {@link ImportFormat} has one: the plan format's list of formats is
   * closed, and an unknown {@code format} is already reported where the import is read from YAML.
   *
   * @param opener how to open a file as CSV records (the loader's parser)
   */
  public static ExportReader of(ImportFormat format, CsvRecords.Opener opener) {
    return switch (format) {
      case X_ANALYTICS -> new XAnalyticsReader(opener);
      case META_BUSINESS_SUITE -> new MetaBusinessSuiteReader(opener);
      case LINKEDIN_PAGE -> new LinkedInPageReader(opener);
      case YOUTUBE_STUDIO -> new YouTubeStudioReader(opener);
      case GA4 -> new Ga4Reader(opener);
      case GENERIC_CSV -> new GenericCsvReader(opener);
    };
  }
}
