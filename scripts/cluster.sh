#!/usr/bin/env bash
# A newsrelay cluster on this machine: N standalone-full-ha nodes on one PostgreSQL behind WildFly's own
# load balancer (standalone-load-balancer.xml, mod_cluster), all from the WildFly the build unpacked and
# configured (wildfly-config/apply.sh). docs/cluster.md says what each part does.
#
#   NEWSRELAY_DB_URL=jdbc:postgresql://127.0.0.1:5432/nr_cluster NEWSRELAY_DB_USER=postgres \
#   NEWSRELAY_ADMIN_PASSWORD=change-me-please scripts/cluster.sh up 2
#   scripts/cluster.sh status
#   scripts/cluster.sh down
#
# The balancer answers at http://127.0.0.1:8080 (its management at 9990, the nodes register at 8090), node
# k at 8080 + 100·k (8180, 8280, …; management 9990 + 100·k, JGroups 7600 + 100·k). Each node keeps its
# configuration, data, logs and deployments in target/cluster/node-k (the balancer in
# target/cluster/balancer). `up` builds the war first when target/newsrelay.war is missing
# (./mvnw -o -B package -DskipTests) and returns once every node answers /health/ready and the balancer
# routes to all of them. NEWSRELAY_DB_URL must name PostgreSQL: the nodes share its data, their sessions
# and their JGroups discovery table. Every NEWSRELAY_* variable set here reaches every node;
# NEWSRELAY_PUBLIC_URL defaults to the balancer's URL. JBOSS_JAVA_SIZING sizes a node's heap
# (-Xms256m -Xmx768m). CLUSTER_WAIT is how long `up` waits for the cluster, in seconds (900).
# CLUSTER_PORT_OFFSET (0) moves every port of the cluster by that much, beside a server on the defaults.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
cluster="$root/target/cluster"
war="$root/target/newsrelay.war"
shift_by=${CLUSTER_PORT_OFFSET:-0}
balancer_port=$((8080 + shift_by))
balancer_management=$((9990 + shift_by))
balancer_mcmp=$((8090 + shift_by))
wait_seconds=${CLUSTER_WAIT:-900}

usage() {
  sed -n '2,21s/^# \{0,1\}//p' "$0" >&2
  exit 2
}

die() {
  echo "cluster.sh: $*" >&2
  exit 1
}

jboss_home() {
  local homes=("$root"/target/wildfly-*/)
  [ -d "${homes[0]}" ] || return 1
  echo "${homes[0]%/}"
}

# The PID of a running member (balancer, node-1, …), or nothing.
running() {
  local pidfile="$cluster/$1/server.pid" pid
  [ -s "$pidfile" ] || return 1
  pid=$(cat "$pidfile")
  kill -0 "$pid" 2>/dev/null || return 1
  echo "$pid"
}

members() {
  [ -d "$cluster" ] || return 0
  local dir
  for dir in "$cluster"/balancer "$cluster"/node-*; do
    [ -d "$dir" ] && basename "$dir"
  done
  return 0
}

# Starts one member in the background: its own base directory (configuration, data, log, tmp,
# deployments), its own port offset, its PID in server.pid.
start() {
  local name=$1 config=$2 offset=$3 sizing=$4
  shift 4
  local base="$cluster/$name"
  mkdir -p "$base"/{configuration,deployments,data,log,tmp}
  cp -r "$home/standalone/configuration/." "$base/configuration/"
  rm -rf "$base/configuration/standalone_xml_history"
  rm -f "$base/server.pid"
  (
    # standalone.conf's own defaults (module packages, IPv4) apply only when JAVA_OPTS is empty.
    unset JAVA_OPTS
    export JBOSS_JAVA_SIZING="$sizing" JBOSS_PIDFILE="$base/server.pid" LAUNCH_JBOSS_IN_BACKGROUND=1
    exec nohup "$home/bin/standalone.sh" -c "$config" \
      -Djboss.server.base.dir="$base" \
      -Djboss.server.data.dir="$base/data" \
      -Djboss.server.log.dir="$base/log" \
      -Djboss.server.temp.dir="$base/tmp" \
      -Djboss.socket.binding.port-offset="$offset" \
      -Djboss.bind.address=127.0.0.1 \
      -Djboss.bind.address.private=127.0.0.1 \
      -Djboss.bind.address.management=127.0.0.1 \
      "$@" >"$base/console.log" 2>&1 </dev/null
  ) &
  # standalone.sh itself, which lives as long as the server does (server.pid, the JVM's, comes later).
  echo $! >"$base/launcher.pid"
}

