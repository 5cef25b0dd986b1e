// check with failOnNewOnly: the old errors are logged but do not fail the build.
String log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('untraced-activity]') : 'the old error is still reported'
assert log =~ /\[INFO\] Compared with the baseline HEAD~1 \([0-9a-f]{7}\): 0 new errors and 0 new warnings \(failOnNewOnly/
assert log.contains('BUILD SUCCESS')
File out = new File(basedir, 'target/social-strategy-check')
def diagnostics = new groovy.json.JsonSlurper().parse(new File(out, 'diagnostics.json'), 'UTF-8')
assert diagnostics.errors == 3
assert diagnostics.newErrors == 0
assert diagnostics.failsBuild == false
assert diagnostics.findings.every { it.status == 'unchanged' }
def sarif = new groovy.json.JsonSlurper().parse(new File(out, 'social-strategy.sarif'), 'UTF-8')
assert sarif.version == '2.1.0'
assert sarif.runs[0].results.every { it.baselineState == 'unchanged' }
assert sarif.runs[0].results.find { it.ruleId == 'untraced-activity' }.locations[0].physicalLocation.artifactLocation.uri == 'src/strategy/orphan.yaml'
def junit = new groovy.xml.XmlSlurper().parse(new File(out, 'TEST-social-strategy.xml'))
assert junit.@failures.text() == '0'
assert new File(out, 'changes.md').getText('UTF-8').contains('target of KPI revenue: EUR 1,380,000 → EUR 1,400,000')
