/**
 * Readers of platform analytics exports, the files a plan's {@code imports} name.
 *
 * <p>The pieces, in the order an import is read:
 *
 * <ul>
 *   <li>{@link io.github.socialstrategy.core.load.imports.Importer} opens the export by what it is (CSV text in
 *       UTF-8 or UTF-16, an {@code .xlsx} sheet streamed by {@code XlsxRows}, an {@code .xls} sheet), or refuses it
 *       with what it looks like, and hands its rows to the import's format;
 *   <li>{@link io.github.socialstrategy.core.load.imports.ExportFormats} is the registry of formats: one class
 *       each, most of them a {@code TableFormat} that only says how its header is recognised and which columns
 *       date a row, read by the one {@code TableReader}; {@code Ga4Format} reads several tables per file;
 *   <li>{@link io.github.socialstrategy.core.load.imports.ResultTable} reads tables in the plan's own result
 *       columns: the plan's results tables and {@code generic-csv} imports;
 *   <li>each import's values are summed per date, metric and scope ({@code Sums}), and what it read is kept
 *       as an {@link io.github.socialstrategy.core.model.ImportSummary}.
 * </ul>
 *
 * <p>What all formats share:
 *
 * <ul>
 *   <li><b>Columns by name.</b> The import's {@code metrics} maps export column names to metric ids. Names
 *       match case-insensitively after trimming; a repeated name is its first copy, {@code Name.2} the second;
 *       a descriptive second header row names columns too. Columns not named are ignored; several columns
 *       may map to one metric and then add up. A mapped column the export lacks is a {@code missing-field}
 *       at the name in the import, listing the columns found, with the nearest one by words and spelling.
 *   <li><b>The format's header.</b> A file whose header is not its format's is a {@code missing-field}
 *       listing the columns expected and found, and nothing of it is read.
 *   <li><b>A date per row</b>, from the format's date column; rows that are totals over a range are dated at
 *       its end (the row's own range, the import's {@code date} or {@code period}, or a range the export
 *       states above its table or in its file or folder name); without one, the import is told the line to
 *       add. Dates are calendar dates as written; times and offsets are dropped, never converted.
 *   <li><b>Numbers.</b> Thousands separators, currency signs and a trailing {@code %} are accepted; an empty
 *       cell, {@code -} or {@code --} is no value. A cell that is not a number is an {@code invalid-value}.
 *   <li><b>Totals rows</b> are skipped and counted, never counted twice.
 *   <li><b>Cost and campaigns.</b> The import's {@code cost} column is recorded once per row; a row whose
 *       campaign {@code campaigns} maps is scoped to that plan campaign, the others keep the import's scope
 *       and are counted in one {@code unmapped-campaign} finding.
 *   <li><b>Empty columns.</b> A mapped column with no value in any row read is an {@code empty-export-column}
 *       warning.
 *   <li><b>Unreadable files</b> (not in their encoding, not CSV, a hostile workbook) are a {@code yaml-syntax}
 *       error at the bad byte or character; the rows read before it still count.
 * </ul>
 */
package io.github.socialstrategy.core.load.imports;