# Waits for a node to answer /health/ready with 200; fails when it dies or its deployment fails.
await_node() {
  local k=$1 deadline=$2 port=$((8080 + shift_by + 100 * k)) base="$cluster/node-$1"
  while :; do
    if curl -fsS -o /dev/null --max-time 5 "http://127.0.0.1:$port/health/ready" 2>/dev/null; then
      echo "node-$k ready at http://127.0.0.1:$port/"
      return 0
    fi
    if [ -e "$base/deployments/newsrelay.war.failed" ]; then
      die "node-$k did not deploy newsrelay: $(cat "$base/deployments/newsrelay.war.failed") (see $base/log/server.log)"
    fi
    if ! kill -0 "$(cat "$base/launcher.pid")" 2>/dev/null; then
      die "node-$k stopped while starting (see $base/console.log and $base/log/server.log)"
    fi
    [ "$SECONDS" -lt "$deadline" ] || die "node-$k not ready after ${wait_seconds}s (see $base/log/server.log)"
    sleep 3
  done
}

# The nodes the balancer routes to (mod_cluster status NODE_UP), one name a line.
registered() {
  "$home/bin/jboss-cli.sh" -c --controller="127.0.0.1:$balancer_management" \
    --command="/subsystem=undertow/configuration=filter/mod-cluster=load-balancer/balancer=*/node=*:read-attribute(name=status)" \
    2>/dev/null | awk -F'"' '/\("node" =>/ { node = $4 } /"result" => "NODE_UP"/ { print node }' || true
}

