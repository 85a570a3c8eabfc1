#!/bin/sh
#
# SPDX-License-Identifier: Apache-2.0
#

# Builds the examples module (tests skipped) and runs the benchmarks B1-B6, printing each figure with its target.
# B1 and B3pg (B3 on PostgreSQL) start an embedded PostgreSQL (io.zonky, nothing to install).
#   examples/benchmarks/run-benchmarks.sh                 full run (11 minutes on 2 idle cores)
#   examples/benchmarks/run-benchmarks.sh --quick         each benchmark once, in one JVM (checks they run; figures meaningless)
#   examples/benchmarks/run-benchmarks.sh --only B3 --large 100000
#   examples/benchmarks/run-benchmarks.sh --only B1,B3pg --large-pg 100000
set -e
cd "$(dirname "$0")/../.."
mvn -B -ntp -q ${MAVEN_FLAGS:-} package dependency:build-classpath -pl examples/benchmarks -am -DskipTests \
  -Dmdep.outputFile=target/classpath.txt -Dmdep.includeScope=runtime
exec java -cp "examples/benchmarks/target/benchmarks-0.1.0-SNAPSHOT.jar:$(cat examples/benchmarks/target/classpath.txt)" \
  org.memberportal.examples.bench.Benchmarks "$@"
