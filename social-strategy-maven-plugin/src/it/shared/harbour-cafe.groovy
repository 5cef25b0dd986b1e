// Shared by the review ITs' setup scripts (run with evaluate(), in their binding): a git helper, a file
// writer, and the Harbour Café plan with the two changes the ITs commit on top of it. This directory has no
// pom.xml, so the invoker does not build it.

// A real git repository, made with the git binary (only this test needs git; the plugin reads the
// repository with JGit). Fixed names and dates, and no user or system configuration, so every run is alike.
git = { File dir, String... args ->
  def cmd = ['git', '-c', 'user.name=Plan Author', '-c', 'user.email=author@example.org', '-c', 'commit.gpgsign=false',
             '-c', 'init.defaultBranch=main', '-c', 'core.autocrlf=false'] + args.toList()
  def pb = new ProcessBuilder(cmd).directory(dir).redirectErrorStream(true)
  pb.environment().putAll([GIT_AUTHOR_DATE: '2026-06-01T12:00:00Z', GIT_COMMITTER_DATE: '2026-06-01T12:00:00Z',
                           GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null', HOME: dir.absolutePath])
  def p = pb.start()
  def out = p.inputStream.getText('UTF-8')
  assert p.waitFor() == 0 : "git ${args.join(' ')} failed: ${out}"
}

write = { File root, Map<String, String> files ->
  files.each { path, text ->
    def f = new File(root, path)
    f.parentFile.mkdirs()
    f.setText(text, 'UTF-8')
  }
}

plan = [
  'plan.yaml': """\
plan:
  id: harbour-cafe-2026
  title: Harbour Café social media plan 2026
  organisation: Harbour Café
  period: { start: 2026-01-01, end: 2026-12-31 }
  asOf: 2026-06-30
  currency: EUR
  allocation: { marketing: 75, service: 0, sales: 25, intelligence: 0 }

metrics:
  - { id: followers, title: Instagram followers, unit: count, aggregate: last, level: outcome }
  - { id: revenue, title: Cake revenue, unit: currency, aggregate: sum, financial: true, level: impact }

channels:
  - { id: instagram, title: Instagram, type: photo-sharing }
  - { id: google-reviews, title: Google reviews, type: review-site }
""",
  'objectives.yaml': """\
objectives:
  - id: grow-local-following
    title: Grow the local following to 5,000
    pillar: marketing
    kpis:
      - { metric: followers, baseline: 3200, target: 5000 }
  - id: sell-more-cakes
    title: Sell more cakes to order
    pillar: sales
    kpis:
      - { metric: revenue, target: 1380000 }
""",
  'strategies.yaml': """\
strategies:
  - { id: daily-bakes, title: Show the day's bakes, serves: [grow-local-following], goals: [awareness] }
  - { id: cake-preorders, title: Take cake orders online, serves: [sell-more-cakes], goals: [conversion] }
""",
  'activities.yaml': """\
activities:
  - id: morning-story
    title: Morning story from the counter
    implements: [daily-bakes]
    channels: [instagram]
    status: active
    hoursPerWeek: 3
    budget: 10000
  - id: preorder-posts
    title: Pre-order posts for weekend cakes
    implements: [cake-preorders]
    channels: [google-reviews]
    status: active
    hoursPerWeek: 1
    budget: 5000
""",
  'results.csv': """\
date,metric,value,channel
2026-03-31,followers,3550,instagram
2026-06-30,followers,3900,instagram
2026-06-30,revenue,400000,instagram
""",
]
// An activity whose strategy serves no objective: three errors (untraced-activity, missing-field,
// strategy-without-objective).
orphan = [
  'orphan.yaml': """\
strategies:
  - { id: market-stalls, title: Meet people at the market, goals: [awareness] }
activities:
  - { id: saturday-stall, title: Saturday market stall, implements: [market-stalls], hoursPerWeek: 4 }
""",
]
raisedTarget = ['objectives.yaml': plan['objectives.yaml'].replace('target: 1380000', 'target: 1400000')]
