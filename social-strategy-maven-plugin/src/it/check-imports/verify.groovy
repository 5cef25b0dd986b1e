// Imports: the check says what each export gave (an .xlsx read inside Maven, a CSV), and counts the rows of
// unmapped campaigns in one info finding. POI, which reads the workbook, prints nothing of its own.
String log = new File(basedir, 'build.log').getText('UTF-8')

assert log.contains('[INFO] src/strategy/exports/ig-posts-2026-05.xlsx [Export] (meta-business-suite): 3 rows, ' +
        '1 result for 1 metric, 2026-05-04')
assert log.contains('[INFO] src/strategy/exports/google-ads-2026-06.csv (google-ads): 2 rows, 1 totals row skipped, ' +
        '2 results for 1 metric, 2026-06-30, cost EUR 215.50, 1 row of 1 unmapped campaign')
assert log.contains("[INFO] src/strategy/imports.yaml:14:7: info: 1 row of 'exports/google-ads-2026-06.csv' (google-ads) " +
        "belongs to 1 campaign that 'campaigns' does not map ('Brand | Search'); it was read with the import's own " +
        "scope (channel 'google-ads'). Map it to a plan campaign to attribute it [unmapped-campaign]")
assert log.contains("[INFO] Social strategy plan 'harbour-cafe-2026': 0 errors, 0 warnings, 1 info " +
        "(2 objectives, 2 strategies, 2 activities, 6 results)")
assert !log.contains('Log4j') && !log.contains('StatusLogger') : 'no logging noise from the workbook reader'
assert !(log =~ /(?m)^\[(ERROR|WARNING)\] src\/strategy\//) : 'no errors or warnings'
assert log.contains('BUILD SUCCESS')
