package io.github.socialstrategy.core.load.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The nearest column to a mapped name the export lacks: by words first, then by spelling. */
class ColumnNamesTest {

  private static final List<String> X =
      List.of("Tweet id", "time", "impressions", "engagements", "retweets", "replies", "likes", "user profile clicks",
          "url clicks", "hashtag clicks", "detail expands", "permalink clicks", "media views");

  @Test
  void aRenamedColumnIsFoundByItsWordsWhereSpellingAloneWouldPickAnother() {
    assertThat(ColumnNames.nearest("link clicks", X)).isEqualTo("url clicks");
    assertThat(ColumnNames.nearest("Reposts", X)).isEqualTo("retweets");
    assertThat(ColumnNames.nearest("Comments", X)).isEqualTo("replies");
    assertThat(ColumnNames.nearest("Favorites", X)).isEqualTo("likes");
    assertThat(ColumnNames.nearest("Amount spent (EUR)", List.of("Campaign", "Spend", "Impressions"))).isEqualTo("Spend");
  }

  @Test
  void aTypoIsFoundBySpelling() {
    assertThat(ColumnNames.nearest("Impresions", X)).isEqualTo("impressions");
    assertThat(ColumnNames.nearest("engagments", X)).isEqualTo("engagements");
  }

  @Test
  void nothingIsSuggestedWhenNothingIsNear() {
    assertThat(ColumnNames.nearest("Revenue", X)).isNull();
    assertThat(ColumnNames.didYouMean("Revenue", X)).isNull();
  }

  @Test
  void wordsAreComparedInTheSingularAndThroughSynonyms() {
    assertThat(ColumnNames.words("Link Clicks (total)")).containsExactly("url", "click", "total");
    assertThat(ColumnNames.words("Impr.")).containsExactly("impression");
  }
}
