// Two commits of a plan kept outside the Maven project (review/rvplan, beside project/): a strategy that
// serves no objective, with an activity on it (errors that were already there), then that strategy renamed.

// A real git repository, made with the git binary (only this test needs git; the plugin reads the
// repository with JGit). Fixed names and dates, and no user or system configuration, so every run is alike.
def git(File dir, String... args) {
  def cmd = ['git', '-c', 'user.name=Plan Author', '-c', 'user.email=author@example.org', '-c', 'commit.gpgsign=false',
             '-c', 'init.defaultBranch=main', '-c', 'core.autocrlf=false'] + args.toList()
  def pb = new ProcessBuilder(cmd).directory(dir).redirectErrorStream(true)
  pb.environment().putAll([GIT_AUTHOR_DATE: '2026-06-01T12:00:00Z', GIT_COMMITTER_DATE: '2026-06-01T12:00:00Z',
                           GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null', HOME: dir.absolutePath])
  def p = pb.start()
  def out = p.inputStream.getText('UTF-8')
  assert p.waitFor() == 0 : "git ${args.join(' ')} failed: ${out}"
}

def write(File root, Map<String, String> files) {
  files.each { path, text ->
    def f = new File(root, path)
    f.parentFile.mkdirs()
    f.setText(text, 'UTF-8')
  }
}

def plan(String strategy) {
  return [
    'plan.yaml': """\
plan:
  id: trail-shop-2026
  title: Trail shop social plan 2026
  organisation: Trail shop
  period: { start: 2026-01-01, end: 2026-12-31 }
  asOf: 2026-06-30
  currency: EUR

metrics:
  - { id: followers, title: TikTok followers, unit: count, aggregate: last, level: outcome }

channels:
  - { id: tiktok, title: TikTok, type: short-video }
""",
    'objectives.yaml': """\
objectives:
  - id: grow-followers
    title: Grow the following to 5,000
    pillar: marketing
    kpis:
      - { metric: followers, baseline: 3200, target: 5000 }
""",
    'strategies.yaml': """\
strategies:
  - { id: trail-stories, title: Stories from the trail, serves: [grow-followers], goals: [awareness] }
  - { id: ${strategy}, title: TikTok experiments, goals: [awareness] }
""",
    'activities.yaml': """\
activities:
  - { id: trail-video, title: Weekly trail video, implements: [trail-stories], channels: [tiktok], hoursPerWeek: 3 }
  - { id: tiktok-trail-hacks, title: TikTok trail hacks, implements: [${strategy}], channels: [tiktok], hoursPerWeek: 2 }
""",
  ]
}

def rvplan = new File(basedir, 'review/rvplan')
write(rvplan, plan('tiktok-experiments'))
git(basedir, 'init', '-q')
git(basedir, 'add', '-A')
git(basedir, 'commit', '-q', '-m', 'The plan, with a TikTok experiment that serves nothing yet')
write(rvplan, plan('tiktok-tests'))
git(basedir, 'add', '-A')
git(basedir, 'commit', '-q', '-m', 'Rename tiktok-experiments to tiktok-tests')
return true
