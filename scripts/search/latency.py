#!/usr/bin/env python3
"""Latency of requests to one server, one at a time over one keep-alive connection.

Usage: latency.py BASE LABEL KIND FILE   (KIND: search or feed; FILE: one path a line)
Prints one Markdown row: label, requests, p50, p99, max (ms), and what the answers held (for search,
the mean number of results on the page and the facets' count; for a feed, the mean entries), so
that a "matching" row that matched nothing, or a 500, cannot pass unnoticed. Bounded: the paths
given, each once; stops at the first answer that is not 200.
"""
import http.client
import json
import math
import sys
import time
import urllib.parse


def main():
    base, label, kind = sys.argv[1], sys.argv[2], sys.argv[3]
    with open(sys.argv[4], encoding="utf-8") as lines:
        paths = [line.strip() for line in lines if line.strip()]
    url = urllib.parse.urlsplit(base)
    conn = http.client.HTTPConnection(url.hostname, url.port, timeout=120)
    prefix = url.path.rstrip("/")
    times, found = [], []
    for path in paths:
        start = time.perf_counter()
        conn.request("GET", prefix + path)
        response = conn.getresponse()
        body = response.read()
        times.append((time.perf_counter() - start) * 1000)
        if response.status != 200:
            sys.exit(f"{label}: {path} answered {response.status}: {body[:300]!r}")
        if kind == "search":
            answer = json.loads(body)
            found.append(len(answer["results"]))
        else:
            found.append(body.count(b"<entry>"))
    times.sort()

    def pct(p):
        return times[min(len(times) - 1, math.ceil(p * len(times)) - 1)]

    held = sum(found) / len(found)
    print(
        f"| {label} | {len(times)} | {pct(0.50):.1f} | {pct(0.99):.1f} | {times[-1]:.1f} |"
        f" {held:.1f} |"
    )


if __name__ == "__main__":
    main()
