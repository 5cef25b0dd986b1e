// Two builds (sequential, then -T 4 after clean): each checked both plans and wrote one
// aggregate site with an organisation page over both plans and each plan's site beneath it.
String log = new File(basedir, 'build.log').getText('UTF-8')
File out = new File(basedir, 'target/social-strategy-aggregate')

assert log.contains('Using the MultiThreadedBuilder implementation with a thread count of 4')
assert !log.contains('not marked @threadSafe') && !log.contains('not thread-safe')
assert !log.contains('BUILD FAILURE')
def summaries = (log =~ /\[INFO\] Social strategy aggregate of 2 plans written to (.*index\.html) \(0 errors, 2 warnings\) in /)
assert summaries.size() == 2 : 'one aggregate line per build'
assert summaries[1][1] == new File(out, 'index.html').absolutePath
assert (log =~ /:report-aggregate \(aggregate\) @ report-aggregate ---/).size() == 2
assert !log.contains(':report-aggregate (aggregate) @ north') && !log.contains(':report-aggregate (aggregate) @ south')

String index = new File(out, 'index.html').getText('UTF-8')
assert index.contains('<title>Harbour Group social media plans</title>')
assert index.contains('href="north/index.html">Harbour Café social media plan 2026</a>')
assert index.contains('href="south/index.html">')
// Objectives of both plans in one list, linking into each plan's site.
assert index.contains('href="north/objectives/grow-local-following.html"')
assert index.contains('href="south/objectives/hear-regulars.html"')
// Findings keep paths relative to their module.
assert index.contains('<code>src/strategy/extra.yaml:4:')
assert !index.contains('south/src/strategy')
['north', 'south'].each { m ->
  ['index.html', 'diagnostics.html', 'plan.json', 'assets/site.css'].each {
    assert new File(out, "${m}/${it}").isFile() : "${m} has ${it}"
  }
}
assert new File(out, 'assets/site.css').isFile()
true
