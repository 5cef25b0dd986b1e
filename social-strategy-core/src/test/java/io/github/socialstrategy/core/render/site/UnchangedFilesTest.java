package io.github.socialstrategy.core.render.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.socialstrategy.core.CheckResult;
import io.github.socialstrategy.core.Settings;
import io.github.socialstrategy.core.SocialStrategy;
import io.github.socialstrategy.core.render.DirectorySiteOutput;
import io.github.socialstrategy.core.render.theme.Theme;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An unchanged re-run of the report rewrites no file: every file of the new site is the previous one (same
 * file key, same modification time), and only files whose bytes changed are written.
 */
class UnchangedFilesTest {

  @TempDir Path tmp;

  private DirectorySiteOutput render(CheckResult checked, Path output) throws Exception {
    try (DirectorySiteOutput out = DirectorySiteOutput.open(output, List.of())) {
      SocialStrategy.report(checked, Theme.load(null), out);
      out.commit();
      return out;
    }
  }

  /** Each file with its identity (inode where the file system has one) and modification time. */
  private static Map<String, String> identities(Path dir) throws IOException {
    Map<String, String> out = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path f : walk.filter(Files::isRegularFile).toList()) {
        BasicFileAttributes a = Files.readAttributes(f, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        out.put(dir.relativize(f).toString().replace('\\', '/'), a.fileKey() + " " + a.lastModifiedTime().toMillis());
      }
    }
    return out;
  }

  @Test
  void anUnchangedReRunKeepsEveryFileAsItWas() throws Exception {
    CheckResult checked = Sites.check(Sites.SAMPLE);
    Path output = tmp.resolve("site");
    DirectorySiteOutput first = render(checked, output);
    assertThat(first.unchangedFiles()).isZero();
    // Age the files, so a rewrite would show in the times even on a coarse clock.
    try (Stream<Path> walk = Files.walk(output)) {
      for (Path f : walk.filter(Files::isRegularFile).toList()) {
        Files.setLastModifiedTime(f, FileTime.fromMillis(1_000_000_000_000L));
      }
    }
    Map<String, String> before = identities(output);
    Map<String, String> bytesBefore = DirectorySiteOutputTest.tree(output);

    DirectorySiteOutput second = render(checked, output);

    assertThat(second.writtenFiles()).isZero();
    assertThat(second.unchangedFiles()).isEqualTo(before.size());
    assertThat(identities(output)).isEqualTo(before);
    assertThat(DirectorySiteOutputTest.tree(output)).isEqualTo(bytesBefore);
    try (Stream<Path> siblings = Files.list(tmp)) {
      assertThat(siblings.map(p -> p.getFileName().toString())).containsExactly("site");
    }
  }

  @Test
  void onlyTheFilesWhoseBytesChangedAreWritten() throws Exception {
    Path output = tmp.resolve("site");
    render(Sites.check(Sites.SAMPLE), output);
    Map<String, String> before = identities(output);
    Map<String, String> bytesBefore = DirectorySiteOutputTest.tree(output);

    // Another report date changes the dashboard, the schedule, the results and the KPI charts, not the assets.
    CheckResult later = SocialStrategy.check(Settings.builder(Sites.SAMPLE).asOf("2026-10-31").build());
    DirectorySiteOutput second = render(later, output);

    Map<String, String> after = identities(output);
    Map<String, String> bytesAfter = DirectorySiteOutputTest.tree(output);
    assertThat(second.writtenFiles()).isPositive();
    assertThat(second.unchangedFiles()).isPositive();
    for (String path : after.keySet()) {
      boolean sameBytes = bytesAfter.get(path).equals(bytesBefore.get(path));
      assertThat(after.get(path).equals(before.get(path))).as(path).isEqualTo(sameBytes && before.containsKey(path));
    }
    assertThat(bytesAfter.get("assets/site.css")).isEqualTo(bytesBefore.get("assets/site.css"));
    assertThat(bytesAfter.get("index.html")).isNotEqualTo(bytesBefore.get("index.html"));
    // the new site is exactly what a render from scratch gives
    Path fresh = tmp.resolve("fresh");
    render(later, fresh);
    assertThat(bytesAfter).isEqualTo(DirectorySiteOutputTest.tree(fresh));
  }

  @Test
  void aFileEditedInThePreviousSiteIsWrittenAfresh() throws Exception {
    CheckResult checked = Sites.check(Sites.SAMPLE);
    Path output = tmp.resolve("site");
    render(checked, output);
    String original = Files.readString(output.resolve("index.html"));
    Files.writeString(output.resolve("index.html"), "edited by hand");

    DirectorySiteOutput second = render(checked, output);

    assertThat(second.writtenFiles()).isEqualTo(1);
    assertThat(Files.readString(output.resolve("index.html"))).isEqualTo(original);
  }
}
