#!/usr/bin/env bash
# Deploys the freshly built war into the configured server, starts it in the foreground and, once the
# application is deployed, prints a short banner: where it answers, the console, the admin, how to stop.
# Usage: run.sh <jboss.home> <newsrelay.war>
set -euo pipefail
home=$1
war=$2
config="$home/standalone/configuration/standalone-full.xml"
log="$home/standalone/log/server.log"
deployments="$home/standalone/deployments"
# A test server that was killed may have left its own deployment recorded in the configuration (its
# content lives in the tests' data directory): this start deploys the war below instead.
sed -i '/<deployments>/,/<\/deployments>/d' "$config"
rm -f "$deployments"/newsrelay.war.{deployed,failed,isdeploying,pending}
cp "$war" "$deployments/newsrelay.war"
mkdir -p "$(dirname "$log")"
touch "$log"
log_start=$(stat -c %s "$log")

# In the background, so that this script can print the banner; a process started so ignores Ctrl+C, so
# the trap below turns Ctrl+C into a TERM, which standalone.sh relays to the server, and waits for it.
LAUNCH_JBOSS_IN_BACKGROUND=1 "$home/bin/standalone.sh" -c standalone-full.xml &
server=$!
trap 'kill -TERM "$server" 2>/dev/null; wait "$server"; exit 0' INT TERM

banner() {
  local base=${NEWSRELAY_PUBLIC_URL:-http://localhost:8080/}
  base=${base%/}/
  local started admin database
  started=$(tail -c +$((log_start + 1)) "$log")
  if grep -q "generated password" <<<"$started"; then
    admin="admin, with the generated password printed above (also in $log: grep 'first admin')"
  elif grep -q "password from NEWSRELAY_ADMIN_PASSWORD" <<<"$started"; then
    admin="admin, with the password in NEWSRELAY_ADMIN_PASSWORD"
  else
    admin="admin, with the password chosen at its first start (NEWSRELAY_ADMIN_PASSWORD or the one printed then)"
  fi
  if [ -n "${NEWSRELAY_DB_URL:-}" ]; then
    database="${NEWSRELAY_DB_URL}"
  else
    database="embedded H2 in $home/standalone/data/newsrelay"
  fi
  cat <<BANNER

  ============================================================================
   newsrelay is running                           ${base}
     feeds      ${base}feeds/en/all.atom   (every feed: ${base}feeds/opml)
     console    ${base}console/
     API        ${base}api/v1/stories
     admin      ${admin}
     database   ${database}
     stop       Ctrl+C
  ============================================================================

BANNER
}

for _ in $(seq 1 600); do
  if [ -e "$deployments/newsrelay.war.deployed" ]; then
    banner
    break
  fi
  if [ -e "$deployments/newsrelay.war.failed" ]; then
    echo "newsrelay did not deploy: $(cat "$deployments/newsrelay.war.failed") (see $log)" >&2
    break
  fi
  if ! kill -0 "$server" 2>/dev/null; then
    break
  fi
  sleep 1
done
wait "$server"
