// Each module is compared with its own plan at HEAD~1; paths in SARIF are relative to the repository root.
String log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('BUILD SUCCESS')
String cafe = new File(basedir, 'cafe/target/social-strategy/changes.md').getText('UTF-8')
assert cafe.contains('`harbour-cafe-2026`')
assert cafe.contains('target of KPI revenue: EUR 1,380,000 → EUR 1,400,000')
assert !cafe.contains('budget -20%')
String bakery = new File(basedir, 'bakery/target/social-strategy/changes.md').getText('UTF-8')
assert bakery.contains('`harbour-bakery-2026`')
assert bakery.contains('activity `morning-story` (Morning story from the counter): budget -20% (EUR 10,000 → EUR 8,000)')
assert !bakery.contains('target of KPI revenue')
def sarif = new groovy.json.JsonSlurper().parse(new File(basedir, 'cafe/target/social-strategy-check/social-strategy.sarif'), 'UTF-8')
assert sarif.runs[0].properties.baseline ==~ /HEAD~1 \([0-9a-f]{7}\)/
assert new File(basedir, 'bakery/target/social-strategy-check/changes.json').isFile()
