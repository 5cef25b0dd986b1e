package io.github.socialstrategy.core;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.socialstrategy.core.model.Location;
import io.github.socialstrategy.core.model.Plan;
import io.github.socialstrategy.core.model.Result;
import io.github.socialstrategy.core.model.Strategy;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every value read keeps the line and column it was written at, so that any finding can point at it. */
class LoaderPositionsTest {

  @TempDir Path dir;

  private static String at(Location l) {
    return l.file().displayPath() + ":" + l.line() + ":" + l.column();
  }

  @Test
  void scalarValuesAndReferenceListItemsKeepTheirPlaces() {
    Plan plan = PlanFixture.clean(dir).write("more.yaml", """
        objectives:
          - id: grow
            title: "Grow, quoted"
            pillar: sales
        strategies:
          - id: s-one
            title: One
            serves: [grow, be-known]
          - id: s-two
            title: Two
            serves:
              - be-known
              - grow
        """).check().plan();

    var grow = plan.objectives().get("grow");
    assertThat(at(grow.source().at())).isEqualTo("more.yaml:2:5");
    assertThat(at(grow.source().of("id"))).isEqualTo("more.yaml:2:9");
    assertThat(at(grow.source().of("title"))).as("a quoted value starts at its quote").isEqualTo("more.yaml:3:12");
    assertThat(at(grow.pillar().location())).isEqualTo("more.yaml:4:13");

    Strategy one = plan.strategies().get("s-one");
    assertThat(one.serves()).extracting(r -> r.id() + "@" + at(r.location()))
        .containsExactly("grow@more.yaml:8:14", "be-known@more.yaml:8:20");
    Strategy two = plan.strategies().get("s-two");
    assertThat(two.serves()).extracting(r -> r.id() + "@" + at(r.location()))
        .containsExactly("be-known@more.yaml:12:9", "grow@more.yaml:13:9");
  }

  @Test
  void placesInLaterDocumentsCountLinesFromTheTopOfTheFile() {
    Plan plan = PlanFixture.clean(dir).write("channels-2.yaml", """
        channels:
          - id: tiktok
            title: TikTok
        ---
        # second document
        channels:
          - { id: threads, title: Threads }
        """).check().plan();

    assertThat(at(plan.channels().get("tiktok").source().of("title"))).isEqualTo("channels-2.yaml:3:12");
    assertThat(at(plan.channels().get("threads").source().of("title"))).isEqualTo("channels-2.yaml:7:27");
  }

  @Test
  void csvCellsKeepTheirPlacesAcrossQuotedCommasAndLineBreaks() {
    CheckResult result = PlanFixture.clean(dir).write("results/pos.csv", """
        date,metric,channel,value
        2026-02-01,impressions,"insta, gram",5
        2026-02-02,engagements,"multi
        line",7
        2026-02-03,impressions,x,8
        """).check();

    List<Result> rows = rowsOf(result.plan(), "results/pos.csv");
    assertThat(rows).hasSize(3);
    assertThat(rows.get(0).scopeId()).isEqualTo("insta, gram");
    assertThat(at(rows.get(0).location(Result.Field.SCOPE))).isEqualTo("results/pos.csv:2:24");
    assertThat(at(rows.get(0).location(Result.Field.VALUE))).isEqualTo("results/pos.csv:2:38");
    assertThat(rows.get(1).scopeId()).isEqualTo("multi\nline");
    assertThat(at(rows.get(1).location(Result.Field.SCOPE))).isEqualTo("results/pos.csv:3:24");
    assertThat(at(rows.get(1).location(Result.Field.VALUE))).isEqualTo("results/pos.csv:4:7");
    assertThat(at(rows.get(2).location(Result.Field.DATE))).isEqualTo("results/pos.csv:5:1");
    assertThat(at(rows.get(2).location(Result.Field.METRIC))).isEqualTo("results/pos.csv:5:12");
    assertThat(at(rows.get(2).location(Result.Field.VALUE))).isEqualTo("results/pos.csv:5:26");
    // a field not written points at the row
    assertThat(at(rows.get(2).location(Result.Field.COST))).isEqualTo("results/pos.csv:5:1");
    // the unknown channels are reported at their cells
    assertThat(PlanFixture.briefs(result))
        .containsExactly(
            "results/pos.csv:2:24 | error | unresolved-reference",
            "results/pos.csv:3:24 | error | unresolved-reference");
  }

  @Test
  void byteOrderMarkAndCrlfLineEndsDoNotShiftPlaces() {
    CheckResult result = PlanFixture.clean(dir)
        .write("bom.yaml", bom("channels: [{ id: tiktok, title: TikTok }]\r\nstrategies:\r\n  - id: tiktok-first\r\n"
            + "    title: TikTok first\r\n    serves: [be-known, answer-fast]\r\n    description: |\r\n"
            + "      Line one.\r\n      See [x](channel:tiktok).\r\n"
            // an activity for the strategy, so that it is not idle
            + "activities:\r\n  - { id: tiktok-clips, title: TikTok clips, implements: [tiktok-first] }\r\n"))
        .write("results/bom.csv", bom("date,metric,value,channel\r\n2026-02-01,impressions,10,tiktok\r\n"
            + "2026-02-02,\"engage\r\nments\",11,tiktok\r\n"))
        .check();

    Plan plan = result.plan();
    assertThat(at(plan.channels().get("tiktok").source().of("id"))).isEqualTo("bom.yaml:1:18");
    assertThat(plan.strategies().get("tiktok-first").serves()).extracting(r -> at(r.location()))
        .containsExactly("bom.yaml:5:14", "bom.yaml:5:24");
    assertThat(plan.strategies().get("tiktok-first").description()).isEqualTo("Line one.\nSee [x](channel:tiktok).\n");
    assertThat(plan.markdownLinks()).filteredOn(l -> l.target().id().equals("tiktok"))
        .singleElement()
        .satisfies(l -> assertThat(at(l.target().location())).isEqualTo("bom.yaml:8:15"));

    List<Result> rows = rowsOf(plan, "results/bom.csv");
    assertThat(rows).extracting(r -> at(r.location(Result.Field.DATE)), r -> at(r.location(Result.Field.VALUE)))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("results/bom.csv:2:1", "results/bom.csv:2:24"),
            org.assertj.core.groups.Tuple.tuple("results/bom.csv:3:1", "results/bom.csv:4:8"));
    assertThat(rows.get(1).metric()).isEqualTo("engage\r\nments");
    // the second row names metric "engage\r\nments"; nothing else is wrong
    assertThat(PlanFixture.briefs(result)).containsExactly("results/bom.csv:3:12 | error | unresolved-reference");
  }

  private static List<Result> rowsOf(Plan plan, String planPath) {
    return plan.results().stream().filter(r -> r.file().planPath().equals(planPath)).toList();
  }

  private static byte[] bom(String text) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    out.writeBytes(text.getBytes(UTF_8));
    return out.toByteArray();
  }
}
