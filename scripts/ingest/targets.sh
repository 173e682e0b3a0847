#!/usr/bin/env bash
# Issue 20's figures on a fresh database: a server on database $DB (default ingest_targets, dropped and made
# again), warmed up, then each of these pushed at the rate the target names and flat out, reported as stories/s
# from the first 202 to the last story visible and the p99 from 202 to visible:
#   English, batches of 50 over 8 connections (target 1,000/s, p99 < 2 s);
#   English, one story per request over 16 connections (target 700/s, p99 < 2 s);
#   Chinese (zh-Hans, four renditions each), both ways, at half those rates (the target: no less than half).
# Usage: scripts/ingest/targets.sh [STORIES]  (default 10000 per run); WAR= the war to start (default
# target/newsrelay.war); COPIES= the copy measured (default "en zh-Hans"); the server is stopped at the end. Needs ./mvnw -q -B package -DskipTests first.
set -euo pipefail
cd "$(dirname "$0")/../.."
stories=${1:-10000}
export DB=${DB:-ingest_targets} OFFSET=${OFFSET:-450}
psql -h 127.0.0.1 -U postgres -qc "drop database if exists $DB with (force)"
scripts/feeds/dev-server.sh >/dev/null
trap 'kill "$(cat target/dev-server.pid)" 2>/dev/null || true' EXIT
first=1
run() { # language per-request connections rate
  local out
  out=$(WARMUP_ROUNDS=$((first ? ${WARMUP_ROUNDS:-4} : 0)) SPLIT=0 LANGUAGE=$1 \
    scripts/ingest/benchmark.sh "$stories" "$3" "$2" "$4" 2>&1)
  first=0
  echo "$out" >>"target/ingest-targets.log"
  local visible cpu
  visible=$(echo "$out" | grep '^  visible' | tail -1)
  cpu=$(echo "$out" | grep 'CPU per story' | tail -1 | sed 's/.*WildFly \([0-9]* µs\), PostgreSQL backends \([0-9]* µs\),.* \([0-9]* µs\)$/\1 \/ \2 \/ \3/')
  printf '| %s | %s | %s | %s | %s | %s | %s |\n' "$1" "$2" "$([ "$4" = 0 ] && echo 'flat out' || echo "$4/s")" \
    "$(echo "$visible" | sed -n 's/.* \([0-9]*\) stories\/s sustained.*/\1/p')" \
    "$(echo "$visible" | sed -n 's/.*p50 \([0-9]*\) ms.*/\1 ms/p')" \
    "$(echo "$visible" | sed -n 's/.*p99 \([0-9]*\) ms.*/\1 ms/p')" "$cpu"
}
: >target/ingest-targets.log
echo "machine: $(nproc) cores, $(git rev-parse --short HEAD), war ${WAR:-target/newsrelay.war}, $stories stories a run"
echo "| copy | per request | offered | stories/s | p50 | p99 | CPU per story: WildFly / PG / machine |"
echo "| --- | --- | --- | --- | --- | --- | --- |"
for copy in ${COPIES:-en zh-Hans}; do
  # Chinese copy's target is half of English's.
  share=$([ "$copy" = en ] && echo 1 || echo 2)
  run "$copy" 50 8 $((1000 / share))
  run "$copy" 50 8 0
  run "$copy" 1 16 $((700 / share))
  run "$copy" 1 16 0
done
echo "(each run's whole output: target/ingest-targets.log)"
