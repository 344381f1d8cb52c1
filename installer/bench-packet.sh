#!/usr/bin/env bash
# Packet budgets (issue 6): size < 300 KB, cold command-line start to PDF < 1 s, warm in-process < 200 ms.
#
#   bash installer/bench-packet.sh        (offline; run from anywhere; prints a Markdown table)
#
# Compiles main and test classes, asks Maven for the test class path once, then runs
# io.permitguide.bench.PacketBenchmark with plain `java`, so Maven's own start-up is not in the numbers.
# It also times the cold start with an AppCDS archive trained on the packet command; AppCDS only archives
# classes from jars, so the app's classes are put in a jar for that run.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -o -q test-compile
out=target/bench-packet
mkdir -p "$out"
mvn -o -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$out/classpath" >/dev/null
deps=$(cat "$out/classpath")
jar cf "$out/app.jar" -C target/classes .
exec java -cp "target/classes:target/test-classes:$deps" \
    -Dbench.cds.classpath="$out/app.jar:$deps" \
    io.permitguide.bench.PacketBenchmark
