#!/usr/bin/env bash
# How long a change made through node 1 takes to reach every node of a running cluster
# (scripts/cluster.sh up N), and whether a key revoked on node 1 is refused by node 2 at once.
# Usage: NEWSRELAY_ADMIN_PASSWORD=... [CLUSTER_PORT_OFFSET=0] scripts/cluster-propagation.sh [pushes]
# Prints, per push, when the story showed in each node's warm English Atom feed (polled every 20 ms).
set -euo pipefail
shift_by=${CLUSTER_PORT_OFFSET:-0}
pushes=${1:-3}
: "${NEWSRELAY_ADMIN_PASSWORD:?set NEWSRELAY_ADMIN_PASSWORD to the cluster admin password}"
auth=(-u "admin:$NEWSRELAY_ADMIN_PASSWORD")
n1=http://127.0.0.1:$((8180 + shift_by))
n2=http://127.0.0.1:$((8280 + shift_by))
ms() { echo $(( ($(date +%s%N) - $1) / 1000000 )); }

for n in "$n1" "$n2"; do curl -sf -o /dev/null "$n/feeds/en/all.atom"; done
for i in $(seq 1 "$pushes"); do
  headline="Propagation $i $RANDOM$RANDOM"
  t0=$(date +%s%N)
  curl -sf -o /dev/null "${auth[@]}" -H 'Content-Type: application/json' "$n1/api/v1/stories" \
    -d "{\"uri\":\"urn:propagation:$headline\",\"headline\":\"$headline\",\"body_text\":\"A story to time.\",\"language\":\"en\",\"versioncreated\":\"$(date -u +%FT%TZ)\"}"
  seen1=; seen2=
  while [ -z "$seen1" ] || [ -z "$seen2" ]; do
    [ -z "$seen1" ] && curl -s "$n1/feeds/en/all.atom" | grep -q "$headline" && seen1=$(ms "$t0")
    [ -z "$seen2" ] && curl -s "$n2/feeds/en/all.atom" | grep -q "$headline" && seen2=$(ms "$t0")
    if [ "$(ms "$t0")" -gt 10000 ]; then break; fi
    sleep 0.02
  done
  echo "push $i to node 1: in node 1's feed after ${seen1:-never} ms, in node 2's after ${seen2:-never} ms"
done

partner=$(curl -sf "${auth[@]}" -H 'Content-Type: application/json' "$n1/api/v1/partners" \
  -d '{"name":"Propagation outlet '"$RANDOM"'","roles":["subscriber"],"entitlements":{"languages":["en"],"topics":[]}}' |
  python3 -c 'import sys,json;print(json.load(sys.stdin)["id"])')
issued=$(curl -sf "${auth[@]}" -H 'Content-Type: application/json' "$n1/api/v1/partners/$partner/keys" -d '{}')
key=$(echo "$issued" | python3 -c 'import sys,json;print(json.load(sys.stdin)["key"])')
key_id=$(echo "$issued" | python3 -c 'import sys,json;print(json.load(sys.stdin)["id"])')
read_with_key() { curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $key" "$n2/feeds/en/all.atom"; }
echo "key on node 2 before revocation: $(read_with_key) $(read_with_key)"
curl -sf -o /dev/null "${auth[@]}" -X DELETE "$n1/api/v1/partners/$partner/keys/$key_id"
echo "key on node 2 right after node 1 revoked it: $(read_with_key)"
