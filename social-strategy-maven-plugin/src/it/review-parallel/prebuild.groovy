// One repository at the top holding two plan modules; two commits change each.

evaluate(new File(itSources, 'shared/harbour-cafe.groovy'))

def cafe = new File(basedir, 'cafe/src/strategy')
def bakery = new File(basedir, 'bakery/src/strategy')
write(cafe, plan)
write(bakery, plan.collectEntries { k, v -> [k, v.replace('harbour-cafe-2026', 'harbour-bakery-2026')] })
git(basedir, 'init', '-q')
git(basedir, 'add', '-A')
git(basedir, 'commit', '-q', '-m', 'Two plans')
write(cafe, raisedTarget)
write(bakery, ['activities.yaml': plan['activities.yaml'].replace('budget: 10000', 'budget: 8000')])
git(basedir, 'add', '-A')
git(basedir, 'commit', '-q', '-m', 'Change both plans')
return true
