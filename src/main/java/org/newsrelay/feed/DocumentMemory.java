package org.newsrelay.feed;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Rendered documents in this node's memory, bounded in bytes rather than in number: a feed page may
 * be 2 kB or, with a long limit, 2 MB, so a count says nothing about memory. The least recently
 * used go first; one document larger than a sixteenth of the whole is served but not kept, so that
 * a few huge pages cannot push out everything else. What is kept never needs removing for
 * correctness: documents are filed under generations (see {@link FeedCache}).
 */
final class DocumentMemory {
  /** Per entry beyond its bytes: the key, the record, the map's node. */
  private static final long OVERHEAD = 200;

  private final long maxBytes;
  private long bytes;
  private final LinkedHashMap<String, RenderedDocument> documents =
      new LinkedHashMap<>(256, 0.75f, true);

  DocumentMemory(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  static long size(String key, RenderedDocument document) {
    return OVERHEAD
        + 2L * key.length()
        + document.body().length
        + (document.gzipped() == null ? 0 : document.gzipped().length);
  }

  synchronized RenderedDocument get(String key) {
    return documents.get(key);
  }

  synchronized void put(String key, RenderedDocument document) {
    long size = size(key, document);
    if (size > maxBytes / 16) {
      return;
    }
    RenderedDocument previous = documents.put(key, document);
    if (previous != null) {
      bytes -= size(key, previous);
    }
    bytes += size;
    var eldest = documents.entrySet().iterator();
    while (bytes > maxBytes && eldest.hasNext()) {
      Map.Entry<String, RenderedDocument> gone = eldest.next();
      bytes -= size(gone.getKey(), gone.getValue());
      eldest.remove();
    }
  }

  synchronized long bytes() {
    return bytes;
  }

  synchronized int count() {
    return documents.size();
  }
}
