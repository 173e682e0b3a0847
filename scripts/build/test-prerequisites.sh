#!/usr/bin/env bash
# What the integration tests need from the machine, checked before anything is compiled, so that a
# missing piece stops `./mvnw verify` within seconds with one line, not after minutes of build.
# Called by the build (pom.xml, execution test-prerequisites) in the validate phase.
# Usage: test-prerequisites.sh <skipTests> <skipITs> <browser.skip> <it.db.server> <chromium> <chromedriver>
set -uo pipefail
skip_tests=$1 skip_its=$2 browser_skip=$3 db_server=$4 chromium=$5 driver=$6
# jdbc:postgresql://host[:port][/...]
db_hostport=${db_server#jdbc:postgresql://}
db_hostport=${db_hostport%%/*}
db_host=${db_hostport%:*}
db_port=5432
[ "$db_hostport" != "$db_host" ] && db_port=${db_hostport##*:}
if [ "$skip_tests" = true ] || [ "$skip_its" = true ]; then
  exit 0
fi

# The console's browser tests drive Debian's headless Chromium and its driver; a test library cannot
# download a browser here. As root, with apt, install them; otherwise say how.
if [ "$browser_skip" != true ] && { [ ! -x "$chromium" ] || [ ! -x "$driver" ]; }; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "test-prerequisites: installing Debian's chromium and chromium-driver for the console's browser tests"
    apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null
  fi
  if [ ! -x "$chromium" ] || [ ! -x "$driver" ]; then
    echo "MISSING: headless Chromium for the console's browser tests ($chromium, $driver): install it with 'sudo apt-get install -y chromium chromium-driver', or skip those tests with -Dnewsrelay.browser.skip=true" >&2
    exit 1
  fi
fi

# Chinese glyphs for the console's screenshots (target/console-screenshots, for review): without a CJK
# font Chromium draws boxes. Nothing fails without it, so it is installed when it can be, never required.
if [ "$browser_skip" != true ] && ! fc-list 2>/dev/null | grep -qi "wqy\|cjk"; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "test-prerequisites: installing fonts-wqy-microhei for Chinese in the console's screenshots"
    { apt-get install -y -qq fonts-wqy-microhei || { apt-get update -qq && apt-get install -y -qq fonts-wqy-microhei; }; } >/dev/null 2>&1
  else
    echo "test-prerequisites: no Chinese font; the console's screenshots will show boxes ('sudo apt-get install -y fonts-wqy-microhei')"
  fi
fi

# The integration tests run on PostgreSQL (the build drops and creates their database); see README.md.
if ! timeout 3 bash -c "exec 3<>/dev/tcp/$db_host/$db_port" 2>/dev/null; then
  echo "MISSING: PostgreSQL at $db_host:$db_port (trust auth) for the integration tests: start it (Debian: 'sudo pg_ctlcluster \$(ls /etc/postgresql) main start'), point the build at another with -Dit.db.server=jdbc:postgresql://host:port, or run only the unit tests with -DskipITs" >&2
  exit 1
fi
