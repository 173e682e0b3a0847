#!/usr/bin/env bash
# Starts the built server (target/) in the background on PostgreSQL database $DB (default feeds_dev),
# ports shifted by $OFFSET (default 450; the integration tests use 100, -Dit.port.offset), with the freshly built war deployed; prints its base URL.
# $WAR is the war deployed (default target/newsrelay.war). $DB_PARAMS is appended to the JDBC URL (default ?reWriteBatchedInserts=true, as bin/standalone.conf adds it).
# For trying feeds by hand and for scripts/feeds/benchmark.sh. Stop it with: kill "$(cat target/dev-server.pid)"
# $NAME (default dev) names its copy of the server, target/$NAME-wildfly, and its pid and log files
# target/$NAME-server.pid and .log, so that a second one (another build, another offset) can run beside it.
set -euo pipefail
cd "$(dirname "$0")/../.."
DB=${DB:-feeds_dev}
OFFSET=${OFFSET:-450}
# A copy of the configured server, so that the integration tests' server never sees this deployment.
configured=$(ls -d target/wildfly-*/ | head -1)
NAME=${NAME:-dev}
home=target/$NAME-wildfly
mkdir -p "$home"
rsync -a --delete --exclude standalone/data --exclude standalone/log --exclude standalone/tmp \
  --exclude standalone/deployments "$configured" "$home/"
mkdir -p "$home/standalone/deployments"
# A running test server may have its own deployment recorded in the configuration: not ours.
sed -i '/<deployments>/,/<\/deployments>/d' "$home/standalone/configuration/standalone-full.xml"
psql -h 127.0.0.1 -U postgres -tc "select 1 from pg_database where datname='$DB'" | grep -q 1 \
  || psql -h 127.0.0.1 -U postgres -c "create database $DB" >/dev/null
cp "${WAR:-target/newsrelay.war}" "$home/standalone/deployments/newsrelay.war"
rm -f "$home/standalone/deployments/newsrelay.war.failed" "$home/standalone/deployments/newsrelay.war.deployed"
JAVA_OPTS="${JAVA_OPTS:--Xms1g -Xmx2g} -Djboss.socket.binding.port-offset=$OFFSET -Dnewsrelay.db.driver=postgresql \
  -Dnewsrelay.db.url=jdbc:postgresql://127.0.0.1:5432/$DB${DB_PARAMS-?reWriteBatchedInserts=true} -Dnewsrelay.db.user=postgres -Dnewsrelay.db.password=postgres \
  -Dnewsrelay.admin.password=${NEWSRELAY_ADMIN_PASSWORD:-dev-password}" \
  LAUNCH_JBOSS_IN_BACKGROUND=1 nohup "$home/bin/standalone.sh" -c standalone-full.xml >"target/$NAME-server.log" 2>&1 &
echo $! >"target/$NAME-server.pid"
port=$((8080 + OFFSET))
for _ in $(seq 1 120); do
  if [ -e "$home/standalone/deployments/newsrelay.war.deployed" ]; then
    echo "http://127.0.0.1:$port/"
    exit 0
  fi
  if [ -e "$home/standalone/deployments/newsrelay.war.failed" ]; then
    echo "deployment failed; see $home/standalone/log/server.log" >&2
    exit 1
  fi
  sleep 1
done
echo "not deployed after 120 s" >&2
exit 1
