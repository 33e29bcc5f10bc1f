#!/usr/bin/env bash
# Benchmark of the real servers (.ci/backends.sh): per profile, the time from `start` to every server
# ready, the time of that profile's integration tests, and the peak memory (RSS) of all servers together,
# sampled every second from start to the end of the tests. Prints one table; record it in docs/benchmarks.md.
#
#   bash .ci/bench-backends.sh            (after `bash .ci/backends.sh install`; the test time includes Maven building the modules)
#
# It stops the servers first, then starts each profile from nothing. PostgreSQL must run already.
set -euo pipefail
cd "$(dirname "$0")/.."
BASE=${FLOE_BACKENDS_DIR:-$HOME/.cache/floe-backends}

rss_mib() {   # RSS of every process in the servers' process groups, in MiB
  local total=0 f pgid
  for f in "$BASE"/run/*.pid; do
    [[ -f $f ]] || continue
    pgid=$(cat "$f")
    total=$(( total + $(ps -eo pgid=,rss= | awk -v g="$pgid" '$1 == g { s += $2 } END { print s + 0 }') ))
  done
  echo $(( total / 1024 ))
}

declare -A TESTS=(
  [storage]="examples/polaris-example:PolarisNamespaceIT"
  [compute]="examples/polaris-example,examples/dbt-example:IcebergTableIT,SparkProfileIT"
  [full]="floe-fixtures,examples/cube-example:RealServersIT,CubeSecurityIT"
)

printf '%-8s %-14s %-12s %-16s\n' profile "start->ready" "tests" "peak RSS (MiB)"
for profile in storage compute full; do
  bash .ci/backends.sh stop >/dev/null 2>&1 || true
  peak_file=$(mktemp)
  echo 0 > "$peak_file"
  ( while sleep 1; do r=$(rss_mib); (( r > $(cat "$peak_file") )) && echo "$r" > "$peak_file"; done ) &
  sampler=$!
  t0=$(date +%s%N)
  bash .ci/backends.sh start "$profile" >/dev/null 2>&1
  t1=$(date +%s%N)
  modules=${TESTS[$profile]%%:*}; its=${TESTS[$profile]#*:}
  ( eval "$(bash .ci/backends.sh env "$profile")"
    mvn -q -B verify -Preal-servers -pl "$modules" -am -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false \
      -Dit.test="$its" -Dfailsafe.failIfNoSpecifiedTests=false -Dfloe.traceability.enabled=false >/dev/null )
  t2=$(date +%s%N)
  kill "$sampler" 2>/dev/null; wait "$sampler" 2>/dev/null || true
  printf '%-8s %-14s %-12s %-16s\n' "$profile" "$(( (t1 - t0) / 1000000000 )) s" "$(( (t2 - t1) / 1000000000 )) s" \
    "$(cat "$peak_file")"
  rm -f "$peak_file"
done
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) cores; $(free -g | awk '/Mem:/ {print $2}') GiB"
