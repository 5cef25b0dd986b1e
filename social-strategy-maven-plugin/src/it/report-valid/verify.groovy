// A valid plan: the report goal wrote a complete site, with its marker, and logged where it is.
String log = new File(basedir, 'build.log').getText('UTF-8')
File site = new File(basedir, 'target/social-strategy')

assert log.contains(":report (site) @ report-valid ---") : 'the report ran'
assert log.contains("Social strategy site written to ${new File(site, 'index.html').absolutePath}") : 'names the index page'
assert log.contains('BUILD SUCCESS')
['index.html', 'coverage.html', 'traceability.html', 'schedule.html', 'results.html', 'diagnostics.html',
 'plan.json', 'assets/site.css', '.social-strategy-site'].each {
  assert new File(site, it).isFile() : "site has ${it}"
}
assert new File(site, 'objectives').list().length > 0
assert new File(site, 'charts').list().findAll { it.endsWith('.svg') }.size() > 0
String index = new File(site, 'index.html').getText('UTF-8')
assert index.contains('<!DOCTYPE html>')
assert !index.contains('http://') && !index.contains('https://') : 'no external references'
assert new File(site, 'plan.json').getText('UTF-8').contains('"formatVersion": 2')
// No staging or old site is left beside the site; only the record of its inputs (a file) is.
assert new File(basedir, 'target').list().findAll { it.startsWith('.social-strategy') }.sort() == ['.social-strategy.inputs']
assert new File(basedir, 'target/.social-strategy.inputs').isFile()
