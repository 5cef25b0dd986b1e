// A parallel build of two modules, each with its own plan: both are checked, neither sees the
// other's plan, and Maven does not warn that the mojo is not thread-safe.
String log = new File(basedir, 'build.log').getText('UTF-8')

assert log.contains('Using the MultiThreadedBuilder implementation with a thread count of 2')
assert !log.contains('not marked @threadSafe') && !log.contains('not thread-safe')
assert log.contains("[INFO] Social strategy plan 'harbour-cafe-2026': 0 errors, 0 warnings " +
        "(1 objective, 1 strategy, 1 activity, 0 results)")
assert log.contains("[INFO] Social strategy plan 'harbour-bakery-2026': 0 errors, 0 warnings " +
        "(1 objective, 1 strategy, 1 activity, 0 results)")
assert log.contains(':check (check-plan) @ check-parallel-cafe ---')
assert log.contains(':check (check-plan) @ check-parallel-bakery ---')
assert !log.contains(':check (check-plan) @ check-parallel ---') : 'the parent has no plan and is not checked'
assert log.contains('BUILD SUCCESS')
