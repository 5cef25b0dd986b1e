// A theme directory that does not exist: the build fails before writing, naming the absolute path.
String log = new File(basedir, 'build.log').getText('UTF-8')
String where = new File(basedir, 'no-such-theme').absolutePath
assert log.contains("Invalid theme: the theme directory ${where} does not exist")
assert !new File(basedir, 'target/social-strategy').exists() : 'nothing written'
assert !(log =~ /(?m)^\s+at [\w$.]+\(/) : 'no stack trace frames'
