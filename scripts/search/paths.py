#!/usr/bin/env python3
"""The request paths of one benchmark case, one a line, for latency.py.

Usage: paths.py CASE COUNT
The words are those seed.sql writes: English vocabulary word n is "v" + n's digits as letters a-j,
Chinese word n is U+4E00 + n % 2000 then U+5E00 + n / 2000; words 1000 to 1099 are each in about
0.8% of the stories of their language, word 1 in nearly all. Words that match nothing differ on each
request (and so do the feeds' matching words), so that no answer comes from a cache.
"""
import random
import sys
import urllib.parse

CASES = {}


def case(name):
    def register(fn):
        CASES[name] = fn
        return fn

    return register


def en(n):
    return "v" + str(n).translate(str.maketrans("0123456789", "abcdefghij"))


def zh(n):
    return chr(0x4E00 + n % 2000) + chr(0x5E00 + n // 2000)


def absent_en(rng):
    return "zq" + "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(8))


def absent_zh(rng):
    # Outside both ranges the vocabulary draws from.
    return chr(rng.randrange(0x8000, 0x9F00)) + chr(rng.randrange(0x8000, 0x9F00))


def search(q, lang=None):
    query = {"q": q}
    if lang:
        query["lang"] = lang
    return "/api/v1/search?" + urllib.parse.urlencode(query)


def feed(lang, q):
    return f"/feeds/{lang}/all.atom?" + urllib.parse.urlencode({"q": q})


def main():
    name, count = sys.argv[1], int(sys.argv[2])
    rng = random.Random(name)
    kind, _, rest = name.partition(":")
    lang, _, what = rest.partition(":")
    for i in range(count):
        if kind == "search":
            q = {
                "vocab": lambda: en(1000 + i % 100) if lang == "en" else zh(1000 + i % 100),
                "common": lambda: en(1) if lang == "en" else zh(1),
                "absent": lambda: absent_en(rng) if lang == "en" else absent_zh(rng),
                "marked": lambda: {
                    "en": "semiconductor",
                    "zh-Hans": "半导体",
                }.get(lang, "半導體"),
                "vocabulary": lambda: {
                    "zh-Hans": "软件",
                    "zh-Hant-TW": "軟體",
                }.get(lang, "軟件"),
            }[what]()
            print(search(q, lang))
        else:
            q = {
                "vocab": lambda: en(1000 + i) if lang == "en" else zh(1000 + i),
                "absent": lambda: absent_en(rng) if lang == "en" else absent_zh(rng),
            }[what]()
            print(feed(lang, q))


if __name__ == "__main__":
    main()
