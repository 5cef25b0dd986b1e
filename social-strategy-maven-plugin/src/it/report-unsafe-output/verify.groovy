// outputDirectory pointing at the project: refused with a clear message; the project's files are intact.
String log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('Invalid outputDirectory: the output directory ' + basedir.absolutePath)
assert log.contains('choose a directory of its own')
assert new File(basedir, 'pom.xml').isFile()
assert new File(basedir, 'src/strategy/plan.yaml').isFile()
assert !(log =~ /(?m)^\s+at [\w$.]+\(/) : 'no stack trace frames'
