package io.github.socialstrategy.core.load.imports;

import io.github.socialstrategy.core.model.Diagnostics;
import io.github.socialstrategy.core.model.ImportSpec;
import io.github.socialstrategy.core.model.Rule;
import io.github.socialstrategy.core.model.SourceFile;
import io.github.socialstrategy.core.model.Suggestions;
import java.util.List;

/** What the two workbook readers share: the finding for a {@code sheet} the workbook does not have. */
final class Workbooks {

  private Workbooks() {}

  static void noSuchSheet(SourceFile file, ImportSpec spec, List<String> names, Diagnostics diagnostics) {
    diagnostics.report(
        Rule.INVALID_VALUE,
        spec.source().of("sheet"),
        "the workbook '" + spec.file() + "' has no sheet '" + spec.sheet() + "'; its sheets are "
            + (names.isEmpty() ? "none" : "'" + String.join("', '", names) + "'") + ". Name one of them in 'sheet'",
        Suggestions.didYouMean(spec.sheet(), names));
  }
}
