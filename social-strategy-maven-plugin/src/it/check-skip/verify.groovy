// Skipped: the plan (which has errors) is not read at all.
String log = new File(basedir, 'build.log').getText('UTF-8')

assert log.contains('[INFO] Skipping the social strategy plan (socialStrategy.skip is true)')
assert !log.contains('Social strategy plan \'') : 'no summary: nothing was checked'
assert !(log =~ /(?m)^\[(ERROR|WARNING)\] src\/strategy\//) : 'no findings'
assert log.contains('BUILD SUCCESS')
