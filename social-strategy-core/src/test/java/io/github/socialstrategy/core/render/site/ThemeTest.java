package io.github.socialstrategy.core.render.site;

import static io.github.socialstrategy.core.render.site.Sites.one;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.socialstrategy.core.CheckResult;
import io.github.socialstrategy.core.PlanFixture;
import io.github.socialstrategy.core.SocialStrategy;
import io.github.socialstrategy.core.render.MemorySiteOutput;
import io.github.socialstrategy.core.render.theme.Theme;
import io.github.socialstrategy.core.render.theme.ThemeException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A user's theme directory over the default theme: one overriding file at a time, the rest from the
 * default; missing directories and broken templates fail with the absolute path (and line) in the message.
 * Theme fixtures are under {@code src/test/resources/site/themes/}.
 */
class ThemeTest {

  private static CheckResult checked;

  @BeforeAll
  static void check() {
    checked = Sites.check(Sites.fixture("gaps"));
  }

  private static Path theme(String name) {
    return PlanFixture.resource("/site/themes/" + name).toAbsolutePath().normalize();
  }

  @Test
  void anOverridingTemplateIsUsedAndTheOthersComeFromTheDefaultTheme() throws Exception {
    MemorySiteOutput site = Sites.render(checked, Theme.load(theme("custom")));

    Document notes = Sites.page(site, "pages/notes.html");
    assertThat(one(notes, "#custom-theme-marker").text()).isEqualTo("Rendered by the custom page template.");
    assertThat(one(notes, "body").hasClass("custom-narrative")).isTrue();
    // the override imports the default theme's macros: navigation and breadcrumbs as everywhere
    assertThat(notes.select("nav.main-nav a")).hasSize(7);
    assertThat(one(notes, "nav.crumbs").text()).contains("Dashboard");
    // its Markdown body still goes through the engine
    assertThat(one(notes, "article.custom-prose a.entity-link").attr("href")).isEqualTo("../activities/weekly-post.html");

    Document index = Sites.page(site, "index.html");
    assertThat(index.select("#custom-theme-marker")).isEmpty();
    assertThat(index.select("section[aria-labelledby=health-h] li.card")).hasSize(5);
    // apart from the overridden page and the assets, the site is the default theme's
    MemorySiteOutput plain = Sites.render(checked);
    for (String path : plain.files().keySet()) {
      if (!path.equals("pages/notes.html") && !path.startsWith("assets/")) {
        assertThat(site.files().get(path)).as(path).isEqualTo(plain.files().get(path));
      }
    }
  }

  @Test
  void anOverridingAssetReplacesTheDefaultAndNewAssetsAreAdded() throws Exception {
    MemorySiteOutput site = Sites.render(checked, Theme.load(theme("custom")));
    String defaultCss;
    try (InputStream in = Theme.class.getResourceAsStream(Theme.CLASSPATH_ROOT + "/assets/site.css")) {
      defaultCss = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }

    assertThat(site.text("assets/site.css"))
        .isEqualTo(Files.readString(theme("custom").resolve("assets/site.css")))
        .isNotEqualTo(defaultCss);
    assertThat(site.text("assets/extra/print.css")).isEqualTo(Files.readString(theme("custom").resolve("assets/extra/print.css")));
    assertThat(Sites.render(checked).text("assets/site.css")).isEqualTo(defaultCss);
  }

  @Test
  void aThemeDirectoryThatDoesNotExistIsRefusedWithItsAbsolutePath(@TempDir Path tmp) {
    Path missing = tmp.resolve("no-such-theme");

    assertThatThrownBy(() -> Theme.load(missing))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(missing.toAbsolutePath().toString())
        .hasMessageContaining("does not exist");
  }

  @Test
  void aRelativeThemeDirectoryIsNamedByItsAbsolutePath() {
    Path relative = Path.of("target", "no-such-theme-here");

    assertThatThrownBy(() -> Theme.load(relative))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(relative.toAbsolutePath().normalize().toString());
  }

  @Test
  void aThemeDirectoryThatIsAFileIsRefused(@TempDir Path tmp) throws Exception {
    Path file = Files.writeString(tmp.resolve("theme.txt"), "not a directory");

    assertThatThrownBy(() -> Theme.load(file)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining(file.toString());
  }

  @Test
  void aTemplateWithASyntaxErrorIsNamedWithItsAbsolutePathAndLineBeforeAnythingIsWritten() throws Exception {
    Theme theme = Theme.load(theme("broken"));
    MemorySiteOutput out = new MemorySiteOutput();

    ThemeException e = catchThrowableOfType(ThemeException.class, () -> SocialStrategy.report(checked, theme, out));

    assertThat(e).isNotNull();
    assertThat(e.getMessage()).contains(theme("broken").resolve("index.ftlh").toString()).contains("line 3");
    assertThat(out.files()).as("templates are checked before the first file is written").isEmpty();
  }

  @Test
  void aBrokenOverrideOfTheSharedMacrosIsNamedWithItsOwnPathAndLine() throws Exception {
    Theme theme = Theme.load(theme("broken-lib"));

    ThemeException e = catchThrowableOfType(ThemeException.class, () -> SocialStrategy.report(checked, theme, new MemorySiteOutput()));

    assertThat(e).isNotNull();
    assertThat(e.getMessage()).contains(theme("broken-lib").resolve("lib/ui.ftlh").toString()).contains("line 3");
  }

  @Test
  void aTemplateFailingWhileRenderingIsNamedWithItsPathAndLine() throws Exception {
    Theme theme = Theme.load(theme("failing"));
    MemorySiteOutput out = new MemorySiteOutput();

    ThemeException e = catchThrowableOfType(ThemeException.class, () -> SocialStrategy.report(checked, theme, out));

    assertThat(e).isNotNull();
    assertThat(e.getMessage()).contains(theme("failing").resolve("schedule.ftlh").toString()).contains("line 2").contains("noSuchValue");
    // it failed mid-way: the pages before the schedule were already written
    assertThat(out.files()).containsKey("index.html").doesNotContainKey("schedule.html").doesNotContainKey("plan.json");
  }
}
