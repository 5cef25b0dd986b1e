# Shared by the benchmark scripts: paths, the private local repository, and timing of one command.
# Sourced, not run.

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
WORK=${BENCH_WORK:-$ROOT/target/bench}
# The plugin is installed into a repository of the benchmark's own; everything else is read from the
# user's local repository, which is never written (Maven's chained local repository).
REPO=$WORK/m2
TAIL=${BENCH_TAIL:-$HOME/.m2/repository}
VERSION=$(sed -n 's:^  <version>\(.*\)</version>:\1:p' "$ROOT/pom.xml" | head -1)
PLUGIN=io.github.socialstrategy:social-strategy-maven-plugin:$VERSION
MVN=("$ROOT/mvnw" -B -q -o -Dmaven.repo.local="$REPO" -Dmaven.repo.local.tail="$TAIL")
mkdir -p "$WORK"

# Builds and installs the engine and the plugin into $REPO (tests skipped: this is a benchmark).
install_plugin() {
  "$ROOT/mvnw" -B -q -ntp -f "$ROOT/pom.xml" install -DskipTests -Dfuzz.skip \
    -Dmaven.repo.local="$REPO" -Dmaven.repo.local.tail="$TAIL" -pl templates,social-strategy-core,social-strategy-maven-plugin -am
}

# Runs a test-scope main class of social-strategy-core (the generators).
core_main() {
  local main=$1
  shift
  "${MVN[@]}" -f "$ROOT/social-strategy-core/pom.xml" exec:java -Dexec.classpathScope=test \
    -Dexec.mainClass="io.github.socialstrategy.core.bench.$main" -Dexec.args="$*"
}

# time_run LABEL COMMAND...: runs the command, appends "LABEL seconds user+sys max-RSS-MiB" to $WORK/times.txt.
time_run() {
  local label=$1
  shift
  /usr/bin/time -f "%e %U %S %M" -o "$WORK/.time" "$@" > "$WORK/.out" 2>&1 || {
    echo "failed: $label" >&2
    tail -20 "$WORK/.out" >&2
    return 1
  }
  read -r wall user sys rss < "$WORK/.time"
  printf '%s %s %.2f %d\n' "$label" "$wall" "$(echo "$user + $sys" | bc)" $((rss / 1024)) | tee -a "$WORK/times.txt"
}

# median LABEL: the median wall time of the runs recorded under LABEL.
median() {
  awk -v l="$1" '$1 == l { print $2 }' "$WORK/times.txt" | sort -n | awk '{ a[NR] = $1 } END { if (NR) print a[int((NR + 1) / 2)] }'
}

# median_cpu LABEL: the median CPU time (user + system) of the runs recorded under LABEL; steadier than
# wall time on a machine that is busy with other work.
median_cpu() {
  awk -v l="$1" '$1 == l { print $3 }' "$WORK/times.txt" | sort -n | awk '{ a[NR] = $1 } END { if (NR) print a[int((NR + 1) / 2)] }'
}

# max_rss LABEL: the largest max-RSS (MiB) of the runs recorded under LABEL.
max_rss() {
  awk -v l="$1" '$1 == l { if ($4 > m) m = $4 } END { print m + 0 }' "$WORK/times.txt"
}

# An empty Maven project: "mvn validate" of it is Maven's own start, subtracted from every goal.
empty_project() {
  mkdir -p "$WORK/empty"
  cat > "$WORK/empty/pom.xml" <<'POM'
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>bench</groupId>
  <artifactId>empty</artifactId>
  <version>1</version>
  <packaging>pom</packaging>
</project>
POM
}
