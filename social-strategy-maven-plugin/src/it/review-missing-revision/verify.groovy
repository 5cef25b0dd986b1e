// An unknown revision warns once, says what to do, and the build passes without a comparison.
String log = new File(basedir, 'build.log').getText('UTF-8')
def warning = log.readLines().findAll { it.contains("The baseline revision 'origin/main' is not in the git repository at") }
assert warning.size() == 1
assert warning[0].startsWith('[WARNING] ')
assert warning[0].contains('fetch it first (`git fetch origin main` for origin/main)')
assert warning[0].contains('The outputs are written without a comparison.')
assert log.contains('[INFO] failOnNewOnly is set but there is no baseline to compare with')
assert log.contains('BUILD SUCCESS')
File out = new File(basedir, 'target/social-strategy-check')
assert new File(out, 'social-strategy.sarif').isFile()
assert !new File(out, 'changes.md').exists()
def diagnostics = new groovy.json.JsonSlurper().parse(new File(out, 'diagnostics.json'), 'UTF-8')
assert diagnostics.baseline == null
