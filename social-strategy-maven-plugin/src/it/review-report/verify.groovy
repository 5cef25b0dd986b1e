// report with baseline=HEAD~1: the site's changes files name each change.
String log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('[INFO] Compared with the baseline HEAD~1 (') : 'the comparison is logged'
File site = new File(basedir, 'target/social-strategy')
String md = new File(site, 'changes.md').getText('UTF-8')
assert md.startsWith('## Social strategy `harbour-cafe-2026`: what this change does')
assert md =~ /Compared with `HEAD~1 \([0-9a-f]{7}\)`: \*\*3 new errors\*\*/
assert md.contains('- **activity** `saturday-stall` (Saturday market stall) is new and reaches no objective')
assert md.contains('- objective `sell-more-cakes` (Sell more cakes to order): target of KPI revenue: EUR 1,380,000 → EUR 1,400,000')
assert md.contains('- activity `morning-story` (Morning story from the counter): budget +20% (EUR 10,000 → EUR 12,000)')
assert md.contains('- planned budget on channel Google reviews -100% (EUR 5,000 → EUR 0)')
assert md.contains('- campaign `summer-cakes` (Summer cake week)')
assert md.indexOf('### New errors') < md.indexOf('### Money and targets')

String html = new File(site, 'changes.html').getText('UTF-8')
assert html.contains('<h1>Changes</h1>')
assert html.contains('target of KPI revenue: EUR 1,380,000 → EUR 1,400,000')
assert html.contains('href="campaigns/summer-cakes.html"')
assert new File(site, 'index.html').getText('UTF-8').contains('href="changes.html"')
assert new File(site, 'campaigns/summer-cakes.html').getText('UTF-8').contains('class="badge badge-new"')

def json = new groovy.json.JsonSlurper().parse(new File(site, 'changes.json'), 'UTF-8')
assert json.formatVersion == 1
assert json.baseline ==~ /HEAD~1 \([0-9a-f]{7}\)/
assert json.summary.added == 3
assert json.entities.find { it.kind == 'objective' && it.id == 'sell-more-cakes' }.fields[0].text == 'target of KPI revenue: EUR 1,380,000 → EUR 1,400,000'
assert json.trace.find { it.id == 'saturday-stall' }.change == 'added-untraced'
// The CI reports are in the site too.
['social-strategy.sarif', 'TEST-social-strategy.xml', 'diagnostics.json'].each { assert new File(site, it).isFile() : it }
assert log.contains('BUILD SUCCESS')
