#!/usr/bin/env bash
# Feeds every published feed (all of /feeds/opml, the advisories included, a second page, a keyword filter) to readers nobody
# here wrote: Python's feedparser (Debian package python3-feedparser; RSS and Atom) and the npm
# packages feedparser (RSS, Atom) and feedsmith (RSS, Atom, JSON Feed), installed from
# scripts/feeds/readers/package-lock.json. Fails on any error or warning.
# Usage: scripts/feeds/check-readers.sh [BASE_URL]   (default http://127.0.0.1:8530/, see dev-server.sh)
# Needs: apt-get install -y python3-feedparser nodejs npm
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
base=${1:-http://127.0.0.1:8530/}
base=${base%/}/

urls=$(curl -sf "${base}feeds/opml" | grep -o 'xmlUrl="[^"]*"' | sed 's/^xmlUrl="//; s/"$//')
[ -n "$urls" ] || { echo "no feeds listed at ${base}feeds/opml" >&2; exit 1; }
# A page further down (RFC 5005 next link) and a keyword filter, in every format.
next=$(curl -sf "${base}feeds/en/all.atom?limit=2" | grep -o '<link rel="next"[^>]*href="[^"]*"' | sed 's/.*href="//; s/"$//' | sed 's/&amp;/\&/g' || true)
extra="${base}feeds/zh-Hant-TW/all.rss?limit=5&q=%E8%BD%AF%E4%BB%B6 ${base}feeds/zh-Hans/all.json?limit=3"
[ -n "$next" ] && extra="$extra $next"

status=0
xml_urls=$(printf '%s\n' $urls $extra | grep -v '\.json' || true)
/usr/bin/python3 "$here/check_feeds.py" $xml_urls || status=1
(cd "$here/readers" && { [ -d node_modules ] || npm ci --no-audit --no-fund --silent; } && node check-feeds.mjs $urls $extra) || status=1
if [ $status -eq 0 ]; then
  echo "every feed read cleanly by every parser"
fi
exit $status
