// init wrote a project (pom.xml and the starter plan); verify then checked the plan with no
// findings and wrote its site.
String log = new File(basedir, 'build.log').getText('UTF-8')
File plan = new File(basedir, 'src/strategy')

assert log.contains("Social strategy starter plan 'harbour-bakery-cafe-social-2026' written to ${plan.absolutePath} (13 files, with pom.xml) in ")
assert log.contains("Next: run 'mvn verify' here, then open target/social-strategy/index.html")
['plan.yaml', 'metrics.yaml', 'channels.yaml', 'objectives.yaml', 'strategies.yaml', 'activities.yaml', 'campaigns.yaml',
 'results.yaml', 'results/results.csv', 'exports/newsletter-signups.csv', 'pages/about.md', 'plan.schema.json'].each {
  assert new File(plan, it).isFile() : "the plan has ${it}"
}
String pom = new File(basedir, 'pom.xml').getText('UTF-8')
assert pom.contains('<artifactId>harbour-bakery-cafe-social-2026</artifactId>')
assert pom.contains('<goal>check</goal>') && pom.contains('<goal>report</goal>')
assert new File(plan, 'plan.yaml').getText('UTF-8').contains('organisation: "Harbour Bakery & Café"')
assert new File(plan, 'plan.yaml').getText('UTF-8').contains('currency: GBP')

// The second build: the generated POM checks the plan and renders the site.
assert log =~ /\[INFO\] Social strategy plan 'harbour-bakery-cafe-social-2026': 0 errors, 0 warnings \(4 objectives, 3 strategies, 4 activities, \d+ results\)/
assert new File(basedir, 'target/social-strategy/index.html').getText('UTF-8').contains('Harbour Bakery &amp; Café social media strategy')
assert new File(basedir, 'target/social-strategy/schema/plan.schema.json').isFile()
assert log.contains('BUILD SUCCESS')
assert !log.contains('BUILD FAILURE')
