#!/usr/bin/env bash
# The suite's quick variant for development: the same steps as run.sh (build, seed, read back, every scenario,
# the report), on H2 only, with less data, short runs and no separate run on the small data set; the report goes to stdout, not to RESULTS.md.
# Under 3 minutes on the project's 2-core machine (2 min 29 s with the build, at a load average of 6 to 8 from other
# work; an app start alone can take 40 s at load 10). Its figures show that the suite works, not how fast the app is:
# the JIT is barely warm after 10 s. Any BENCH_* setting of run.sh still applies.
set -euo pipefail
export BENCH_DBS=${BENCH_DBS:-h2}
export BENCH_WARMUP=${BENCH_WARMUP:-10}
export BENCH_PRIME=${BENCH_PRIME:-1}
export BENCH_CEILING_PRIME=${BENCH_CEILING_PRIME:-2}
export BENCH_DURATION=${BENCH_DURATION:-3}
export BENCH_SOAK=${BENCH_SOAK:-0}
export BENCH_SMALL_PHASE=${BENCH_SMALL_PHASE:-0}
export BENCH_BIG_PARTICIPANTS=${BENCH_BIG_PARTICIPANTS:-5000}
export BENCH_RECORDS=${BENCH_RECORDS:-20000}
export BENCH_DRAIN_MAX=${BENCH_DRAIN_MAX:-5}
export BENCH_OUT=${BENCH_OUT:--}
exec "$(dirname "$0")/run.sh" "$@"
