// Two commits of a plan kept outside the Maven project (review/rvplan, beside project/): a strategy that
// serves no objective, with an activity on it (errors that were already there), then that strategy renamed.

// The git helper and the file writer the review ITs share.
evaluate(new File(itSources, 'shared/harbour-cafe.groovy'))

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
