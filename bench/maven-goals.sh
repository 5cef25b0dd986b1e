#!/usr/bin/env bash
# The check and report goals in real Maven builds of generated plans, with Maven's own start measured
# and subtracted. Usage: bench/maven-goals.sh [SIZES] [RUNS]   e.g. bench/maven-goals.sh "S L" 3
# Prints one table row per size and goal; every run is in target/bench/times.txt.
set -euo pipefail
source "$(dirname "$0")/common.sh"
SIZES=${1:-"S M L"}
RUNS=${2:-3}

install_plugin
empty_project
: > "$WORK/times.txt"
echo "machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo), $(java -version 2>&1 | head -1), load $(cut -d' ' -f1-3 /proc/loadavg)"

for size in $SIZES; do
  project=$WORK/plan-$size
  [ -d "$project" ] || core_main PlanGenerator "$size" "$project" "$VERSION" > /dev/null
  for run in $(seq "$RUNS"); do
    time_run "maven-start" "${MVN[@]}" -f "$WORK/empty/pom.xml" validate > /dev/null
    time_run "check-$size" "${MVN[@]}" -f "$project/pom.xml" "$PLUGIN:check" > /dev/null
    rm -rf "$project/target"
    time_run "report-$size" "${MVN[@]}" -f "$project/pom.xml" "$PLUGIN:report" > /dev/null
    find "$project/target/social-strategy" -type f -printf '%i %T@ %p\n' | sort > "$WORK/before.txt"
    time_run "rerun-$size" "${MVN[@]}" -f "$project/pom.xml" "$PLUGIN:report" > /dev/null
    find "$project/target/social-strategy" -type f -printf '%i %T@ %p\n' | sort > "$WORK/after.txt"
    echo "rewritten-$size $(comm -13 "$WORK/before.txt" "$WORK/after.txt" | wc -l) of $(wc -l < "$WORK/after.txt") files" | tee -a "$WORK/times.txt"
  done
  # Does a 1 GiB heap suffice for the report of this size?
  rm -rf "$project/target"
  MAVEN_OPTS="-Xmx1g" time_run "report-xmx1g-$size" "${MVN[@]}" -f "$project/pom.xml" "$PLUGIN:report" > /dev/null
done

start=$(median maven-start)
echo
echo "Maven's own start (mvn validate of an empty project): ${start} s (median of $(grep -c '^maven-start ' "$WORK/times.txt"))"
echo "| size | goal | whole process (median s) | beyond Maven's start (s) | CPU (median s) | peak RSS (MiB) |"
echo "| --- | --- | --- | --- | --- | --- |"
for size in $SIZES; do
  for goal in check report rerun report-xmx1g; do
    m=$(median "$goal-$size")
    [ -n "$m" ] && printf '| %s | %s | %s | %.1f | %s | %s |\n' "$size" "$goal" "$m" "$(echo "$m - $start" | bc)" \
      "$(median_cpu "$goal-$size")" "$(max_rss "$goal-$size")"
  done
  grep "^rewritten-$size " "$WORK/times.txt" | tail -1 | sed 's/^/  unchanged re-run: /'
done
