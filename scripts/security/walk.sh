#!/usr/bin/env bash
# Walks stories in every state through every surface as every caller, and prints who sees what.
# Usage: scripts/security/walk.sh BASE_URL ADMIN_PASSWORD   (e.g. after scripts/feeds/dev-server.sh)
# Each row is one story; each column a surface and caller; "seen" where the story's copy shows.
# Only the published story may be seen outside the desk; the editor sees every one in the API.
set -euo pipefail
base=${1%/}
password=$2
token="walk$(date +%s%N | tail -c 9)"
admin=(-u "admin:$password")
json=(-H 'Content-Type: application/json')

push() { # uri-suffix json-extra
  curl -fsS "${admin[@]}" "${json[@]}" "$base/api/v1/stories" -d "{\"uri\": \"urn:walk:$token:$1\",
    \"language\": \"en\", \"headline\": \"Walk $token $1\", \"body_text\": \"Copy of $1, $token.\",
    \"versioncreated\": \"$(date -u +%FT%TZ)\"$2}" | sed 's/.*"id":"\([^"]*\)".*/\1/'
}
status() { curl -fsS "${admin[@]}" "$base/api/v1/stories/$1" | sed 's/.*"status":"\([^"]*\)".*/\1/'; }
wait_for() { for _ in $(seq 1 60); do [ "$(status "$1" 2>/dev/null)" = "$2" ] && return; sleep 1; done; }

# Callers: an editor, an entitled partner, a partner not entitled to the partner-only topic.
curl -fsS "${admin[@]}" "${json[@]}" "$base/api/v1/users" \
  -d "{\"username\": \"walk-editor-$token\", \"password\": \"walk-editor-password\", \"roles\": [\"editor\"]}" >/dev/null
editor=(-u "walk-editor-$token:walk-editor-password")
for visibility in public partner; do
  curl -fsS "${admin[@]}" "${json[@]}" "$base/api/v1/topics" -d "{\"slug\": \"walk-$visibility-$token\",
    \"names\": {\"en\": \"Walk\"}, \"visibility\": \"$visibility\", \"rules\": {\"include\": [\"$token\"]}}" >/dev/null
done
partner_key() { # topics
  local id
  id=$(curl -fsS "${admin[@]}" "${json[@]}" "$base/api/v1/partners" -d "{\"name\": \"Walk $token $1\",
    \"roles\": [\"subscriber\"], \"entitlements\": {\"languages\": [\"en\"], \"topics\": [$2]}}" \
    | sed 's/.*"id":"\([^"]*\)".*/\1/')
  curl -fsS "${admin[@]}" "${json[@]}" "$base/api/v1/partners/$id/keys" -d '{}' | sed 's/.*"key":"\([^"]*\)".*/\1/'
}
entitled=$(partner_key entitled "\"walk-partner-$token\"")
outsider=$(partner_key outsider "")

tomorrow=$(date -u -d tomorrow +%FT%TZ)
declare -A ids
ids[published]=$(push published "")
ids[embargoed]=$(push embargoed ", \"embargoed\": \"$tomorrow\"")
ids[withheld]=$(push withheld ", \"pubstatus\": \"withheld\"")
ids[held]=$(push held "")
ids[killed-early]=$(push killed-early ", \"embargoed\": \"$tomorrow\"")
ids[killed-late]=$(push killed-late "")
for name in published embargoed held killed-early killed-late; do wait_for "${ids[$name]}" published; done
curl -fsS "${admin[@]}" -X POST "$base/api/v1/stories/${ids[held]}/hold" >/dev/null
for name in killed-early killed-late; do
  curl -fsS "${admin[@]}" "${json[@]}" "$base/api/v1/stories/${ids[$name]}/kill" -d '{"reason": "Legal advice"}' >/dev/null
done
sleep 2

as() { # caller path [curl options]
  local caller=$1 path=$2
  shift 2
  case $caller in
    anonymous) curl -sS "$@" "$base$path" ;;
    entitled) curl -sS "$@" -H "Authorization: Bearer $entitled" "$base$path" ;;
    outsider) curl -sS "$@" -H "Authorization: Bearer $outsider" "$base$path" ;;
    editor) curl -sS "$@" "${editor[@]}" "$base$path" ;;
  esac
}
surfaces=(/feeds/en/all.atom /feeds/en/all.rss /feeds/en/all.json "/feeds/en/walk-public-$token.atom"
  "/feeds/en/walk-partner-$token.atom" "/api/v1/stories?q=$token" /feeds/opml)
printf '%-13s %-10s' story caller
for s in "${surfaces[@]}" page api-id; do printf ' %-8s' "$(basename "${s%%\?*}" | cut -c1-8)"; done
echo
for name in published embargoed withheld held killed-early killed-late; do
  for caller in anonymous outsider entitled editor; do
    printf '%-13s %-10s' "$name" "$caller"
    for s in "${surfaces[@]}"; do
      if as "$caller" "$s" | grep -q "Walk $token $name"; then printf ' %-8s' seen; else printf ' %-8s' -; fi
    done
    printf ' %-8s %-8s\n' "$(as "$caller" "/stories/${ids[$name]}/en" -o /dev/null -w '%{http_code}')" \
      "$(as "$caller" "/api/v1/stories/${ids[$name]}" -o /dev/null -w '%{http_code}')"
  done
done
echo "reason in any public document: $(as anonymous /feeds/en/all.atom | grep -c 'Legal advice' || true)"
echo "tombstones: killed-late $(as anonymous /feeds/en/all.atom | grep -c "urn:uuid:${ids[killed-late]}" || true)," \
  "killed-early $(as anonymous /feeds/en/all.atom | grep -c "urn:uuid:${ids[killed-early]}" || true)"
