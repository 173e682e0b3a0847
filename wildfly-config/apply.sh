#!/usr/bin/env bash
# Applies wildfly-config/*.cli, in name order, to an unpacked WildFly through the embedded CLI,
# and installs the PostgreSQL JDBC driver as a module. Safe to run again on a configured server.
# Usage: apply.sh <jboss.home> <postgresql.jar>
set -euo pipefail
home=$1
driver=$2
here=$(cd "$(dirname "$0")" && pwd)

# A war left by `-Prun` would be deployed again by the scanner beside the tests' own deployment.
rm -f "$home"/standalone/deployments/newsrelay.war*

module_dir="$home/modules/org/postgresql/main"
if ! cmp -s "$driver" "$module_dir/postgresql.jar"; then
  mkdir -p "$module_dir"
  cp "$driver" "$module_dir/postgresql.jar"
  cat >"$module_dir/module.xml" <<'XML'
<?xml version="1.0" encoding="UTF-8"?>
<module xmlns="urn:jboss:module:1.9" name="org.postgresql">
    <resources>
        <resource-root path="postgresql.jar"/>
    </resources>
    <dependencies>
        <module name="java.logging"/>
        <module name="java.naming"/>
        <module name="java.security.jgss"/>
        <module name="java.sql"/>
        <module name="jakarta.transaction.api"/>
    </dependencies>
</module>
XML
fi

# The driver follows the URL: an operator sets NEWSRELAY_DB_URL=jdbc:postgresql:... and nothing else.
conf="$home/bin/standalone.conf"
if ! grep -q 'newsrelay.db.driver' "$conf"; then
  cat >>"$conf" <<'CONF'

# newsrelay: pick the JDBC driver that matches NEWSRELAY_DB_URL (H2 when unset). On PostgreSQL, let
# the driver send a batch of inserts as multi-row statements (a batch of stories writes 18 rows each).
case "${NEWSRELAY_DB_URL:-}" in
  jdbc:postgresql:*)
    JAVA_OPTS="$JAVA_OPTS -Dnewsrelay.db.driver=postgresql"
    case "$NEWSRELAY_DB_URL" in
      *reWriteBatchedInserts*) ;;
      *\?*) export NEWSRELAY_DB_URL="$NEWSRELAY_DB_URL&reWriteBatchedInserts=true" ;;
      *) export NEWSRELAY_DB_URL="$NEWSRELAY_DB_URL?reWriteBatchedInserts=true" ;;
    esac ;;
esac
CONF
fi

script=$(mktemp)
trap 'rm -f "$script"' EXIT
# One server configuration: the embedded server on it, then the given .cli files in order.
configure() {
  local config=$1
  shift
  echo "embed-server --server-config=$config --std-out=discard"
  # A deployment an interrupted test left in the configuration would clash with the next one.
  echo "if (outcome == success) of /deployment=newsrelay.war:read-resource"
  echo "    undeploy newsrelay.war"
  echo "end-if"
  for f in "$@"; do
    echo "# ---- $(basename "$f")"
    cat "$f"
    echo
  done
  echo "stop-embedded-server"
}
{
  configure standalone-full.xml "$here"/*.cli
  # scripts/cluster.sh: a node gets the same configuration and the cluster's own (ha/), the balancer
  # its few settings (balancer/); docs/cluster.md.
  configure standalone-full-ha.xml "$here"/*.cli "$here"/ha/*.cli
  configure standalone-load-balancer.xml "$here"/balancer/*.cli
} >"$script"
JAVA_OPTS="${JAVA_OPTS:-} -Djboss.server.log.dir=$home/standalone/log" \
  "$home/bin/jboss-cli.sh" --file="$script"

# InboxRestartIT runs a second server beside the suite's: its own copy of the configuration, so that
# neither rewrites the other's deployments.
cp "$home/standalone/configuration/standalone-full.xml" "$home/standalone/configuration/standalone-durability.xml"
