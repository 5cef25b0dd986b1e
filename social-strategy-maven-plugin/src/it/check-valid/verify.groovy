// A valid plan: the build passed (invoker checks that) and the summary says so.
String log = new File(basedir, 'build.log').getText('UTF-8')

// Maven names the plugin by its prefix or its artifact id, depending on what the local repository knows.
assert log =~ /--- social-strategy(-maven-plugin)?:[^:]+:check \(check-plan\) @ check-valid ---/ : 'the check ran'
assert log.contains("[INFO] Social strategy plan 'harbour-cafe-2026': 0 errors, 0 warnings " +
        "(2 objectives, 2 strategies, 2 activities, 3 results)")
assert !(log =~ /(?m)^\[(ERROR|WARNING)\] src\/strategy\//) : 'no findings'
assert log.contains('BUILD SUCCESS')
