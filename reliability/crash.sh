#!/usr/bin/env bash
# Crash durability: kill -9 under a write load, on H2 (file) and on PostgreSQL; reliability/README.md says what it
# checks and how to read the figures it writes to reliability/RESULTS.md.
#
#   reliability/crash.sh                     10 rounds on each database, figures into reliability/RESULTS.md
#   CRASH_ROUNDS=2 CRASH_OUT=- reliability/crash.sh    a short run, figures on stdout
#
# Every setting can be overridden from the environment (CRASH_*).
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(dirname "$HERE")
cd "$ROOT"

DBS=${CRASH_DBS:-h2 postgres}
ROUNDS=${CRASH_ROUNDS:-10}
BUILD=${CRASH_BUILD:-1}                                 # 0: use the jar that is there
OUT=${CRASH_OUT:-$HERE/RESULTS.md}                      # "-": print the table instead of writing the file
PG_ADMIN_URL=${CRASH_PG_URL:-jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres}   # switchboard_reliability is made here
JAR=$ROOT/app/target/app-0.1.0-SNAPSHOT.jar
WORK=$(mktemp -d "${TMPDIR:-/tmp}/switchboard-crash.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
trap 'exit 130' INT TERM   # so that the EXIT trap cleans up on ^C too

if [[ $BUILD == 1 ]]; then
  echo "[crash] building the jar"
  ./mvnw -B -q -pl app -am package -DskipTests
fi
[[ -f $JAR ]] || { echo "no $JAR; run without CRASH_BUILD=0" >&2; exit 2; }
cp "$JAR" "$WORK/app.jar"   # a build during the run must not change the jar under it
JAR=$WORK/app.jar

# the JDBC drivers of the very versions the app runs, for the checks that read the database directly
(cd "$WORK" && jar xf "$JAR" $(jar tf "$JAR" | grep -E '^BOOT-INF/lib/(h2|postgresql)-[0-9.]+\.jar$'))
DRIVERS=$(ls "$WORK"/BOOT-INF/lib/*.jar | paste -sd: -)

status=0
results=()
for db in $DBS; do
  echo "[crash] $db: $ROUNDS rounds"
  if java -cp "$DRIVERS" "$HERE/CrashDurability.java" --jar "$JAR" --db "$db" --rounds "$ROUNDS" \
       --work "$WORK/$db" --pg-admin-url "$PG_ADMIN_URL" | tee "$WORK/$db.out"; then :; else status=1; fi
  results+=("$(grep '^RESULT ' "$WORK/$db.out" || echo "RESULT db=$db failed-to-finish")")
done

field() { sed -n "s/.* $2=\([^ ]*\).*/\1/p" <<<"$1"; }
table() {
  echo "| database | rounds (kill -9) | requests sent | acknowledged (2xx) | unanswered (cut by the kill) | refused (4xx) | 5xx | lost | half-written aggregates | seconds |"
  echo "|---|---|---|---|---|---|---|---|---|---|"
  for r in "${results[@]}"; do
    echo "| $(field "$r" db) | $(field "$r" rounds) | $(field "$r" sent) | $(field "$r" acknowledged) | $(field "$r" unanswered) | $(field "$r" refused4xx) | $(field "$r" 5xx) | $(field "$r" lost) | $(field "$r" halfWritten) | $(field "$r" seconds) |"
  done
}

if [[ $OUT == - ]]; then
  table
else
  {
    echo "# Crash durability: results"
    echo
    echo "Written by \`reliability/crash.sh\` ([README](README.md) says what it does and checks)."
    echo
    echo "- command: \`CRASH_ROUNDS=$ROUNDS CRASH_DBS=\"$DBS\" reliability/crash.sh\`"
    echo "- date: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
    echo "- commit: $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- app adapters-persistence || echo ' (with local changes)')"
    echo "- machine: $(nproc) cores, $(java -version 2>&1 | head -1)"
    echo
    table
  } > "$OUT"
  echo "[crash] figures written to $OUT"
fi
exit $status
