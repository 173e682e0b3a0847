#!/usr/bin/env bash
# Ingest through the balancer with one node, then with two (docs/cluster.md, "Measured"): for each, a
# fresh database, scripts/cluster.sh up N, a warm-up (WARMUP stories flat out, 50 per request: on a
# fresh server the JIT compiles for the first ~20,000 stories, docs/benchmarks.md), ANALYZE (autovacuum
# is off on this machine), then IngestLoad (the ingest benchmark's client) pushing STORIES stories one
# per request over 16 connections and again 50 per request over 8, counting in the database until
# every accepted story is visible. On this 2-core machine the nodes, the balancer, PostgreSQL and the
# load share the same cores: the figures show what a second node costs, not what it gains on a
# machine of its own.
# Usage: scripts/cluster-throughput.sh [STORIES]   (default 10000)
# Settings: CLUSTER_PORT_OFFSET (default 3000), DB (default nr_cluster_bench), NODES (default "1 2"),
# WARMUP (default 20000).
set -euo pipefail
cd "$(dirname "$0")/.."
stories=${1:-10000}
warmup=${WARMUP:-20000}
export CLUSTER_PORT_OFFSET=${CLUSTER_PORT_OFFSET:-3000}
db=${DB:-nr_cluster_bench}
export NEWSRELAY_DB_URL=jdbc:postgresql://127.0.0.1:5432/$db
export NEWSRELAY_DB_USER=${NEWSRELAY_DB_USER:-postgres}
export NEWSRELAY_ADMIN_PASSWORD=${NEWSRELAY_ADMIN_PASSWORD:-cluster-bench-password}
base=http://127.0.0.1:$((8080 + CLUSTER_PORT_OFFSET))
load() { # stories, connections, per request
  ./mvnw -o -q exec:java -Dexec.mainClass=org.newsrelay.bench.IngestLoad -Dexec.classpathScope=test \
    -Dexec.args="$base $NEWSRELAY_ADMIN_PASSWORD $1 $2 $NEWSRELAY_DB_URL $3"
}
trap 'scripts/cluster.sh down >/dev/null 2>&1 || true' EXIT
./mvnw -o -q test-compile
for n in ${NODES:-1 2}; do
  psql -h 127.0.0.1 -U postgres -qc "drop database if exists $db with (force)" -c "create database $db"
  scripts/cluster.sh up "$n" >/dev/null
  echo "== $n node(s) behind the balancer, $(nproc) cores"
  if [ "$warmup" -gt 0 ]; then
    load "$warmup" 8 50 >/dev/null
  fi
  psql -h 127.0.0.1 -U postgres -qc analyze "$db"
  load "$stories" 16 1
  load "$stories" 8 50
  scripts/cluster.sh down >/dev/null
done
