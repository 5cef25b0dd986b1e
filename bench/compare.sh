#!/usr/bin/env bash
# Paired runs against other tools on work of the same shape (see docs/performance.md):
#   our check  vs  OpenFastTrace 4.9.0 tracing a requirements tree of the same graph
#   our report vs  Hugo building a site of one page per activity
# Each run times the four back to back, so load on the machine hits all of them alike.
# Usage: bench/compare.sh [SIZE] [RUNS]   (default L 3). Needs Debian's hugo package; fetches
# OpenFastTrace from Maven Central into your local Maven repository on first use.
set -euo pipefail
source "$(dirname "$0")/common.sh"
SIZE=${1:-L}
RUNS=${2:-3}
OFT_VERSION=4.9.0
OFT_JAR=$TAIL/org/itsallcode/openfasttrace/openfasttrace/$OFT_VERSION/openfasttrace-$OFT_VERSION.jar

command -v hugo > /dev/null || { echo "hugo is not installed (Debian: apt-get install hugo)" >&2; exit 1; }
if [ ! -f "$OFT_JAR" ]; then
  # The aggregate artifact is a runnable jar with every module inside.
  "$ROOT/mvnw" -B -q -ntp org.apache.maven.plugins:maven-dependency-plugin:3.9.0:get \
    -Dartifact=org.itsallcode.openfasttrace:openfasttrace:$OFT_VERSION -Dtransitive=false
fi

install_plugin
empty_project
: > "$WORK/times.txt"
project=$WORK/plan-$SIZE
[ -d "$project" ] || core_main PlanGenerator "$SIZE" "$project" "$VERSION" > /dev/null
[ -d "$WORK/oft-$SIZE" ] || core_main ComparisonInputs oft "$SIZE" "$WORK/oft-$SIZE" > /dev/null
[ -d "$WORK/hugo-$SIZE" ] || core_main ComparisonInputs hugo "$SIZE" "$WORK/hugo-$SIZE" > /dev/null
echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1), $(hugo version | cut -d' ' -f1-2), load $(cut -d' ' -f1-3 /proc/loadavg)"

for run in $(seq "$RUNS"); do
  time_run maven-start "${MVN[@]}" -f "$WORK/empty/pom.xml" validate
  time_run check "${MVN[@]}" -f "$project/pom.xml" "$PLUGIN:check"
  # OpenFastTrace exits with 1 when the trace has defects (gaps); that is a finished run too.
  time_run oft-trace bash -c "java -jar '$OFT_JAR' trace -o plain -f '$WORK/oft-report.txt' '$WORK/oft-$SIZE' || [ \$? -eq 1 ]"
  rm -rf "$project/target"
  time_run report "${MVN[@]}" -f "$project/pom.xml" "$PLUGIN:report"
  rm -rf "$WORK/hugo-out"
  time_run hugo hugo --quiet -s "$WORK/hugo-$SIZE" -d "$WORK/hugo-out"
done

start=$(median maven-start)
start_cpu=$(median_cpu maven-start)
echo
echo "Maven's own start: $start s wall, $start_cpu s CPU (medians). Ours is beyond that start; CPU is user + system time."
echo "| work | ours wall / CPU (s) | theirs wall / CPU (s) | ratio wall / CPU | peak RSS ours / theirs (MiB) |"
echo "| --- | --- | --- | --- | --- |"
row() {
  local label=$1 ours=$2 theirs=$3
  local w c tw tc
  w=$(echo "$(median "$ours") - $start" | bc); c=$(echo "$(median_cpu "$ours") - $start_cpu" | bc)
  tw=$(median "$theirs"); tc=$(median_cpu "$theirs")
  printf '| %s | %.1f / %.1f | %s / %s | %.1fx / %.1fx | %s / %s |\n' "$label" "$w" "$c" "$tw" "$tc" \
    "$(echo "$w / $tw" | bc -l)" "$(echo "$c / $tc" | bc -l)" "$(max_rss "$ours")" "$(max_rss "$theirs")"
}
row "trace (check vs OpenFastTrace)" check oft-trace
row "site (report vs Hugo)" report hugo
echo "OpenFastTrace: $(tail -1 "$WORK/oft-report.txt"); Hugo: $(find "$WORK/hugo-out" -name '*.html' | wc -l) pages"
