#!/usr/bin/env bash
# The ingest benchmark (docs/benchmarks.md, "Ingest"): IngestLoad pushes N stories over C connections to a
# server started by scripts/feeds/dev-server.sh (DB=ingest_bench OFFSET=450), then reports stories/s and the
# time from 202 to visible. Two runs of it:
#   together: the worker takes stories while they are pushed (the figure the target speaks of);
#   split:    the worker is paused (jboss-cli stop-delivery) while pushing, then drains the queue alone,
#             so that each side's rate and CPU per story (WildFly from /proc, PostgreSQL backends of the
#             database) are measured on their own.
# Usage: scripts/ingest/benchmark.sh [STORIES] [CONNECTIONS] [PER_REQUEST] [RATE]  (default 4000 16 1 0)
# RATE offers that many stories per second in the together run (0: as fast as the server answers, so
# that a backlog builds whenever pushing outpaces the worker); the split runs always push flat out.
# LANGUAGE (default en): the copy pushed, en, zh-Hans (four renditions each) or mixed (half and half).
# SPLIT=0 leaves the split run out; WARMUP_ROUNDS (default 4) warm-up rounds of 5,000 stories.
# scripts/ingest/targets.sh runs the figures issue 20 names, on a fresh database.
set -euo pipefail
cd "$(dirname "$0")/../.."
stories=${1:-4000}
connections=${2:-16}
per_request=${3:-1}
rate=${4:-0}
DB=${DB:-ingest_bench}
LANGUAGE=${LANGUAGE:-en}
OFFSET=${OFFSET:-450}
base=http://127.0.0.1:$((8080 + OFFSET))
jdbc=jdbc:postgresql://127.0.0.1:5432/$DB
home=target/dev-wildfly
cli() { "$home/bin/jboss-cli.sh" --connect --controller=127.0.0.1:$((9990 + OFFSET)) --command="$1" >/dev/null; }
worker=/deployment=newsrelay.war/subsystem=ejb3/message-driven-bean=IngestWorker
server=$(pgrep -f "$home/jboss-modules.jar" | head -1)
ticks() { # CPU ticks (1/100 s) so far: WildFly, and the PostgreSQL backends serving $DB
  local w p=0 t
  w=$(awk '{print $14+$15}' "/proc/$server/stat")
  for pid in $(psql -h 127.0.0.1 -U postgres -Atc "select pid from pg_stat_activity where datname='$DB' and application_name <> 'IngestLoad'"); do
    t=$(awk '{print $14+$15}' "/proc/$pid/stat" 2>/dev/null || echo 0)
    p=$((p + t))
  done
  echo "$w $p"
}
load() {
  ./mvnw -q exec:java -Dexec.mainClass=org.newsrelay.bench.IngestLoad -Dexec.classpathScope=test \
    -Dexec.args="$base ${NEWSRELAY_ADMIN_PASSWORD:-dev-password} $1 $connections $jdbc $per_request ${2:-0} ${3:-$LANGUAGE}"
}
per_story() { echo "$(( ($2 - $1) * 10000 / stories )) µs"; }
busy() { awk '/^cpu /{print $2+$3+$4+$7+$8}' /proc/stat; } # the whole machine, every process

# A desk has topics, and every story is matched against their rules as it is stored: a dozen, in both
# scripts, with words the load generator's copy draws from (an existing topic answers 409 and stays).
topic() {
  curl -s -o /dev/null -u "admin:${NEWSRELAY_ADMIN_PASSWORD:-dev-password}" -H 'Content-Type: application/json' \
    -d "{\"slug\": \"$1\", \"names\": {\"en\": \"$1\"}, \"rules\": {\"include\": [\"$2\", \"$3\"]}}" \
    "$base/api/v1/topics"
}
topic bench-deepseek deepseek 深度求索; topic bench-china china 中国; topic bench-chips chips 芯片
topic bench-training training 训练; topic bench-silicon silicon 硅谷; topic bench-release release 发布
topic bench-ai "artificial intelligence" 人工智能; topic bench-nvidia nvidia 英伟达; topic bench-cost million 美元
topic bench-models model 模型; topic bench-funds quantitative 基金; topic bench-politics political 政治

echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) before the run"
# The JIT compiles for the first ~20,000 stories of a fresh server; earlier figures measure it.
echo "warm-up:"; for _ in $(seq 1 "${WARMUP_ROUNDS:-4}"); do load 5000 0 mixed | sed 's/^/  /'; done
# What autovacuum would have done by now; this machine's PostgreSQL runs with autovacuum off.
psql -h 127.0.0.1 -U postgres -d "$DB" -qc analyze

echo "together:"
read -r w0 p0 < <(ticks)
m0=$(busy)
load "$stories" "$rate" | sed 's/^/  /'
m1=$(busy)
read -r w1 p1 < <(ticks)
echo "  CPU per story: WildFly $(per_story "$w0" "$w1"), PostgreSQL backends $(per_story "$p0" "$p1"),"\
  "the whole machine (load generator, kernel, PostgreSQL's writers included) $(per_story "$m0" "$m1")"

[ "${SPLIT:-1}" = 0 ] && exit 0
echo "split:"
cli "$worker:stop-delivery"
out=$(mktemp)
read -r w0 p0 < <(ticks)
load "$stories" >"$out" 2>&1 &
until grep -q pushed "$out"; do sleep 0.2; done
read -r w1 p1 < <(ticks)
start=$(date +%s.%N)
cli "$worker:start-delivery"
wait
read -r w2 p2 < <(ticks)
# The last story's commit, as PostgreSQL recorded it: the load generator only polls every 2 s.
end=$(sed -n 's/.*last visible at \([0-9.]*\).*/\1/p' "$out")
sed 's/^/  /' "$out"
echo "  push CPU per story: WildFly $(per_story "$w0" "$w1"), PostgreSQL $(per_story "$p0" "$p1")"
printf '  drain: %d stories in %.1f s (%.0f/s); CPU per story: WildFly %s, PostgreSQL %s\n' \
  "$stories" "$(echo "$end - $start" | bc)" "$(echo "$stories / ($end - $start)" | bc -l)" \
  "$(per_story "$w1" "$w2")" "$(per_story "$p1" "$p2")"
rm -f "$out"
