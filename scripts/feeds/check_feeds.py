"""Reads each RSS and Atom feed URL given on the command line with Python's feedparser (Debian's
python3-feedparser) and fails on any error or warning it reports (bozo), or on an entry it cannot
date, identify or link. Debian's feedparser (6.0.10) predates its JSON Feed support, so JSON Feeds
are left to the npm parsers. Used by scripts/feeds/check-readers.sh."""
import sys

import feedparser

EXPECTED = {".atom": "atom10", ".rss": "rss20"}

failures = 0
for url in sys.argv[1:]:
    parsed = feedparser.parse(url, request_headers={"Accept-Encoding": "gzip"})
    problems = []
    if parsed.get("bozo"):
        problems.append(f"bozo: {parsed.get('bozo_exception')!r}")
    if parsed.get("status") not in (200, None):
        problems.append(f"HTTP {parsed.get('status')}")
    path = url.split("?")[0]
    for suffix, version in EXPECTED.items():
        if path.endswith(suffix) and parsed.get("version") != version:
            problems.append(f"read as {parsed.get('version')!r}, not {version}")
    if not parsed.feed.get("title"):
        problems.append("no feed title")
    for entry in parsed.entries:
        if not (entry.get("id") and entry.get("title") and entry.get("link")):
            problems.append(f"entry without id, title or link: {entry.get('id')}")
        if not (entry.get("updated_parsed") or entry.get("published_parsed")):
            problems.append(f"entry without a date feedparser understands: {entry.get('id')}")
    language = parsed.feed.get("language", "?")
    if problems:
        failures += 1
        print(f"FAIL python feedparser {url}: " + "; ".join(problems))
    else:
        print(f"ok   python feedparser {parsed.get('version')} {language} {len(parsed.entries)} entries {url}")
sys.exit(1 if failures else 0)
