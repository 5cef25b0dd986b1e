package io.github.socialstrategy.core.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** When a site counts as up to date: the same inputs, and every file it was written with still in place. */
class SiteInputsTest {

  @TempDir Path dir;

  private String fingerprint(Path plan, String asOf) throws IOException {
    return SiteInputs.fingerprint().fact("asOf", asOf).tree("plan", plan).value();
  }

  private Path site() throws IOException {
    Path site = dir.resolve("out/social-strategy");
    try (DirectorySiteOutput out = DirectorySiteOutput.open(site, List.of(dir.resolve("plan")))) {
      out.write("index.html", "<h1>Plan</h1>".getBytes(StandardCharsets.UTF_8));
      out.write("charts/1.svg", "<svg/>".getBytes(StandardCharsets.UTF_8));
      out.commit();
    }
    return site;
  }

  @Test
  void aSiteIsUpToDateOnlyForTheInputsItWasRecordedWith() throws IOException {
    Path plan = Files.createDirectories(dir.resolve("plan"));
    Files.writeString(plan.resolve("plan.yaml"), "plan: { id: a }\n");
    String before = fingerprint(plan, null);
    assertThat(fingerprint(plan, null)).as("the same bytes give the same fingerprint").isEqualTo(before);

    Path site = site();
    assertThat(SiteInputs.upToDate(site, before)).as("no record yet").isFalse();
    SiteInputs.remember(site, before);
    assertThat(SiteInputs.upToDate(site, before)).isTrue();
    assertThat(dir.resolve("out/.social-strategy.inputs")).as("beside the site, not in it").isRegularFile();
    assertThat(site.resolve(".social-strategy.inputs")).doesNotExist();

    // another setting, another byte of a plan file, a new file: each is another fingerprint
    assertThat(SiteInputs.upToDate(site, fingerprint(plan, "2026-06-30"))).isFalse();
    Files.writeString(plan.resolve("plan.yaml"), "plan: { id: b }\n");
    assertThat(SiteInputs.upToDate(site, fingerprint(plan, null))).isFalse();
    Files.writeString(plan.resolve("plan.yaml"), "plan: { id: a }\n");
    assertThat(SiteInputs.upToDate(site, fingerprint(plan, null))).as("back to the same bytes").isTrue();
    Files.writeString(plan.resolve("notes.md"), "");
    assertThat(SiteInputs.upToDate(site, fingerprint(plan, null))).as("an empty new file counts").isFalse();
    Files.delete(plan.resolve("notes.md"));

    // a file of the site edited or gone: rendered again
    Files.writeString(site.resolve("charts/1.svg"), "<svg></svg>");
    assertThat(SiteInputs.upToDate(site, before)).isFalse();
    Files.writeString(site.resolve("charts/1.svg"), "<svg/>");
    assertThat(SiteInputs.upToDate(site, before)).isTrue();
    Files.delete(site.resolve("index.html"));
    assertThat(SiteInputs.upToDate(site, before)).isFalse();
  }

  @Test
  void aSiteBeingReplacedHasNoRecordAndNoFingerprintMeansRender() throws IOException {
    Path plan = Files.createDirectories(dir.resolve("plan"));
    Files.writeString(plan.resolve("plan.yaml"), "plan: { id: a }\n");
    String key = fingerprint(plan, null);
    Path site = site();
    SiteInputs.remember(site, key);
    SiteInputs.forget(site);
    assertThat(SiteInputs.upToDate(site, key)).as("forgotten before a new site goes in").isFalse();
    SiteInputs.remember(site, null);
    assertThat(SiteInputs.upToDate(site, null)).isFalse();
    assertThat(dir.resolve("out/.social-strategy.inputs")).doesNotExist();
  }
}
