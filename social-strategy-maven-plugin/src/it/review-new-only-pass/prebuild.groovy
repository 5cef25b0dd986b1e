// Two commits: a plan that already has an orphaned activity (three errors), then a raised target.

evaluate(new File(itSources, 'shared/harbour-cafe.groovy'))

def strategy = new File(basedir, 'src/strategy')
write(strategy, plan + orphan)
git(basedir, 'init', '-q')
git(basedir, 'add', '-A')
git(basedir, 'commit', '-q', '-m', 'The plan, with an orphan')
write(strategy, raisedTarget)
git(basedir, 'add', '-A')
git(basedir, 'commit', '-q', '-m', 'Raise the revenue target')
return true
