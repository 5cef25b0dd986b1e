package io.github.socialstrategy.core.load.imports;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.socialstrategy.core.model.Diagnostic;
import io.github.socialstrategy.core.model.Rule;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What every format reports: a file that is not its format, missing columns, bad cells, unreadable files. */
class ImportErrorsTest {

  @TempDir Path dir;

  private static final String TWEET_ACTIVITY_COLUMNS =
      "Tweet id, Tweet permalink, Tweet text, time, impressions, engagements, engagement rate, retweets, replies, likes, "
          + "user profile clicks, url clicks, hashtag clicks, detail expands, permalink clicks, app opens, app installs, "
          + "follows, email tweet, dial phone, media views, media engagements, promoted impressions, promoted engagements, "
          + "promoted engagement rate, promoted retweets, promoted replies, promoted likes, promoted user profile clicks, "
          + "promoted url clicks, promoted hashtag clicks, promoted detail expands, promoted permalink clicks, promoted app "
          + "opens, promoted app installs, promoted follows, promoted email tweet, promoted dial phone, promoted media views, "
          + "promoted media engagements";

  @Test
  void aFileWhoseHeaderIsNotItsFormatsListsTheColumnsExpectedAndFound() {
    ImportHarness.Loaded loaded =
        new ImportHarness(dir)
            .fixture("x-tweet-activity.csv")
            .load(
                """
                imports:
                  - file: exports/x-tweet-activity.csv
                    format: youtube-studio
                    metrics: { impressions: impressions }
                """);

    assertThat(loaded.results()).isEmpty();
    assertThat(loaded.findings())
        .containsExactly(
            "exports/x-tweet-activity.csv:1:1 missing-field: the file does not look like a youtube-studio export: expected "
                + "columns Content, Video title, Video publish time, Duration, Views, Watch time (hours), Subscribers, "
                + "Impressions, Impressions click-through rate (%), ... (Table data.csv) or Date, Views, ... (Chart data.csv, "
                + "Totals.csv); found: " + TWEET_ACTIVITY_COLUMNS + ". Check the import's 'format', or export the file again "
                + "from the platform");
  }

  @Test
  void anXFileWithNeitherGenerationsHeaderIsNotAnXExport() {
    ImportHarness.Loaded loaded =
        new ImportHarness(dir)
            .write("exports/x.csv", "id,when,impressions\n1,2026-01-01,5\n")
            .load(
                """
                imports:
                  - file: exports/x.csv
                    format: x-analytics
                    metrics: { impressions: impressions }
                """);

    assertThat(loaded.findings())
        .containsExactly(
            "exports/x.csv:1:1 missing-field: the file does not look like a x-analytics export: expected columns Tweet id, "
                + "Tweet permalink, Tweet text, time, impressions, engagements, ... (tweet activity) or Post id, Date, Post "
                + "text, Post Link, Impressions, Likes, ... (account posts); found: id, when, impressions. Check the "
                + "import's 'format', or export the file again from the platform");
  }

  @Test
  void aMappedColumnTheExportLacksIsNamedWithTheColumnsFoundAndAHintWhileTheOthersAreStillRead() {
    ImportHarness.Loaded loaded =
        new ImportHarness(dir)
            .fixture("x-tweet-activity.csv")
            .load(
                """
                imports:
                  - file: exports/x-tweet-activity.csv
                    format: x-analytics
                    metrics:
                      Impresions: impressions
                      likes: likes
                """);

    assertThat(loaded.results()).containsExactly("2026-03-01 likes 100 @2:134", "2026-03-02 likes 40 @5:132");
    assertThat(loaded.diagnostics()).hasSize(1);
    Diagnostic d = loaded.diagnostics().get(0);
    assertThat(d.rule()).isEqualTo(Rule.MISSING_FIELD);
    assertThat(d.location()).as("the column's name in the import").hasToString("imports.yaml:5:7");
    assertThat(d.message())
        .isEqualTo(
            "'exports/x-tweet-activity.csv' (x-analytics) has no column 'Impresions', which the import maps to metric "
                + "'impressions'; the columns found are: " + TWEET_ACTIVITY_COLUMNS
                + ". Fix the column name in the import, or export that column");
    assertThat(d.hint()).isEqualTo("did you mean 'impressions'?");
    assertThat(d.related()).as("the export's header").extracting(Object::toString).containsExactly("exports/x-tweet-activity.csv:1:1");
  }

  @Test
  void aBadNumberAndABadDateArePointedAtTheirCells() {
    ImportHarness.Loaded loaded =
        new ImportHarness(dir)
            .write(
                "exports/li.csv",
                """
                Date,Impressions (total),Clicks (organic)
                01/14/2026,1500,40
                01/15/2026,"1.500,0",22
                13/16/2026,2000,51
                ,,
                01/17/2026,N/A,
                """)
            .load(
                """
                imports:
                  - file: exports/li.csv
                    format: linkedin-page
                    metrics: { Impressions (total): impressions, Clicks (organic): clicks }
                """);

    assertThat(loaded.findings())
        .containsExactly(
            "exports/li.csv:3:12 invalid-value: column 'Impressions (total)' (column B) must hold a number such as 1200, \"15,000\" or "
                + "4.5% (or be empty or '-' for none), not '1.500,0'",
            "exports/li.csv:4:1 invalid-value: column 'Date' (column A) must hold a date such as 2026-07-14, 07/14/2026 or Jul 14, 2026, "
                + "not '13/16/2026'; the row is skipped",
            "exports/li.csv:6:12 invalid-value: column 'Impressions (total)' (column B) must hold a number such as 1200, \"15,000\" or "
                + "4.5% (or be empty or '-' for none), not 'N/A'");
    assertThat(loaded.results())
        .containsExactly(
            "2026-01-14 clicks 40 @2:17", "2026-01-14 impressions 1500 @2:12", "2026-01-15 clicks 22 @3:22");
  }

