package org.newsrelay.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsrelay.story.Language;
import org.newsrelay.story.StoryChanged;
import org.newsrelay.story.StoryRepository;

/**
 * How often a transaction's stories renew the feed generations: each renewal is, on a cluster, a
 * synchronous write to every node's replica, so a batch of 50 stories must not pay it 50 times.
 */
class FeedCacheTest {
  private final Writes generations = new Writes();
  private final Transaction transaction = new Transaction();
  private final Map<UUID, List<Language>> translations = new HashMap<>();
  private FeedCache cache;

  @BeforeEach
  void cache() {
    cache = new FeedCache();
    cache.generations = generations;
    cache.transactions = transaction;
    cache.stories =
        new StoryRepository() {
          @Override
          public List<Language> translationLanguages(UUID storyId) {
            return translations.getOrDefault(storyId, List.of());
          }
        };
  }

  @Test
  void aBatchRenewsItsFamilyOnceBeforeAndOnceAfterItsCommit() {
    List<StoryChanged> batch = changes(Language.EN, 50);
    batch.forEach(cache::beforeCommit);
    assertEquals(Map.of("generation|en", 1), generations.byKey);
    batch.forEach(cache::afterCommit);
    assertEquals(Map.of("generation|en", 2), generations.byKey);
  }

  @Test
  void aStoryWithATranslationInTheOtherFamilyRenewsBothFamilies() {
    List<StoryChanged> batch = changes(Language.EN, 3);
    translations.put(batch.get(1).storyId(), List.of(Language.ZH_HANS));
    batch.forEach(cache::beforeCommit);
    batch.forEach(cache::afterCommit);
    assertEquals(Map.of("generation|en", 2, "generation|zh", 2), generations.byKey);
  }

  @Test
  void theNextTransactionRenewsAgain() {
    StoryChanged first = changes(Language.ZH_HANT_TW, 1).get(0);
    cache.beforeCommit(first);
    cache.afterCommit(first);
    transaction.next();
    StoryChanged second = changes(Language.ZH_HANS, 1).get(0);
    cache.beforeCommit(second);
    cache.afterCommit(second);
    assertEquals(Map.of("generation|zh", 4), generations.byKey);
  }

  private static List<StoryChanged> changes(Language language, int count) {
    return java.util.stream.IntStream.range(0, count)
        .mapToObj(
            i ->
                new StoryChanged(
                    UUID.randomUUID(), language, StoryChanged.Kind.PUBLISHED, true, false))
        .toList();
  }

  /** The replicated cache, counting the writes a cluster would send to every node. */
  private static final class Writes extends ConcurrentHashMap<String, String> {
    final Map<String, Integer> byKey = new ConcurrentHashMap<>();

    @Override
    public String put(String key, String value) {
      byKey.merge(key, 1, Integer::sum);
      return super.put(key, value);
    }
  }

  /** One transaction's resources at a time, as the registry keeps them for the caller. */
  private static final class Transaction implements TransactionSynchronizationRegistry {
    private final AtomicInteger key = new AtomicInteger();
    private Map<Object, Object> resources = new HashMap<>();

    void next() {
      key.incrementAndGet();
      resources = new HashMap<>();
    }

    @Override
    public Object getTransactionKey() {
      return key.get();
    }

    @Override
    public void putResource(Object key, Object value) {
      resources.put(key, value);
    }

    @Override
    public Object getResource(Object key) {
      return resources.get(key);
    }

    @Override
    public void registerInterposedSynchronization(Synchronization sync) {
      throw new UnsupportedOperationException();
    }

    @Override
    public int getTransactionStatus() {
      return jakarta.transaction.Status.STATUS_ACTIVE;
    }

    @Override
    public void setRollbackOnly() {
      throw new UnsupportedOperationException();
    }

    @Override
    public boolean getRollbackOnly() {
      return false;
    }
  }
}
