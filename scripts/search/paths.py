#!/usr/bin/env python3
"""The request paths of one benchmark case, one a line, for latency.py.

Usage: paths.py CASE COUNT
The words are those seed.sql writes: English vocabulary word n is "v" + n's digits as letters a-j,
Chinese word n the n-th line of target/search-bench/vocabulary.tsv (in the spelling of the variant
asked for); words 1000 to 1099 are each in about 1% of the stories of their language, word 1 in
nearly all. Words that match nothing differ on each
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


VOCABULARY = []


def zh(n, lang):
    if not VOCABULARY:
        with open("target/search-bench/vocabulary.tsv", encoding="utf-8") as lines:
            VOCABULARY.extend(line.rstrip("\n").split("\t") for line in lines)
    _, simplified, traditional = VOCABULARY[n - 1]
    return simplified if lang == "zh-Hans" else traditional


def absent_en(rng):
    return "zq" + "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(8))


def absent_zh(rng):
    # Two ideographs none of the vocabulary's words is likely to be.
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
                "vocab": lambda: en(1000 + i % 100) if lang == "en" else zh(1000 + i % 100, lang),
                "common": lambda: en(1) if lang == "en" else zh(1, lang),
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
                "vocab": lambda: en(1000 + i) if lang == "en" else zh(1000 + i, lang),
                "absent": lambda: absent_en(rng) if lang == "en" else absent_zh(rng),
            }[what]()
            print(feed(lang, q))


if __name__ == "__main__":
    main()
