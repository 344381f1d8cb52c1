#!/usr/bin/env bash
# Packet budgets (issue 6): size < 300 KB, cold command-line start to PDF < 1 s, warm in-process < 200 ms.
#
#   bash installer/bench-packet.sh        (offline; run from anywhere)
#
# Compiles main and test classes, asks Maven for the test class path once, then runs
# io.permitguide.bench.PacketBenchmark with plain `java`, so Maven's own start-up is not in the numbers.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -o -q test-compile
cp_file=target/bench-packet.classpath
mvn -o -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$cp_file" >/dev/null
exec java -cp "target/classes:target/test-classes:$(cat "$cp_file")" io.permitguide.bench.PacketBenchmark
