// <rules> changes a rule's severity: schedule-order, an error by default, is configured as a
// warning, so the plan has only warnings and the build passes.
String log = new File(basedir, 'build.log').getText('UTF-8')

def findings = log.readLines().findAll { it =~ /^\[(ERROR|WARNING|INFO)\] src\/strategy\/.*:\d+:\d+: / }
// The activity with its dates swapped never runs, so its strategy is also idle at the report date.
assert findings.size() == 3 : findings.join('\n')
assert findings.any {
    it.startsWith('[WARNING] src/strategy/plan.yaml:31:41: warning: ') &&
            it.contains("activity 'summer-terrace' ends (2026-06-01) before it starts (2026-09-30)") &&
            it.endsWith(' [schedule-order]')
} : findings.join('\n')
assert findings.any {
    it.startsWith('[WARNING] src/strategy/plan.yaml:17:9: warning: ') && it.endsWith(' [objective-without-kpi]')
} : findings.join('\n')
assert findings.any {
    it.startsWith('[WARNING] src/strategy/plan.yaml:22:9: warning: ') && it.endsWith(' [idle-strategy]')
} : findings.join('\n')
assert !log.contains(': error: ')
assert log.contains("[WARNING] Social strategy plan 'harbour-cafe-rules': 0 errors, 3 warnings " +
        "(1 objective, 1 strategy, 1 activity, 0 results)")
assert log.contains('BUILD SUCCESS')