  @Test
  void aRowThatDoesNotFitTheHeaderIsReportedAndSkipped() {
    ImportHarness.Loaded loaded =
        new ImportHarness(dir)
            .write(
                "exports/meta.csv",
                "Post ID,Publish time,Views,Reach\n1,07/14/2026 09:30,15,000,800\n2,07/14/2026 10:30,100,50,\n3,07/14/2026\n")
            .load(
                """
                imports:
                  - file: exports/meta.csv
                    format: meta-business-suite
                    metrics: { Views: views }
                """);

    assertThat(loaded.findings())
        .containsExactly(
            "exports/meta.csv:2:1 yaml-syntax: not valid CSV: this row has 5 cells but the header has 4; every row needs one "
                + "cell per column (is a comma inside a cell that is not quoted?). The row is skipped",
            "exports/meta.csv:4:1 yaml-syntax: not valid CSV: this row has 2 cells but the header has 4; every row needs one "
                + "cell per column (is a comma inside a cell that is not quoted?). The row is skipped");
    assertThat(loaded.results()).as("a trailing empty cell is fine").containsExactly("2026-07-14 views 100 @3:20");
  }

  @Test
  void aFileThatIsNotUtf8IsReportedAtTheBadByte() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.write("Date,Impressions (total)\n01/14/2026,100\nDatenschutz f".getBytes(UTF_8));
    bytes.write(0xFC); // ü in Latin-1
    bytes.write("r alle,5\n".getBytes(UTF_8));
    ImportHarness.Loaded loaded =
        new ImportHarness(dir)
            .write("exports/li.csv", bytes.toByteArray())
            .load(
                """
                imports:
                  - file: exports/li.csv
                    format: linkedin-page
                    metrics: { Impressions (total): impressions }
                """);

    assertThat(loaded.findings())
        .containsExactly(
            "exports/li.csv:3:14 yaml-syntax: the file is not UTF-8: byte 0xFC here is not valid UTF-8 (Latin-1 or "
                + "Windows-1252?); save the file as UTF-8");
  }

  @Test
  void aFileThatIsNotCsvIsReportedWhereItBreaks() {
    ImportHarness.Loaded loaded =
        new ImportHarness(dir)
            .write("exports/yt.csv", "Content,Video publish time,Views\nv1,\"Jul 14, 2026,10\nv2,\"Jul 15, 2026\",20\n")
            .load(
                """
                imports:
                  - file: exports/yt.csv
                    format: youtube-studio
                    metrics: { Views: views }
                """);

    assertThat(loaded.findings())
        .containsExactly(
            "exports/yt.csv:3:5 yaml-syntax: not valid CSV: unexpected character after a quoted cell; a quote inside a "
                + "quoted cell is written twice (\"\")");
  }

  @Test
  void aRepeatedColumnNameIsTheFirstCopyAndNoErrorAndNameDotTwoIsTheSecond() {
    ImportHarness.Loaded loaded =
        new ImportHarness(dir)
            .write("exports/yt.csv", "Date,Views,views\n2026-07-14,10,99\n")
            .load(
                """
                imports:
                  - file: exports/yt.csv
                    format: youtube-studio
                    metrics: { Views: views, Views.2: unique-views }
                """);

    assertThat(loaded.findings()).as("a header the user did not write is never an error").isEmpty();
    assertThat(loaded.results()).containsExactly("2026-07-14 unique-views 99 @2:15", "2026-07-14 views 10 @2:12");
  }

  @Test
  void aCopyThatDoesNotExistIsAMissingColumnListingTheCopies() {
    ImportHarness.Loaded loaded =
        new ImportHarness(dir)
            .write("exports/yt.csv", "Date,Views,views\n2026-07-14,10,99\n")
            .load(
                """
                imports:
                  - file: exports/yt.csv
                    format: youtube-studio
                    metrics: { Views.3: views }
                """);

    assertThat(loaded.findings())
        .containsExactly(
            "imports.yaml:4:16 missing-field: 'exports/yt.csv' (youtube-studio) has no column 'Views.3', which the import "
                + "maps to metric 'views'; the columns found are: Date, Views, views.2. Fix the column name in the import, or "
                + "export that column; did you mean 'Views'?");
  }

  @Test
  void twoMappingsOfOneColumnInDifferentLetterCaseAreOne() {
    // The YAML mapping's order is not kept, so which one wins is decided by the names: the one sorting first.
    ImportHarness.Loaded loaded =
        new ImportHarness(dir)
            .write("exports/yt.csv", "Date,Views\n2026-07-14,10\n")
            .load(
                """
                imports:
                  - file: exports/yt.csv
                    format: youtube-studio
                    metrics: { Views: views, VIEWS: video-views }
                """);

    assertThat(loaded.results()).containsExactly("2026-07-14 video-views 10 @2:12");
    assertThat(loaded.findings())
        .containsExactly(
            "imports.yaml:4:16 duplicate-key: column 'Views' is mapped twice in the import of 'exports/yt.csv' (also as "
                + "'VIEWS'; column names match regardless of letter case); keep one");
  }

  @Test
  void anEmptyExportIsReported() {
    ImportHarness.Loaded loaded =
        new ImportHarness(dir)
            .write("exports/empty.csv", "")
            .load(
                """
                imports:
                  - file: exports/empty.csv
                    format: meta-business-suite
                    metrics: { Views: views }
                """);

    assertThat(loaded.results()).isEmpty();
    assertThat(loaded.findings()).singleElement().asString().startsWith(
        "exports/empty.csv:1:1 missing-field: the file is empty, so it does not look like a meta-business-suite export");
  }
}
