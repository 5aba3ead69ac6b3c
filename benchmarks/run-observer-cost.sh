#!/usr/bin/env bash
# What the invocation hook (#17) costs at cold start; writes benchmarks/target/observer-cost.md.
# Builds portablefn-runtime as it was before the hook (BEFORE_REV, default: the parent of the
# commit that added InvocationObserver.java) and runs io.portablefn.benchmarks.ObserverCost:
# the generated AWS handler on that jar, on today's runtime, and with portablefn-opentelemetry.
# Arguments go to ObserverCost (--rounds N). See docs/performance.md.
set -euo pipefail
cd "$(dirname "$0")/.."
hook=providers/runtime/src/main/java/io/portablefn/runtime/InvocationObserver.java
before_rev=${BEFORE_REV:-$(git log --diff-filter=A --format=%H -- "$hook" | tail -1)^}
./mvnw -q -pl benchmarks,opentelemetry -am package -DskipTests

work=benchmarks/target/runtime-before
rm -rf "$work" && mkdir -p "$work/src" "$work/classes"
git archive "$before_rev" providers/runtime/src/main | tar -x -C "$work/src"
if ! git diff --quiet "$before_rev" HEAD -- api/src/main; then
  echo "warning: api/ changed since $before_rev; the 'before' runtime is compiled against today's api" >&2
fi
# The runtime's own dependencies, as the benchmarks' classpath holds them.
deps=$(tr ':' '\n' < benchmarks/target/classpath.txt | grep -E '/(portablefn-api-|jackson-)[^/]*\.jar$' | paste -sd:)
javac --release 17 -nowarn -d "$work/classes" -cp "$deps" $(find "$work/src" -name '*.java')
jar cf "$work/portablefn-runtime-before.jar" -C "$work/classes" .

module=$(ls opentelemetry/target/portablefn-opentelemetry-*.jar | grep -v -e sources -e tests | head -1)
api=$(tr ':' '\n' < opentelemetry/target/classpath.txt | grep -E '/opentelemetry-[^/]*\.jar$' | paste -sd:)
cd benchmarks
exec java -cp "target/classes:$(cat target/classpath.txt)" io.portablefn.benchmarks.ObserverCost --target target \
  --runtime-before "target/runtime-before/portablefn-runtime-before.jar" --module-jars "../$module:$api" "$@"
