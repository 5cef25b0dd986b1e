// Two commits of the plan: the baseline, then a change that raises a target, moves budget between
// channels, adds a campaign and orphans a new activity.

evaluate(new File(itSources, 'shared/harbour-cafe.groovy'))

def strategy = new File(basedir, 'src/strategy')
write(strategy, plan)
git(basedir, 'init', '-q')
git(basedir, 'add', '-A')
git(basedir, 'commit', '-q', '-m', 'The plan')
write(strategy, raisedTarget + orphan + [
  'activities.yaml': plan['activities.yaml'].replace('budget: 10000', 'budget: 12000').replace('channels: [google-reviews]', 'channels: [instagram]'),
  'campaigns.yaml': """\
campaigns:
  - id: summer-cakes
    title: Summer cake week
    period: { start: 2026-07-01, end: 2026-07-07 }
    intent: [sell-more-cakes]
    activities: [preorder-posts]
    budget: 1500
""",
])
git(basedir, 'add', '-A')
git(basedir, 'commit', '-q', '-m', 'Raise the revenue target, add a campaign and a market stall')
return true