up() {
  local n=${1:-}
  [[ "$n" =~ ^[1-9][0-9]?$ ]] || usage
  case "${NEWSRELAY_DB_URL:-}" in
    jdbc:postgresql:*) ;;
    "") die "NEWSRELAY_DB_URL is not set: a cluster shares one PostgreSQL database (the nodes' embedded H2 databases would be N separate newsrooms). Set NEWSRELAY_DB_URL=jdbc:postgresql://HOST:5432/DB, NEWSRELAY_DB_USER and NEWSRELAY_DB_PASSWORD." ;;
    jdbc:h2:*) die "NEWSRELAY_DB_URL is H2 ($NEWSRELAY_DB_URL): a cluster shares one PostgreSQL database; H2 cannot be shared by several servers. Set NEWSRELAY_DB_URL=jdbc:postgresql://HOST:5432/DB." ;;
    *) die "NEWSRELAY_DB_URL must be a PostgreSQL URL (jdbc:postgresql://HOST:5432/DB), not $NEWSRELAY_DB_URL" ;;
  esac
  local m k
  for m in $(members); do
    if running "$m" >/dev/null; then
      die "$m is already running (scripts/cluster.sh down first)"
    fi
  done
  if [ ! -f "$war" ] || ! jboss_home >/dev/null; then
    echo "cluster.sh: building target/newsrelay.war and the server (./mvnw -o -B package -DskipTests)"
    (cd "$root" && ./mvnw -o -B -q package -DskipTests)
  fi
  home=$(jboss_home) || die "no WildFly under target/: ./mvnw -o -B package -DskipTests"
  if ! grep -q '<stack name="jdbc">' "$home/standalone/configuration/standalone-full-ha.xml"; then
    echo "cluster.sh: configuring standalone-full-ha.xml (wildfly-config/apply.sh)"
    bash "$root/wildfly-config/apply.sh" "$home" "$root/target/jdbc/postgresql.jar" >/dev/null
  fi
  local port
  for port in "$balancer_port" "$balancer_mcmp" $(for k in $(seq 1 "$n"); do echo $((8080 + shift_by + 100 * k)); done); do
    if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      die "port $port is in use: stop what listens there, or move the cluster with CLUSTER_PORT_OFFSET"
    fi
  done
  rm -rf "$cluster"
  mkdir -p "$cluster"
  # Whatever started is stopped again when `up` fails half-way.
  trap 'echo "cluster.sh: stopping the members that started" >&2; down >&2' EXIT
  export NEWSRELAY_PUBLIC_URL=${NEWSRELAY_PUBLIC_URL:-http://127.0.0.1:$balancer_port/}
  local deadline=$((SECONDS + wait_seconds))

  start balancer standalone-load-balancer.xml "$shift_by" "-Xms64m -Xmx256m" -Djboss.node.name=balancer
  # The first node alone creates the schema and the first admin; the others then start together.
  for k in $(seq 1 "$n"); do
    mkdir -p "$cluster/node-$k/deployments"
    cp "$war" "$cluster/node-$k/deployments/newsrelay.war"
    start "node-$k" standalone-full-ha.xml $((shift_by + 100 * k)) "${JBOSS_JAVA_SIZING:--Xms256m -Xmx768m}" \
      -Djboss.node.name="node-$k" -Djboss.tx.node.id="node-$k" -Djboss.modcluster.balancer.port="$balancer_mcmp"
    if [ "$k" = 1 ]; then
      await_node 1 "$deadline"
    fi
  done
  for k in $(seq 2 "$n"); do
    await_node "$k" "$deadline"
  done

  local seen
  while :; do
    seen=$(registered | sort -u | wc -l)
    if [ "$seen" -ge "$n" ] &&
      curl -fsS -o /dev/null --max-time 5 "http://127.0.0.1:$balancer_port/health/ready" 2>/dev/null; then
      break
    fi
    [ "$SECONDS" -lt "$deadline" ] ||
      die "the balancer routes to $seen of $n nodes after ${wait_seconds}s (see $cluster/balancer/log/server.log)"
    sleep 3
  done
  trap - EXIT
  cat <<BANNER

  ============================================================================
   newsrelay cluster: $n node(s) behind http://127.0.0.1:$balancer_port/
     nodes      $(for k in $(seq 1 "$n"); do printf 'http://127.0.0.1:%s/ ' $((8080 + shift_by + 100 * k)); done)
     public URL $NEWSRELAY_PUBLIC_URL
     database   $NEWSRELAY_DB_URL
     logs       target/cluster/node-k/log/server.log, target/cluster/balancer/log/server.log
     stop       scripts/cluster.sh down
  ============================================================================

BANNER
}

# Stops the given members: TERM to all, then up to a minute for each before KILL.
stop() {
  local m pid
  for m in "$@"; do
    if pid=$(running "$m"); then
      kill -TERM "$pid"
      stopped=1
    fi
  done
  for m in "$@"; do
    local i
    for i in $(seq 1 60); do
      running "$m" >/dev/null || break
      sleep 1
    done
    if pid=$(running "$m"); then
      echo "cluster.sh: $m did not stop within 60 s; killing it" >&2
      kill -KILL "$pid"
    fi
    rm -f "$cluster/$m/server.pid"
  done
}

# The nodes first, so that each can tell the balancer it leaves; the balancer last.
down() {
  local stopped=0
  stop $(members | grep -v '^balancer$')
  stop $(members | grep '^balancer$')
  [ "$stopped" = 1 ] && echo "cluster stopped" || echo "no cluster running"
}

status() {
  local m pid any=0
  for m in $(members); do
    if pid=$(running "$m"); then
      echo "$m running (pid $pid)"
      any=1
    fi
  done
  [ "$any" = 1 ] || echo "no cluster running"
}

case "${1:-}" in
  up) up "${2:-}" ;;
  down) down ;;
  status) status ;;
  *) usage ;;
esac
