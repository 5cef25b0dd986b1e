package io.github.socialstrategy.core.load.imports;

import java.util.ArrayList;
import java.util.List;

/**
 * What the workbook readers share: the current row's cells as text, and a place that is the sheet's own row and
 * column number ({@code 2:5} is cell E2), so a finding points at a cell a person can find in Excel.
 */
abstract class SheetRows implements ExportRows {

  /** The current row's cells, as text. */
  protected final List<String> cells = new ArrayList<>();

  /** The current row's number in the sheet (1-based, as Excel shows it). */
  protected int row;

  @Override
  public int size() {
    return cells.size();
  }

  @Override
  public String cell(int i) {
    return cells.get(i);
  }

  @Override
  public int line(int i) {
    return row;
  }

  @Override
  public int column(int i) {
    return i + 1;
  }

  @Override
  public int recordLine() {
    return row;
  }

  @Override
  public boolean isWorkbook() {
    return true;
  }
}
