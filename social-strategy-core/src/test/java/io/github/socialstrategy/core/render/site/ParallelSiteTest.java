package io.github.socialstrategy.core.render.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.socialstrategy.core.CheckResult;
import io.github.socialstrategy.core.SocialStrategy;
import io.github.socialstrategy.core.bench.PlanGenerator;
import io.github.socialstrategy.core.render.MemorySiteOutput;
import io.github.socialstrategy.core.render.chart.JFreeCharts;
import io.github.socialstrategy.core.render.chart.SvgTraceDiagram;
import io.github.socialstrategy.core.render.page.SiteRenderer;
import io.github.socialstrategy.core.render.theme.Theme;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pages rendered on several threads give the very bytes of a render on one thread. */
class ParallelSiteTest {

  private static SortedMap<String, byte[]> render(CheckResult checked, int threads) throws Exception {
    MemorySiteOutput out = new MemorySiteOutput();
    new SiteRenderer(Theme.load(null), new JFreeCharts(), new SvgTraceDiagram(), threads)
        .render(SocialStrategy.analyze(checked), out);
    return out.files();
  }

  @Test
  void theSampleSiteIsTheSameOnOneThreadAndOnEight() throws Exception {
    CheckResult checked = Sites.check(Sites.SAMPLE);
    SortedMap<String, byte[]> serial = render(checked, 1);
    for (int threads : List.of(2, 8)) {
      SortedMap<String, byte[]> parallel = render(checked, threads);
      assertThat(parallel.keySet()).containsExactlyElementsOf(serial.keySet());
      serial.forEach((path, bytes) -> assertThat(parallel.get(path)).as(path).isEqualTo(bytes));
    }
  }

  @Test
  void whenSeveralPagesFailTheFailureReportedIsTheOneASerialRunMeetsFirst(@TempDir Path theme) throws Exception {
    // Two templates fail; the schedule's renderer comes before the activities' in a serial run.
    java.nio.file.Files.writeString(theme.resolve("schedule.ftlh"), "<p>${noSuchValue.inSchedule}</p>\n");
    java.nio.file.Files.writeString(theme.resolve("activity.ftlh"), "<p>${noSuchValue.inActivity}</p>\n");
    CheckResult checked = Sites.check(Sites.SAMPLE);
    List<String> messages = new java.util.ArrayList<>();
    for (int threads : List.of(1, 2, 8, 8)) {
      MemorySiteOutput out = new MemorySiteOutput();
      var error = org.assertj.core.api.Assertions.catchThrowableOfType(
          io.github.socialstrategy.core.render.theme.ThemeException.class,
          () -> new SiteRenderer(Theme.load(theme), new JFreeCharts(), new SvgTraceDiagram(), threads)
              .render(SocialStrategy.analyze(checked), out));
      messages.add(error.getMessage());
      assertThat(out.files()).containsKey("index.html").doesNotContainKey("schedule.html").doesNotContainKey("plan.json");
    }
    assertThat(messages.get(0)).contains("schedule.ftlh");
    assertThat(messages).containsOnly(messages.get(0));
  }

  @Test
  void aGeneratedPlanWithEveryPageKindIsTheSameOnOneThreadAndOnFour(@TempDir Path dir) throws Exception {
    new PlanGenerator(300, 6_000, 11).writePlan(dir);
    CheckResult checked = Sites.check(dir);
    SortedMap<String, byte[]> serial = render(checked, 1);
    SortedMap<String, byte[]> parallel = render(checked, 4);

    assertThat(serial).hasSizeGreaterThan(350);
    assertThat(parallel.keySet()).containsExactlyElementsOf(serial.keySet());
    serial.forEach((path, bytes) -> assertThat(parallel.get(path)).as(path).isEqualTo(bytes));
  }
}
