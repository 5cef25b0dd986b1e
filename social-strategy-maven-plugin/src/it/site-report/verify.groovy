// mvn site: the "Social strategy" page is in the project site, in its skin (the site's menu
// names it), with the plan's health, KPIs and findings, linking to the plan's own site, which
// is complete under site/social-strategy/.
String log = new File(basedir, 'build.log').getText('UTF-8')
File site = new File(basedir, 'target/site')
File page = new File(site, 'social-strategy.html')

assert log.contains('BUILD SUCCESS')
assert log =~ /\[INFO\] Social strategy page of the project site: 0 errors, 2 warnings, 2 KPIs; plan site in .*social-strategy \(/
assert page.isFile() : 'the project site has the Social strategy page'
String html = page.getText('UTF-8')
assert html.contains('Social strategy: ') : 'the heading'
assert html.contains('href="social-strategy/index.html"') : 'links to the full plan site'
assert html.contains('Activities traced to an objective')
assert html.contains('objective-without-kpi') && html.contains('src/strategy/extra.yaml:3:') : 'findings keep their project-relative place'
assert html.contains('KPIs')
// In the site's skin: the skin's frame around our content, with the page in the site menu.
assert html.contains('Social strategy</a>') || html.contains('>Social strategy<') : 'the site menu names the page'
assert html =~ /(?s)<html.*<body.*id="bodyColumn"|class="main-body"|<main/
['index.html', 'diagnostics.html', 'plan.json', 'schema/plan.schema.json', 'assets/site.css'].each {
  assert new File(site, "social-strategy/${it}").isFile() : "the plan site has ${it}"
}
true
