package io.github.socialstrategy.core.render.ci;

import io.github.socialstrategy.core.render.json.DiagnosticsReport;
import io.github.socialstrategy.core.render.json.SarifReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The CI report formats, in the order they are written. */
public final class CiReports {

  private CiReports() {}

  public static List<CiReport> all() {
    return List.of(new SarifReport(), new JunitReport(), new DiagnosticsReport());
  }

  /**
   * The reports named, in the registry's order.
   *
   * @throws IllegalArgumentException for a name that is not a format, naming the valid ones
   */
  public static List<CiReport> named(List<String> ids) {
    List<CiReport> out = new ArrayList<>();
    List<String> wanted = ids.stream().map(s -> s.trim().toLowerCase(Locale.ROOT)).filter(s -> !s.isEmpty()).toList();
    for (String id : wanted) {
      if (all().stream().noneMatch(r -> r.id().equals(id))) {
        throw new IllegalArgumentException("'" + id + "' is not a report format; the formats are "
            + all().stream().map(CiReport::id).collect(Collectors.joining(", ")));
      }
    }
    for (CiReport r : all()) {
      if (wanted.contains(r.id())) {
        out.add(r);
      }
    }
    return out;
  }
}
