#!/usr/bin/env bash
# Deep keyset pages against the first page: 100,000 participants in one call, 61,000 callRecords in one tenant.
# Usage: bench/paging.sh [postgres|h2]   (PostgreSQL from SWITCHBOARD_TEST_POSTGRES_URL, default the local server)
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -pl adapters-persistence -am install -DskipTests
cd adapters-persistence
../mvnw -B -q dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
java -cp "target/test-classes:target/classes:$(cat target/cp.txt)" \
    dev.switchboard.adapter.persistence.bench.PagingBench "${1:-postgres}"
