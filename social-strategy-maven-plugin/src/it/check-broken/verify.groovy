// A plan with several errors: each is logged at its file, line and column, as
// `path:line:column: severity: message [rule]`, then the build fails with a short message
// and no stack trace.
String log = new File(basedir, 'build.log').getText('UTF-8')

// [level, place, severity, rule, a snippet of the message]
def expected = [
    ['ERROR', 'src/strategy/activities.yaml:2:5', 'error', 'missing-field', "activity 'morning-story' has no 'implements'"],
    ['ERROR', 'src/strategy/activities.yaml:2:9', 'error', 'untraced-activity', "activity 'morning-story' does not trace to any business objective"],
    ['ERROR', 'src/strategy/activities.yaml:4:5', 'error', 'unknown-key', "unknown key 'implement' in activity 'morning-story'"],
    ['ERROR', 'src/strategy/activities.yaml:4:5', 'error', 'unknown-key', "did you mean 'implements'?"],
    ['ERROR', 'src/strategy/activities.yaml:7:9', 'error', 'untraced-activity', "activity 'weekend-reel' does not trace to any business objective"],
    ['ERROR', 'src/strategy/activities.yaml:9:18', 'error', 'unresolved-reference', "strategy 'daily-bake', which does not exist; did you mean 'daily-bakes'?"],
    ['ERROR', 'src/strategy/activities.yaml:11:9', 'error', 'untraced-activity', "activity 'review-replies' does not trace to any business objective"],
    ['WARNING', 'src/strategy/objectives.yaml:2:9', 'warning', 'uncovered-objective', "objective 'grow-local-following'"],
    ['WARNING', 'src/strategy/objectives.yaml:11:9', 'warning', 'uncovered-objective', "objective 'answer-reviews-fast' is served by no strategy"],
    ['ERROR', 'src/strategy/strategies.yaml:5:9', 'error', 'strategy-without-objective', "strategy 'review-care' serves no business objective"],
    ['ERROR', 'src/strategy/strategies.yaml:7:14', 'error', 'unresolved-reference', "objective 'answer-review-fast', which does not exist; did you mean 'answer-reviews-fast'?"],
]
def findings = log.readLines().findAll { it =~ /^\[(ERROR|WARNING|INFO)\] src\/strategy\/.*:\d+:\d+: / }
expected.each { level, place, severity, rule, snippet ->
    String prefix = "[${level}] ${place}: ${severity}: "
    String suffix = " [${rule}]"
    assert findings.any { it.startsWith(prefix) && it.endsWith(suffix) && it.contains(snippet) } :
            "expected a line '${prefix}...${snippet}...${suffix}' in:\n${findings.join('\n')}"
}
assert findings.size() == 10 : "exactly the expected findings, once each:\n${findings.join('\n')}"
// Plan order: by file, then line and column.
assert findings == findings.toSorted { a, b ->
    def (fa, la, ca) = (a =~ /\] (\S+?):(\d+):(\d+):/)[0][1..3]
    def (fb, lb, cb) = (b =~ /\] (\S+?):(\d+):(\d+):/)[0][1..3]
    fa <=> fb ?: (la as int) <=> (lb as int) ?: (ca as int) <=> (cb as int)
}

assert log.contains("[ERROR] Social strategy plan 'harbour-cafe-broken': 8 errors, 2 warnings " +
        "(2 objectives, 2 strategies, 3 activities, 0 results)")
assert log.contains('The social strategy plan has 8 errors, 2 warnings; fix the errors listed above (or set failOnError to false)')
assert log.contains('BUILD FAILURE')
// A failure in the plan, not a crash of the plugin: MojoFailureException, and no stack trace.
assert log.contains('/MojoFailureException')
assert !log.contains('MojoExecutionException')
assert !log.contains('Exception in thread')
assert !(log =~ /(?m)^\s+at [\w$.]+\(/) : 'no stack trace frames'
assert !log.contains('\tat io.github')
assert !log.contains('Caused by:')
