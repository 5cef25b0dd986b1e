// Two commits: a clean plan, then an orphaned activity.

evaluate(new File(itSources, 'shared/harbour-cafe.groovy'))

def strategy = new File(basedir, 'src/strategy')
write(strategy, plan)
git(basedir, 'init', '-q')
git(basedir, 'add', '-A')
git(basedir, 'commit', '-q', '-m', 'The plan')
write(strategy, orphan)
git(basedir, 'add', '-A')
git(basedir, 'commit', '-q', '-m', 'A market stall')
return true
