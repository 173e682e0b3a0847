// Reads each feed URL given on the command line with two npm parsers nobody here wrote and fails on
// any error: feedparser (RSS and Atom; once in strict XML mode for errors, once as readers run it to
// check each item's guid, title, date and link) and feedsmith (RSS, Atom and JSON Feed).
// Used by scripts/feeds/check-readers.sh.
import FeedParser from "feedparser";
import { parseFeed } from "feedsmith";
import { Readable } from "node:stream";

let failures = 0;
for (const url of process.argv.slice(2)) {
  const json = new URL(url).pathname.endsWith(".json");
  try {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const body = await response.text();
    const smith = parseFeed(body);
    const expected = json ? "json" : new URL(url).pathname.endsWith(".rss") ? "rss" : "atom";
    if (smith.format !== expected) throw new Error(`feedsmith read ${smith.format}, not ${expected}`);
    if (json) {
      for (const item of smith.feed.items ?? []) {
        if (!item.id || !item.url || !item.title || !item.date_published || !item.content_html) {
          throw new Error(`feedsmith: item without id, url, title, date_published or content_html: ${item.id}`);
        }
      }
      console.log(`ok   npm feedsmith json ${smith.feed.language} ${smith.feed.items.length} items ${url}`);
      continue;
    }
    await parse(url, body, true);
    const { meta, items } = await parse(url, body, false);
    if (!meta.title) throw new Error("feedparser: no feed title");
    for (const item of items) {
      if (!item.guid || !item.title || !item.date || !item.link) {
        throw new Error(`feedparser: item without guid, title, date or link: ${item.guid}`);
      }
    }
    console.log(`ok   npm feedparser+feedsmith ${meta["#type"]} ${meta.language ?? "?"} ${items.length} items ${url}`);
  } catch (error) {
    failures++;
    console.log(`FAIL npm ${url}: ${error.message}`);
  }
}
process.exit(failures === 0 ? 0 : 1);

function parse(url, body, strict) {
  return new Promise((resolve, reject) => {
    const parser = new FeedParser({ feedurl: url, strict });
    const items = [];
    let meta;
    parser.on("error", reject);
    parser.on("meta", (m) => (meta = m));
    parser.on("readable", function () {
      let item;
      while ((item = this.read())) items.push(item);
    });
    parser.on("end", () => resolve({ meta: meta ?? {}, items }));
    Readable.from([body]).pipe(parser);
  });
}
