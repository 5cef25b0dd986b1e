package io.github.socialstrategy.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** "Did you mean" hints: the nearest plausible word, the same one every time. */
class SuggestionsTest {

  private static final List<String> KEYS =
      List.of("id", "title", "implements", "channels", "goals", "owner", "status", "schedule", "hoursPerWeek", "budget");

  @Test
  void nearestKnownWordToATypo() {
    assertThat(Suggestions.nearest("implement", KEYS)).isEqualTo("implements");
    assertThat(Suggestions.nearest("implemnts", KEYS)).isEqualTo("implements");
    assertThat(Suggestions.nearest("tilte", KEYS)).isEqualTo("title");
    assertThat(Suggestions.nearest("hoursperweek", KEYS)).as("letter case is ignored").isEqualTo("hoursPerWeek");
    assertThat(Suggestions.nearest("ID", KEYS)).isEqualTo("id");
    assertThat(Suggestions.didYouMean("ower", KEYS)).isEqualTo("did you mean 'owner'?");
  }

  @Test
  void noHintWhenNothingIsClose() {
    assertThat(Suggestions.nearest("description", KEYS)).isNull();
    assertThat(Suggestions.nearest("<<", KEYS)).isNull();
    assertThat(Suggestions.nearest("ab", KEYS)).isNull();
    assertThat(Suggestions.nearest("x", KEYS)).isNull();
    assertThat(Suggestions.nearest("", KEYS)).isNull();
    assertThat(Suggestions.nearest(null, KEYS)).isNull();
    assertThat(Suggestions.nearest("title", List.of())).isNull();
    assertThat(Suggestions.didYouMean("zzzzzz", KEYS)).isNull();
  }

  @Test
  void tiesGoToTheWordThatSortsFirstWhateverTheOrderOfCandidates() {
    assertThat(Suggestions.nearest("hat", List.of("cat", "bat", "rat"))).isEqualTo("bat");
    assertThat(Suggestions.nearest("hat", List.of("rat", "cat", "bat"))).isEqualTo("bat");
    assertThat(Suggestions.nearest("weekly-vide", List.of("weekly-video", "weekly-vibe"))).isEqualTo("weekly-vibe");
    assertThat(Suggestions.nearest("weekly-vide", List.of("weekly-vibe", "weekly-video"))).isEqualTo("weekly-vibe");
  }
}
