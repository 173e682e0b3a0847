#!/usr/bin/env bash
# The search benchmark (docs/benchmarks.md, "Search"): GET /api/v1/search and the feeds' ?q= over N
# stories (default a million) on PostgreSQL, one request at a time over one connection, p50 and p99.
# In a database of its own ($DB, default nr_search_bench, dropped and made again unless SEEDED=1),
# migrated by the server itself, then seeded with seed.sql and analysed. With BEFORE_WAR=path/to/a
# war of an earlier build, every case is measured on it too, on the same data, case by case: a second
# server (OFFSET + 10) answers each case's requests just before this build's server does.
# Needs: target/newsrelay.war (./mvnw -o -B package -DskipTests), PostgreSQL at 127.0.0.1:5432.
# Usage: scripts/search/benchmark.sh [N]   (REQUESTS per search case, default 300; OFFSET, default 1250;
#   SEED_ONLY=1 stops after seeding, SEEDED=1 measures a database seeded before; WAR_UNDER_TEST=path measures
#   another build, default target/newsrelay.war)
set -euo pipefail
cd "$(dirname "$0")/../.."
here=scripts/search
N=${1:-1000000}
export DB=${DB:-nr_search_bench}
export OFFSET=${OFFSET:-1250}
REQUESTS=${REQUESTS:-300}
FEED_REQUESTS=${FEED_REQUESTS:-100}
BEFORE_REQUESTS=${BEFORE_REQUESTS:-10}
export NEWSRELAY_ADMIN_PASSWORD=${NEWSRELAY_ADMIN_PASSWORD:-bench-password}
psql=(psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -q)
work=target/search-bench
mkdir -p "$work"

stop() {
  local file pid
  for file in target/dev-server.pid target/before-server.pid; do
    if [ -e "$file" ]; then
      pid=$(cat "$file")
      kill "$pid" 2>/dev/null || true
      for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
      rm -f "$file"
    fi
  done
}
trap stop EXIT

start() { # war
  WAR="$1" scripts/feeds/dev-server.sh
}

# Each case's requests go to the build before (BEFORE_WAR, its own server beside this one) and then
# to this build, case by case, so that both meet the same moment of the machine.
before=
measure() { # base label kind case count
  python3 "$here/paths.py" "$4" "$5" >"$work/paths"
  if [ -n "$before" ]; then
    python3 "$here/latency.py" "$before" "$2 (before)" "$3" "$work/paths"
  fi
  python3 "$here/latency.py" "$1" "$2" "$3" "$work/paths"
}

# The Chinese vocabulary: OpenCC's phrases (the tables the build caches) that the index keeps whole.
if [ ! -s "$work/vocabulary.tsv" ]; then
  tar -xzf "$(ls ~/.m2/newsrelay-cache/opencc-*.tgz | head -1)" -C "$work" package/data/dictionary/STPhrases.txt
  ./mvnw -o -q -B test-compile
  ./mvnw -o -q dependency:build-classpath -Dmdep.outputFile="$work/classpath" -Dmdep.includeScope=test >/dev/null
  java -cp "target/classes:target/test-classes:$(cat "$work/classpath")" org.newsrelay.story.SearchVocabulary \
    "$work/package/data/dictionary/STPhrases.txt" "$work/vocabulary.tsv"
fi
if [ "${SEEDED:-0}" != 1 ]; then
  "${psql[@]}" -c "drop database if exists $DB" -c "create database $DB"
fi
base=$(start "${WAR_UNDER_TEST:-target/newsrelay.war}")
echo "server: $base on database $DB"
if [ "${SEEDED:-0}" != 1 ]; then
  for k in 1 2 3 4 5; do
    curl -sf -u "admin:$NEWSRELAY_ADMIN_PASSWORD" -H 'Content-Type: application/json' \
      -d "{\"slug\": \"bench-$k\", \"names\": {\"en\": \"Bench $k\"}, \"visibility\": \"public\", \"rules\": {\"include\": [\"benchtopic$k\"]}}" \
      "${base}api/v1/topics" >/dev/null
  done
  stop # the seed is plain SQL; the server comes back for the measurement
  seeded=$(date +%s)
  PGAPPNAME=search-bench-seed "${psql[@]}" -d "$DB" -v n="$N" -f "$here/seed.sql" &
  seed=$!
  # Others may be building on the same cores: the seed's backend yields to them.
  sleep 2
  for pid in $("${psql[@]}" -d "$DB" -tAc "select pid from pg_stat_activity where application_name = 'search-bench-seed'"); do
    renice -n 19 -p "$pid" >/dev/null || true
  done
  wait "$seed"
  echo "seeded $N stories in $(($(date +%s) - seeded)) s"
  if [ "${SEED_ONLY:-0}" = 1 ]; then
    exit 0
  fi
  base=$(start "${WAR_UNDER_TEST:-target/newsrelay.war}")
fi
"${psql[@]}" -d "$DB" -tAc "select 'stories: ' || count(*) from story" \
  -c "select 'index rows: ' || count(*) from story_words" \
  -c "select 'database size: ' || pg_size_pretty(pg_database_size(current_database()))" \
  -c "select 'story_words with indexes: ' || pg_size_pretty(pg_total_relation_size('story_words'))"

if [ -n "${BEFORE_WAR:-}" ]; then
  before=$(NAME=before OFFSET=$((OFFSET + 10)) WAR="$BEFORE_WAR" scripts/feeds/dev-server.sh)
  echo "before: $BEFORE_WAR at $before"
fi
echo
echo "| case | requests | p50 ms | p99 ms | max ms | results per answer |"
echo "| --- | --- | --- | --- | --- | --- |"
# Warm-up: the JIT, the pool, PostgreSQL's buffers.
measure "$base" "warm-up" search search:en:vocab "$REQUESTS" >/dev/null
measure "$base" "warm-up" search search:zh-Hans:vocab "$REQUESTS" >/dev/null
measure "$base" "warm-up" feed feed:en:vocab 10 >/dev/null
for lang in ${LANGS:-en zh-Hans zh-Hant zh-Hant-TW zh-Hant-HK}; do
  measure "$base" "search, $lang, a word in ~1% of its stories" search "search:$lang:vocab" "$REQUESTS"
  measure "$base" "search, $lang, semiconductor / 半导体 (1% / 4%)" search "search:$lang:marked" "$REQUESTS"
  if [ "$lang" != en ]; then
    measure "$base" "search, $lang, 软件 as $lang writes it" search "search:$lang:vocabulary" "${VOCABULARY_REQUESTS:-$REQUESTS}"
  fi
  measure "$base" "search, $lang, a word in no story" search "search:$lang:absent" "$REQUESTS"
  measure "$base" "search, $lang, a word in nearly every story" search "search:$lang:common" "$REQUESTS"
done
for lang in en zh-Hans zh-Hant-TW; do
  measure "$base" "feed ?q=, $lang, a word in no story" feed "feed:$lang:absent" "$FEED_REQUESTS"
  measure "$base" "feed ?q=, $lang, a word in ~1%" feed "feed:$lang:vocab" "$FEED_REQUESTS"
done
stop
