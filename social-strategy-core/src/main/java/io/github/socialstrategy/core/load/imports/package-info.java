/**
 * Readers of platform analytics exports, the files a plan's {@code imports} name. One reader per format:
 * {@code x-analytics}, {@code meta-business-suite}, {@code linkedin-page}, {@code youtube-studio}, {@code
 * ga4} and {@code generic-csv} (see each reader for its export's shape and quirks).
 *
 * <p>What all formats share:
 *
 * <ul>
 *   <li><b>Columns by name.</b> The import's {@code metrics} maps export column names to metric ids.
 *       Names match case-insensitively after trimming; columns not named are ignored; several columns may
 *       map to one metric and then add up. A mapped column the export lacks is a {@code missing-field}
 *       error that lists the columns expected and found, with a "did you mean" hint; the other columns
 *       are still read.
 *   <li><b>The format's header.</b> A file whose header is not its format's (no date column where the
 *       format has one) is a {@code missing-field} error listing the columns expected and found, and
 *       nothing of it is read.
 *   <li><b>A date per row.</b> Each format says which column dates a row; where an export has no date per
 *       measurement, a documented stand-in is used ({@code youtube-studio}: the video's publish time;
 *       {@code ga4} tables without a {@code Date} column: the preamble's {@code # End date:}). Dates are
 *       calendar dates as written; times and offsets are dropped, never converted ({@link ExportCells}).
 *   <li><b>Numbers.</b> Thousands separators ({@code "15,000"}) and a trailing {@code %} are accepted; an
 *       empty cell or {@code -} is no value, so that metric is skipped for that row. A cell that is not a
 *       number is an {@code invalid-value} error at its line and column.
 *   <li><b>Totals rows</b> ({@code Total}, {@code Grand total}) are skipped, never counted twice.
 *   <li><b>Sums.</b> Within one import, values are summed per date and metric (and scope): one result
 *       each, placed at the metric's cell in the first row that contributed to it, and scoped by the
 *       import's {@code channel}, {@code activity} or {@code campaign}. Nothing is de-duplicated: a post
 *       listed twice counts twice, and two imports of the same file add up (which is what mapping a file's
 *       organic columns in one import and its promoted columns in another needs).
 *   <li><b>Unreadable files</b> (not UTF-8, not CSV) are a {@code yaml-syntax} error at the bad byte or
 *       character; the rows read before it still count.
 * </ul>
 */
package io.github.socialstrategy.core.load.imports;
