#!/usr/bin/env bash
# Builds the benchmarks module and runs the local server load benchmark (LocalLoad): 200
# keep-alive clients for 60 s by default. Arguments go to io.portablefn.benchmarks.load.LocalLoad:
# --seconds N, --clients N, --max-error-rate R, --single-requests N, --settle-seconds N,
# --server-heap SIZE (the server JVM's -Xmx).
# Exits non-zero when no request was answered, errors pass the allowed rate or the server dies.
# See docs/performance.md, "Local server under load".
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -pl benchmarks -am package -DskipTests
cd benchmarks
exec java -cp "target/classes:$(cat target/classpath.txt)" io.portablefn.benchmarks.load.LocalLoad "$@"
