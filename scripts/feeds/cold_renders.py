"""Times cold renders: pages of a feed that nobody has asked for yet, at positions spread over the
whole table (keyset cursors signed here the way PageCursor signs them), so each request selects,
converts and renders 50 stories. Prints median, 90th percentile and worst, in milliseconds.
Usage: cold_renders.py BASE_URL DATABASE LANG [PAGES]"""
import base64
import hashlib
import hmac
import os
import random
import statistics
import subprocess
import sys
import time
import urllib.request

base, database, lang = sys.argv[1].rstrip("/") + "/", sys.argv[2], sys.argv[3]
pages = int(sys.argv[4]) if len(sys.argv) > 4 else 20
key = os.environ.get(
    "NEWSRELAY_FEED_CURSOR_KEY", "newsrelay feed cursors: set NEWSRELAY_FEED_CURSOR_KEY in production"
).encode()
languages = "('en')" if lang == "en" else "('zh-Hans','zh-Hant','zh-Hant-TW','zh-Hant-HK')"


def psql(sql):
    return subprocess.run(
        ["psql", "-h", "127.0.0.1", "-U", "postgres", "-d", database, "-Atc", sql],
        check=True, capture_output=True, text=True).stdout.strip()


visible = int(psql(f"select count(*) from story where language in {languages} and status = 'published'"))
def fetch_page(depth):
    row = psql(
        "select floor(extract(epoch from version_created))::bigint, "
        "(extract(microseconds from version_created)::bigint % 1000000) * 1000, id "
        f"from story where language in {languages} and status = 'published' and killed_at is null "
        f"order by version_created desc, id desc offset {depth} limit 1")
    seconds, nanos, story = row.split("|")
    payload = f"o|{seconds}|{nanos}|{story}".encode("ascii")
    mac = hmac.new(key, f"{lang}/all?".encode() + b"\0" + payload, hashlib.sha256).digest()[:12]
    cursor = (base64.urlsafe_b64encode(payload).rstrip(b"=") + b"." +
              base64.urlsafe_b64encode(mac).rstrip(b"=")).decode()
    url = f"{base}feeds/{lang}/all.atom?cursor={cursor}"
    start = time.perf_counter()
    with urllib.request.urlopen(url) as response:
        body = response.read()
    elapsed = (time.perf_counter() - start) * 1000
    if body.count(b"<entry>") != 50:
        sys.exit(f"expected 50 entries at depth {depth}, got {body.count(b'<entry>')}")
    return elapsed


# "Cold" is the cache's state, not the JVM's: the rendering code is warmed up on other pages first.
# Random positions, so that no page was asked for by an earlier run (the cache keeps pages 10 min).
depths = random.Random().sample(range(max(visible - 100, 1)), 2 * pages)
for depth in depths[:pages]:
    fetch_page(depth)
times = sorted(fetch_page(depth) for depth in depths[pages:])
print(f"{lang}: {pages} cold 50-entry pages over {visible} visible stories: "
      f"median {statistics.median(times):.1f} ms, p90 {times[int(len(times) * 0.9) - 1]:.1f} ms, "
      f"worst {times[-1]:.1f} ms")
