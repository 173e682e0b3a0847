#!/usr/bin/env bash
# Ingest through the balancer with one node, then with two (docs/cluster.md, "Measured"): for each, a
# fresh database, scripts/cluster.sh up N, then IngestLoad (the ingest benchmark's client) pushing
# STORIES stories one per request and again 50 per request, counting in the database until every
# accepted story is visible. On this 2-core machine both nodes, the balancer, PostgreSQL and the load
# share the same cores: the figures show what a second node costs, not what it gains on its own machine.
# Usage: scripts/cluster-throughput.sh [STORIES] [CONNECTIONS]   (default 4000 16)
# Settings: CLUSTER_PORT_OFFSET (default 3000), DB (default nr_cluster_bench), NODES (default "1 2").
set -euo pipefail
cd "$(dirname "$0")/.."
stories=${1:-4000}
connections=${2:-16}
export CLUSTER_PORT_OFFSET=${CLUSTER_PORT_OFFSET:-3000}
db=${DB:-nr_cluster_bench}
export NEWSRELAY_DB_URL=jdbc:postgresql://127.0.0.1:5432/$db
export NEWSRELAY_DB_USER=${NEWSRELAY_DB_USER:-postgres}
export NEWSRELAY_ADMIN_PASSWORD=${NEWSRELAY_ADMIN_PASSWORD:-cluster-bench-password}
base=http://127.0.0.1:$((8080 + CLUSTER_PORT_OFFSET))
load() {
  ./mvnw -o -q exec:java -Dexec.mainClass=org.newsrelay.bench.IngestLoad -Dexec.classpathScope=test \
    -Dexec.args="$base $NEWSRELAY_ADMIN_PASSWORD $stories $connections $NEWSRELAY_DB_URL $1"
}
trap 'scripts/cluster.sh down >/dev/null 2>&1 || true' EXIT
./mvnw -o -q test-compile
for n in ${NODES:-1 2}; do
  psql -h 127.0.0.1 -U postgres -qc "drop database if exists $db with (force)" -c "create database $db"
  scripts/cluster.sh up "$n" >/dev/null
  echo "== $n node(s) behind the balancer, $(nproc) cores"
  load 1
  load 50
  scripts/cluster.sh down >/dev/null
done
