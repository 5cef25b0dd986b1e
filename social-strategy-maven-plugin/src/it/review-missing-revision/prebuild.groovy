// One commit of a clean plan; there is no origin/main.

evaluate(new File(itSources, 'shared/harbour-cafe.groovy'))

write(new File(basedir, 'src/strategy'), plan)
git(basedir, 'init', '-q')
git(basedir, 'add', '-A')
git(basedir, 'commit', '-q', '-m', 'The plan')
return true
