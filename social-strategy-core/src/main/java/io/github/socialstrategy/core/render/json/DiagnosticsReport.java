package io.github.socialstrategy.core.render.json;

import io.github.socialstrategy.core.compare.Changes;
import io.github.socialstrategy.core.compare.Snapshot;
import io.github.socialstrategy.core.model.Diagnostic;
import io.github.socialstrategy.core.model.EntityLocator;
import io.github.socialstrategy.core.render.ci.CiInput;
import io.github.socialstrategy.core.render.ci.CiReport;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * {@code diagnostics.json}: every finding as data (rule, severity, message, hint, file, line, column, the
 * entity it is about and, with a baseline, whether it is new), then the baseline's findings that are
 * resolved. Described key by key in the README.
 */
public final class DiagnosticsReport implements CiReport {

  /** The version of this file's layout; raised when a key changes meaning or disappears. */
  public static final int FORMAT_VERSION = 1;

  @Override
  public String id() {
    return "json";
  }

  @Override
  public String fileName() {
    return "diagnostics.json";
  }

  @Override
  public byte[] write(CiInput in) {
    List<Changes.Status> statuses = in.statuses();
    List<Diagnostic> all = in.result().diagnostics();
    int newErrors = 0;
    int newWarnings = 0;
    for (int i = 0; i < all.size(); i++) {
      if (statuses.get(i) == Changes.Status.NEW) {
        newErrors += all.get(i).severity() == io.github.socialstrategy.core.model.Severity.ERROR ? 1 : 0;
        newWarnings += all.get(i).severity() == io.github.socialstrategy.core.model.Severity.WARNING ? 1 : 0;
      }
    }
    JsonWriter w = new JsonWriter();
    w.beginObject();
    w.field("formatVersion", FORMAT_VERSION);
    w.field("plan", in.result().plan().info() == null ? null : in.result().plan().info().id());
    w.field("baseline", in.hasBaseline() ? in.comparison().changes().baseline() : null);
    w.field("errors", in.result().errors());
    w.field("warnings", in.result().warnings());
    w.field("infos", in.result().infos());
    w.field("newErrors", in.hasBaseline() ? Double.valueOf(newErrors) : null);
    w.field("newWarnings", in.hasBaseline() ? Double.valueOf(newWarnings) : null);
    w.field("failsBuild", in.gate().judge(in.result(), in.comparison()).fails());
    EntityLocator entities = in.entities();
    w.name("findings").beginArray();
    for (int i = 0; i < all.size(); i++) {
      Diagnostic d = all.get(i);
      EntityLocator.Entity e = entities.at(d.location());
      w.beginObject();
      w.field("rule", d.rule().id());
      w.field("severity", d.severity().label());
      w.field("message", d.message());
      w.field("hint", d.hint());
      w.field("file", in.paths().of(d.location().file()));
      w.field("line", d.location().line());
      w.field("column", d.location().column());
      w.field("entityKind", e == null ? null : e.kind());
      w.field("entityId", e == null ? null : e.id());
      w.field("status", in.hasBaseline() ? statuses.get(i).keyword() : null);
      w.endObject();
    }
    w.endArray();
    w.name("resolved").beginArray();
    if (in.hasBaseline()) {
      for (Snapshot.Finding f : in.comparison().changes().findings(Changes.Status.RESOLVED)) {
        w.beginObject();
        w.field("rule", f.rule());
        w.field("severity", f.severity());
        w.field("message", f.message());
        w.field("hint", f.hint());
        w.field("file", f.file());
        w.field("line", f.line());
        w.field("column", f.column());
        w.field("entityKind", f.entityKind());
        w.field("entityId", f.entityId());
        w.field("status", "resolved");
        w.endObject();
      }
    }
    w.endArray();
    w.endObject();
    return w.toString().getBytes(StandardCharsets.UTF_8);
  }
}
