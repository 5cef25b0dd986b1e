// init refused: the build failed naming the existing file, which is unchanged, and nothing
// else was written (no schema, no other plan file, the POM as it was).
String log = new File(basedir, 'build.log').getText('UTF-8')

assert log.contains('Nothing was written: init writes only into a new or empty plan directory and never replaces a file, but src/strategy/plan.yaml exists in ')
assert log.contains('BUILD FAILURE')
File plan = new File(basedir, 'src/strategy')
assert plan.list().toList() == ['plan.yaml']
assert new File(plan, 'plan.yaml').getText('UTF-8').startsWith('# The team\'s own plan: init must leave it exactly as it is.')
assert !new File(basedir, 'pom.xml').getText('UTF-8').contains('social-strategy-maven-plugin')
