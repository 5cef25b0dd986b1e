// A rename makes no finding new, and the review files name the plan's files from the repository's top.
String log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('untraced-activity]') : 'the old errors are still reported'
assert log =~ /\[INFO\] Compared with the baseline HEAD~1 \([0-9a-f]{7}\): 1 entity renamed; 0 new findings, 0 resolved/
assert log =~ /\[INFO\] Compared with the baseline HEAD~1 \([0-9a-f]{7}\): 0 new errors and 0 new warnings \(failOnNewOnly/
assert log.contains('BUILD SUCCESS')

File out = new File(basedir, 'project/target/social-strategy-check')
String md = new File(out, 'changes.md').getText('UTF-8')
assert md.contains(': no new errors, 0 new warnings, 0 resolved findings; 1 entity renamed.')
assert md.contains('**Renamed (1)**')
assert md.contains('- strategy `tiktok-experiments` → `tiktok-tests` (TikTok experiments)')

def diagnostics = new groovy.json.JsonSlurper().parse(new File(out, 'diagnostics.json'), 'UTF-8')
assert diagnostics.errors >= 2
assert diagnostics.newErrors == 0
assert diagnostics.findings.every { it.status == 'unchanged' }
assert diagnostics.findings.find { it.rule == 'untraced-activity' }.file == 'review/rvplan/activities.yaml'

def sarif = new groovy.json.JsonSlurper().parse(new File(out, 'social-strategy.sarif'), 'UTF-8')
assert sarif.runs[0].results.every { it.baselineState == 'unchanged' }
assert sarif.runs[0].tool.driver.version ==~ /\d+\.\d+\.\d+.*/
def junit = new groovy.xml.XmlSlurper().parse(new File(out, 'TEST-social-strategy.xml'))
assert junit.@failures.text() == '0'
String xml = new File(out, 'TEST-social-strategy.xml').getText('UTF-8')
assert xml.contains('review/rvplan/activities.yaml:')

// No file of the review shows where this machine keeps the build.
String here = basedir.canonicalPath
String given = basedir.absolutePath
['changes.md', 'changes.json', 'diagnostics.json', 'social-strategy.sarif', 'TEST-social-strategy.xml'].each {
  String text = new File(out, it).getText('UTF-8')
  assert !text.contains(here) && !text.contains(given) : "${it} shows an absolute path"
}
return true
