package io.github.socialstrategy.core.render.site;

import io.github.socialstrategy.core.*;
import io.github.socialstrategy.core.render.*;
import io.github.socialstrategy.core.render.theme.Theme;
import java.nio.file.*;
import org.junit.jupiter.api.Test;

class ScratchDumpTest {
  @Test
  void dump() throws Exception {
    String plan = System.getProperty("scratch.plan", "../sample-project/src/strategy");
    String out = System.getProperty("scratch.out", "/tmp/site-sample");
    CheckResult r = SocialStrategy.check(Settings.builder(Path.of(plan)).build());
    System.out.println("SUMMARY " + r.summary());
    r.diagnostics().forEach(d -> System.out.println("DIAG " + d.format()));
    MemorySiteOutput mem = new MemorySiteOutput();
    SocialStrategy.report(r, Theme.load(null), mem);
    for (var e : mem.files().entrySet()) {
      Path p = Path.of(out).resolve(e.getKey());
      Files.createDirectories(p.getParent());
      Files.write(p, e.getValue());
    }
  }
}
