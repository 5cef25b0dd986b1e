// check with failOnNewOnly: new errors fail the build, and the CI reports are written first.
String log = new File(basedir, 'build.log').getText('UTF-8')
assert log =~ /The social strategy plan has 3 new errors and 0 new warnings compared with HEAD~1 \([0-9a-f]{7}\); fix the new errors listed above/
assert log.contains('BUILD FAILURE')
assert !(log =~ /(?m)^\s+at /) : 'no stack trace'
File out = new File(basedir, 'target/social-strategy-check')
def junit = new groovy.xml.XmlSlurper().parse(new File(out, 'TEST-social-strategy.xml'))
assert junit.@failures.text() == '3'
assert junit.testsuite.testcase.find { it.@name == 'untraced-activity' }.failure.text().contains('saturday-stall')
def sarif = new groovy.json.JsonSlurper().parse(new File(out, 'social-strategy.sarif'), 'UTF-8')
assert sarif.runs[0].results.findAll { it.level == 'error' }.every { it.baselineState == 'new' }
assert new File(out, 'changes.md').getText('UTF-8').contains('**3 new errors**')
