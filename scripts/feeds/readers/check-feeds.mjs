// Reads each feed URL given on the command line with the npm feedparser package (strict XML) and
// fails on any error; prints what it understood. Used by scripts/feeds/check-readers.sh.
import FeedParser from "feedparser";
import { Readable } from "node:stream";

let failures = 0;
for (const url of process.argv.slice(2)) {
  try {
    const response = await fetch(url, { headers: { "Accept-Encoding": "gzip" } });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const { meta, items } = await parse(url, Readable.fromWeb(response.body));
    if (!meta.title) throw new Error("no feed title");
    for (const item of items) {
      if (!item.guid || !item.title || !item.date || !item.link) {
        throw new Error(`item without guid, title, date or link: ${JSON.stringify(item.guid)}`);
      }
    }
    console.log(`ok   npm feedparser ${meta["#type"]} ${meta.language ?? "?"} ${items.length} items ${url}`);
  } catch (error) {
    failures++;
    console.log(`FAIL npm feedparser ${url}: ${error.message}`);
  }
}
process.exit(failures === 0 ? 0 : 1);

function parse(url, body) {
  return new Promise((resolve, reject) => {
    const parser = new FeedParser({ feedurl: url, strict: true });
    const items = [];
    let meta;
    parser.on("error", reject);
    parser.on("meta", (m) => (meta = m));
    parser.on("readable", function () {
      let item;
      while ((item = this.read())) items.push(item);
    });
    parser.on("end", () => resolve({ meta: meta ?? {}, items }));
    body.on("error", reject);
    body.pipe(parser);
  });
}
