package io.github.socialstrategy.core.render.aggregate;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.socialstrategy.core.CheckResult;
import io.github.socialstrategy.core.PlanFixture;
import io.github.socialstrategy.core.render.MemorySiteOutput;
import io.github.socialstrategy.core.render.page.AggregateRenderer;
import io.github.socialstrategy.core.render.theme.Theme;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The organisation view: both plans side by side, every objective, findings with their own paths, each site beneath. */
class AggregateRendererTest {

  @Test
  void twoPlansSideBySide(@TempDir Path dir) throws Exception {
    CheckResult clean = PlanFixture.clean(dir.resolve("clean")).check();
    CheckResult warned =
        PlanFixture.clean(dir.resolve("warned"))
            .write("extra.yaml", "objectives:\n  - { id: hear-customers, title: Hear customers, pillar: intelligence }\n")
            .check(b -> b.baseDirectory(dir.resolve("warned")));
    MemorySiteOutput out = new MemorySiteOutput();
    List<String> folders =
        new AggregateRenderer(Theme.load(null))
            .render("ACME plans", List.of(new AggregateRenderer.Plan("North", clean), new AggregateRenderer.Plan("assets", warned)), out);

    assertThat(folders).containsExactly("north", "assets-2");
    assertThat(out.files()).containsKeys("index.html", "assets/site.css", "north/index.html", "north/plan.json",
        "assets-2/index.html", "assets-2/objectives/hear-customers.html");
    Document index = Jsoup.parse(out.text("index.html"));
    assertThat(index.title()).isEqualTo("ACME plans");
    assertThat(index.select("table.plans tbody tr")).hasSize(2);
    assertThat(index.select("table.plans a[href=north/index.html]")).hasSize(1);
    int objectives = clean.plan().objectives().list().size() + warned.plan().objectives().list().size();
    assertThat(index.select("table.objectives tbody tr")).hasSize(objectives);
    assertThat(index.select("table.objectives a[href=assets-2/objectives/hear-customers.html]").text()).isEqualTo("Hear customers");
    // The finding keeps the path its plan shows: relative to that plan's project, not to the aggregate.
    assertThat(index.select("table.findings code").eachText()).contains("extra.yaml:2:11");
    assertThat(index.text()).contains(warned.warnings() + " warnings");
  }
}
