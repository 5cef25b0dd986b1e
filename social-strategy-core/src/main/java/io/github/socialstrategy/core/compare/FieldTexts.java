package io.github.socialstrategy.core.compare;

import io.github.socialstrategy.core.compare.Changes.FieldChange;
import io.github.socialstrategy.core.compare.Snapshot.Field;
import io.github.socialstrategy.core.render.Format;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Says a field's change in the user's terms: "budget +20% (EUR 10,000 → EUR 12,000)". */
final class FieldTexts {

  private FieldTexts() {}

  static FieldChange change(String key, Field was, Field now) {
    String before = shown(was);
    String after = shown(now);
    String text = switch (now.type()) {
      case IDS -> ids(now.verb(), was.ids(), now.ids());
      case MONEY -> was.number() != null && now.number() != null && was.number() != 0
          ? now.label() + " " + percent(was.number(), now.number()) + " (" + before + " → " + after + ")"
          : now.label() + ": " + before + " → " + after;
      case LONG_TEXT -> now.label() + (was.text() == null ? " added" : now.text() == null ? " removed" : " changed");
      default -> now.label() + ": " + before + " → " + after;
    };
    return new FieldChange(key, now.label(), before, after, text, now.type() == Snapshot.Type.MONEY, key.endsWith(":target"));
  }

  private static String shown(Field f) {
    if (f.type() == Snapshot.Type.IDS) {
      return f.ids().isEmpty() ? "none" : String.join(", ", f.ids());
    }
    return f.text() == null ? "none" : f.text();
  }

  /** "now implements a (was: b)", "now also runs on x", "no longer serves y". */
  private static String ids(String verb, List<String> was, List<String> now) {
    Set<String> added = new LinkedHashSet<>(now);
    was.forEach(added::remove);
    Set<String> removed = new LinkedHashSet<>(was);
    now.forEach(removed::remove);
    if (removed.isEmpty()) {
      return "now also " + verb + " " + String.join(", ", added);
    }
    if (added.isEmpty()) {
      return "no longer " + verb + " " + String.join(", ", removed);
    }
    return "now " + verb + " " + String.join(", ", new ArrayList<>(now)) + " (was: " + String.join(", ", was) + ")";
  }

  /** "+20% (EUR 10,000 → EUR 12,000)", or "EUR 0 → EUR 5,000" from nothing. */
  static String moneyDelta(double was, double now, String currency) {
    String values = Format.money(was, currency) + " → " + Format.money(now, currency);
    return was == 0 ? "(" + values + ")" : percent(was, now) + " (" + values + ")";
  }

  /** The relative change, signed: {@code +20%}, {@code -12.5%}. */
  static String percent(double was, double now) {
    double p = 100 * (now - was) / Math.abs(was);
    String sign = p > 0 ? "+" : p < 0 ? "-" : "±";
    double a = Math.abs(p);
    String n = Math.abs(a - Math.rint(a)) < 0.05 ? String.format(Locale.ROOT, "%,.0f", a) : String.format(Locale.ROOT, "%,.1f", a);
    return sign + n + "%";
  }
}
