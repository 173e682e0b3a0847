#!/usr/bin/env bash
# The feed benchmark (docs/benchmarks.md, "Feeds"): wrk on loopback against a 50-entry feed, full GET
# and conditional GET, beside nginx serving the very same bytes as a static file in the same run;
# then cold renders of 50-entry pages from the million stories of seed-million.sql.
# Needs: apt-get install -y wrk nginx; a server on database feeds_bench (DB=feeds_bench
# scripts/feeds/dev-server.sh) seeded once with seed-million.sql.
# Usage: scripts/feeds/benchmark.sh [BASE_URL] [DURATION]   (default http://127.0.0.1:8530/ 20s)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
base=${1:-http://127.0.0.1:8530/}
base=${base%/}/
duration=${2:-20s}
work=$(cd "$here/../.." && pwd)/target/bench-nginx
mkdir -p "$work/html" "$work/logs"

curl -sf "${base}feeds/en/all.atom" >"$work/html/all.atom"
entries=$(grep -o '<entry>' "$work/html/all.atom" | wc -l)
echo "feed: ${base}feeds/en/all.atom, $entries entries, $(wc -c <"$work/html/all.atom") bytes"

cat >"$work/nginx.conf" <<CONF
worker_processes auto;
daemon off;
error_log $work/logs/error.log;
pid $work/nginx.pid;
events { worker_connections 1024; }
http {
  access_log off;
  sendfile on;
  tcp_nopush on;
  keepalive_requests 1000000;
  types { application/atom+xml atom; }
  server {
    listen 127.0.0.1:18530;
    root $work/html;
  }
}
CONF
nginx -p "$work" -c "$work/nginx.conf" &
nginx_pid=$!
trap 'kill $nginx_pid 2>/dev/null || true' EXIT
sleep 1
static=http://127.0.0.1:18530/all.atom
cmp -s <(curl -sf "$static") "$work/html/all.atom" || { echo "nginx does not serve the same bytes" >&2; exit 1; }
ours_etag=$(curl -sfI "${base}feeds/en/all.atom" | tr -d '\r' | awk -F': ' 'tolower($1)=="etag"{print $2}')
nginx_etag=$(curl -sfI "$static" | tr -d '\r' | awk -F': ' 'tolower($1)=="etag"{print $2}')

run() { # label url [header]
  local out
  if [ $# -ge 3 ]; then
    out=$(wrk -t2 -c64 -d"$duration" --latency -H "$3" "$2")
  else
    out=$(wrk -t2 -c64 -d"$duration" --latency "$2")
  fi
  local rps p99 errors
  rps=$(awk '/Requests\/sec/{print $2}' <<<"$out")
  p99=$(awk '$1=="99%"{print $2}' <<<"$out")
  errors=$(grep -E "Non-2xx|Socket errors" <<<"$out" | tr '\n' ' ' || true)
  printf '| %s | %s | %s | %s\n' "$1" "$rps" "$p99" "${errors:-}"
}

# Warm both up (JIT, caches) before measuring.
wrk -t2 -c64 -d10s "${base}feeds/en/all.atom" >/dev/null
wrk -t2 -c64 -d5s "$static" >/dev/null
echo "| what | requests/s | p99 | errors"
echo "| --- | --- | --- | ---"
run "nginx, full GET" "$static"
run "newsrelay, full GET" "${base}feeds/en/all.atom"
run "nginx, conditional GET (304)" "$static" "If-None-Match: $nginx_etag"
run "newsrelay, conditional GET (304)" "${base}feeds/en/all.atom" "If-None-Match: $ours_etag"
run "nginx, full GET (again)" "$static"
run "newsrelay, full GET (again)" "${base}feeds/en/all.atom"

if [ "${COLD:-1}" = 1 ]; then
  /usr/bin/python3 "$here/cold_renders.py" "$base" "${DB:-feeds_bench}" en 20
  /usr/bin/python3 "$here/cold_renders.py" "$base" "${DB:-feeds_bench}" zh-Hant-TW 20
fi
