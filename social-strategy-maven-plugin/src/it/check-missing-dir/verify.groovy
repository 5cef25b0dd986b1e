// No plan directory: the build fails with a message that says where the plugin looked and how to
// point it elsewhere, without a stack trace.
String log = new File(basedir, 'build.log').getText('UTF-8')
String where = new File(basedir, 'src/strategy').absolutePath

assert !new File(basedir, 'src/strategy').exists()
assert log.contains("There is no plan directory at ${where}.") : "names ${where}"
assert log.contains('<planDirectory> (-DsocialStrategy.planDirectory)')
assert log.contains('BUILD FAILURE')
assert log.contains('/MojoFailureException')
assert !(log =~ /(?m)^\s+at [\w$.]+\(/) : 'no stack trace frames'
