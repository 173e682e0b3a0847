package org.newsrelay.partner;

import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * Keys looked up recently, by hash, including keys that do not exist (a random 256-bit key cannot
 * be presented before it is issued, so a "no" stays true). Invalidation bumps a generation, so that
 * a lookup that read the database before a revocation committed does not put its stale answer back.
 * The time limit only bounds how long another node's revocation takes to arrive here.
 */
final class KeyCache {
  private record Entry(Optional<PartnerCaller> caller, long expiresAtNanos) {}

  private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();
  private final AtomicLong generation = new AtomicLong();
  private final long ttlNanos;
  private final int maxEntries;

  KeyCache(long ttlNanos, int maxEntries) {
    this.ttlNanos = ttlNanos;
    this.maxEntries = maxEntries;
  }

  Optional<PartnerCaller> get(String hash, Function<String, Optional<PartnerCaller>> load) {
    long now = System.nanoTime();
    Entry entry = entries.get(hash);
    if (entry != null && entry.expiresAtNanos() - now > 0) {
      return entry.caller();
    }
    long seen = generation.get();
    Optional<PartnerCaller> loaded = load.apply(hash);
    if (entries.size() >= maxEntries) {
      entries.clear();
    }
    entries.put(hash, new Entry(loaded, now + ttlNanos));
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
