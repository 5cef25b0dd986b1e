package io.github.socialstrategy.core.render.json;

import io.github.socialstrategy.core.compare.Changes;
import io.github.socialstrategy.core.compare.Snapshot;

/**
 * {@code changes.json}: what a change does to the plan, compared with its baseline, for other tools. Keys
 * always come in the same order; lists in the order of {@link Changes}. Described key by key in the README.
 */
public final class ChangesJson {

  /** The version of this file's layout; raised when a key changes meaning or disappears. */
  public static final int FORMAT_VERSION = 1;

  private ChangesJson() {}

  public static String write(Changes c) {
    JsonWriter w = new JsonWriter();
    w.beginObject();
    w.field("formatVersion", FORMAT_VERSION);
    w.field("baseline", c.baseline());
    w.field("newPlan", c.newPlan());
    w.name("summary").beginObject();
    for (Changes.Kind k : Changes.Kind.values()) {
      w.field(k.keyword(), c.entities(k).size());
    }
    w.field("newFindings", c.findings(Changes.Status.NEW).size());
    w.field("newErrors", c.findings(Changes.Status.NEW).stream().filter(f -> "error".equals(f.severity())).count());
    w.field("resolvedFindings", c.findings(Changes.Status.RESOLVED).size());
    w.field("unchangedFindings", c.findings(Changes.Status.UNCHANGED).size());
    w.endObject();

    w.name("entities").beginArray();
    for (Changes.EntityChange e : c.entities()) {
      w.beginObject();
      w.field("kind", e.kind());
      w.field("id", e.id());
      w.field("title", e.title());
      w.field("change", e.change().keyword());
      w.field("previousId", e.previousId());
      w.name("fields").beginArray();
      for (Changes.FieldChange f : e.fields()) {
        w.beginObject().field("field", f.field()).field("label", f.label()).field("before", f.before()).field("after", f.after())
            .field("text", f.text()).endObject();
      }
      w.endArray();
      w.name("details").beginArray();
      for (Changes.Detail d : e.details()) {
        w.beginObject().field("label", d.label()).field("value", d.value()).endObject();
      }
      w.endArray();
      w.endObject();
    }
    w.endArray();

    w.name("trace").beginArray();
    for (Changes.TraceChange t : c.trace()) {
      w.beginObject().field("kind", t.kind()).field("id", t.id()).field("title", t.title())
          .field("change", t.change().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')).field("worse", t.change().worse())
          .field("text", t.text()).endObject();
    }
    w.endArray();

    if (c.pillars() == null) {
      w.name("pillars").nullValue();
    } else {
      w.name("pillars").beginArray();
      for (Changes.PillarChange p : c.pillars()) {
        w.beginObject().field("id", p.id()).field("title", p.title()).field("intendedBefore", p.intendedBefore())
            .field("intendedAfter", p.intendedAfter()).field("plannedBefore", p.plannedBefore()).field("plannedAfter", p.plannedAfter())
            .field("changed", p.changed()).endObject();
      }
      w.endArray();
    }
    if (c.cells() == null) {
      w.name("coverage").nullValue();
    } else {
      w.name("coverage").beginArray();
      for (Changes.CellChange cell : c.cells()) {
        w.beginObject().field("goal", cell.goal()).field("channel", cell.channel().isEmpty() ? null : cell.channel())
            .field("covered", cell.covered()).endObject();
      }
      w.endArray();
    }
    w.name("money").beginArray();
    for (Changes.MoneyChange m : c.money()) {
      w.beginObject().field("scope", m.scope()).field("id", m.id().isEmpty() ? null : m.id()).field("before", m.before())
          .field("after", m.after()).field("text", m.text()).endObject();
    }
    w.endArray();
    if (c.results() == null) {
      w.name("results").nullValue();
    } else {
      w.name("results").beginArray();
      for (Changes.RowsChange r : c.results()) {
        w.beginObject().field("metric", r.metric()).field("rowsBefore", r.before()).field("rowsAfter", r.after()).endObject();
      }
      w.endArray();
    }
    w.name("kpis").beginArray();
    for (Changes.KpiChange k : c.kpis()) {
      w.beginObject().field("objective", k.objective()).field("metric", k.metric()).field("attainmentBefore", k.attainmentBefore())
          .field("attainmentAfter", k.attainmentAfter()).field("stateBefore", k.stateBefore()).field("stateAfter", k.stateAfter())
          .field("actualBefore", k.actualBefore()).field("actualAfter", k.actualAfter()).endObject();
    }
    w.endArray();
    w.field("kpiNote", c.kpiNote());

    w.name("findings").beginArray();
    for (Changes.FindingStatus s : c.findings()) {
      Snapshot.Finding f = s.finding();
      w.beginObject().field("status", s.status().keyword()).field("rule", f.rule()).field("severity", f.severity())
          .field("message", f.fullMessage()).field("file", f.file()).field("line", f.line()).field("column", f.column())
          .field("entityKind", f.entityKind()).field("entityId", f.entityId()).endObject();
    }
    w.endArray();
    w.endObject();
    return w.toString();
  }
}
