#!/usr/bin/env bash
# Builds the benchmarks module and runs every benchmark; writes benchmarks/target/results.md.
# Arguments go to io.portablefn.benchmarks.RunAll: --rounds N, --warm-rounds N, --jdk25 DIR,
# --skip-warm, --bodies-only (record, POJO and Map bodies only), --quick (a smoke run).
# See docs/performance.md.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -pl benchmarks -am package -DskipTests
cd benchmarks
exec java -cp "target/classes:$(cat target/classpath.txt)" io.portablefn.benchmarks.RunAll --target target "$@"
