// Three runs of report; the invoker appends their logs to one build.log.
String log = new File(basedir, 'build.log').getText('UTF-8')
def written = (log =~ /\[INFO\] Social strategy site written to /).count
def kept = (log =~ /\[INFO\] Social strategy site is up to date \(its inputs did not change\): /).count
assert written == 2 : "the first run and the run with another report date render the site (${written} renders)"
assert kept == 1 : "the unchanged second run keeps the site (${kept} kept)"
// The site is whole, and its record sits beside it, never in it.
File site = new File(basedir, 'target/social-strategy')
assert new File(site, 'index.html').isFile()
assert new File(site, 'plan.json').getText('UTF-8').contains('"asOf": "2026-05-31"')
assert new File(basedir, 'target/.social-strategy.inputs').isFile()
assert !new File(site, '.social-strategy.inputs').exists()
return true
