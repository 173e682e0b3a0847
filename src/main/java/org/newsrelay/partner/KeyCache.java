package org.newsrelay.partner;

import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Keys looked up recently, by hash, including keys that do not exist (a random 256-bit key cannot
 * be presented before it is issued, so a "no" stays true). Invalidation bumps a generation, so that
 * a lookup that read the database before a revocation committed does not put its stale answer back.
 * Another node's change arrives as a new token ({@link PartnerNews}): an entry read under another
 * token is read again. The time limit bounds how long a change can take to arrive should the
 * token's cache not be shared (a single server's, or a cluster's split in two).
 */
final class KeyCache {
  private record Entry(Optional<PartnerCaller> caller, long expiresAtNanos, Object token) {}

  private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();
  private final AtomicLong generation = new AtomicLong();
  private final long ttlNanos;
  private final int maxEntries;
  private final Supplier<Object> news;

  KeyCache(long ttlNanos, int maxEntries) {
    this(ttlNanos, maxEntries, () -> "");
  }

  /**
   * @param news the cluster's token for partner changes ({@link PartnerNews#current})
   */
  KeyCache(long ttlNanos, int maxEntries, Supplier<Object> news) {
    this.ttlNanos = ttlNanos;
    this.maxEntries = maxEntries;
    this.news = news;
  }

  Optional<PartnerCaller> get(String hash, Function<String, Optional<PartnerCaller>> load) {
    long now = System.nanoTime();
    Object token = news.get();
    Entry entry = entries.get(hash);
    if (entry != null && entry.expiresAtNanos() - now > 0 && entry.token().equals(token)) {
      return entry.caller();
    }
    long seen = generation.get();
    Optional<PartnerCaller> loaded = load.apply(hash);
    if (entries.size() >= maxEntries) {
      entries.clear();
    }
    entries.put(hash, new Entry(loaded, now + ttlNanos, token));
    if (generation.get() != seen) {
      // Something changed while we read: do not keep what may be the old answer.
      entries.remove(hash);
    }
    return loaded;
  }

  void invalidatePartner(UUID partnerId) {
    generation.incrementAndGet();
    entries
        .entrySet()
        .removeIf(
            e -> e.getValue().caller().map(c -> c.partnerId().equals(partnerId)).orElse(false));
  }

  void invalidateHash(String hash) {
    generation.incrementAndGet();
    entries.remove(hash);
  }
}
