package org.newsrelay.feed;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.io.Serializable;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Supplier;
import org.newsrelay.platform.Settings;
import org.newsrelay.story.ClusterChanged;
import org.newsrelay.story.Language;
import org.newsrelay.story.NewsroomTermsChanged;
import org.newsrelay.story.StoryChanged;
import org.newsrelay.story.StoryRepository;
import org.newsrelay.topic.TopicStoriesChanged;
import org.newsrelay.topic.TopicsChanged;

/**
 * Rendered feeds and story pages in this node's memory, bounded in bytes ({@link DocumentMemory});
 * stories converted to each variant in WildFly's Infinispan (a local cache: each node converts what
 * it serves), and the generations in Infinispan too, replicated on a cluster so that every node
 * follows a change made on any (wildfly-config/50-feed-cache.cli, ha/70-cluster.cli).
 *
 * <p>Documents are filed under a generation per language family (English; Chinese, whose feeds all
 * draw on every Chinese story). A change to a story starts a new generation twice: before its
 * transaction commits, so that nothing rendered earlier is served once it has committed, and again
 * after the commit, so that whatever a reader rendered from the old rows in between is never found.
 * Nothing is enumerated or removed: old generations age out of the cache.
 */
@ApplicationScoped
public class FeedCache {
  static final String JNDI = "java:jboss/infinispan/cache/newsrelay/feeds";

  /**
   * The generations, one per language family and one of renditions: replicated on a cluster, so
   * that a change on one node makes every node's documents stale at once. Stored as text, so that
   * another node reads them without the application's classes.
   */
  static final String GENERATIONS_JNDI = "java:jboss/infinispan/cache/newsrelay/generations";

  /** The generation key's value: a random name, and when it began (a floor for Last-Modified). */
  record Generation(String name, Instant since) {
    String text() {
      return name + "|" + since;
    }

    static Generation parse(String text) {
      int bar = text.indexOf('|');
      return new Generation(text.substring(0, bar), Instant.parse(text.substring(bar + 1)));
    }
  }

  // Typed as the map it is, so the application needs no Infinispan API of its own.
  @Resource(lookup = JNDI)
  ConcurrentMap<String, Serializable> store;

  @Resource(lookup = GENERATIONS_JNDI)
  ConcurrentMap<String, String> generations;

  /** A generation's text and what it says, read last: every feed request asks, few change it. */
  private record Read(String text, Generation generation) {}

  private final ConcurrentHashMap<String, Read> lastRead = new ConcurrentHashMap<>();

  // The global name: java:comp is missing on the JMS threads where ingest may first touch the bean.
  @Resource(lookup = "java:jboss/TransactionSynchronizationRegistry")
  TransactionSynchronizationRegistry transactions;

  @Inject StoryRepository stories;
  @Inject FeedMetrics metrics;

  /**
   * Rendered documents: bounded in bytes, {@link org.newsrelay.platform.Setting#FEED_CACHE_BYTES}
   * (256 MiB).
   */
  private final DocumentMemory documents = new DocumentMemory(Settings.current().feedCacheBytes());

  private static final Set<String> FAMILIES_ALL = Set.of("en", "zh");

  /** The generation of renditions: renewed when newsroom terms change what conversion makes. */
  private static final String COPY = "copy";

  private static final String FAMILIES = FeedCache.class.getName() + ".families";

  /** A cached document still valid at {@code now}, or a freshly rendered (and filed) one. */
  RenderedDocument document(
      Language language, String key, Instant now, Supplier<RenderedDocument> render) {
    Generation generation = generation(family(language));
    String filed = generation.name() + "|" + key;
    RenderedDocument cached = documents.get(filed);
    if (cached != null && cached.servableAt(now)) {
      metrics.looked(true);
      return cached;
    }
    metrics.looked(false);
    RenderedDocument fresh = render.get();
    if (fresh.lastModified().isBefore(generation.since())) {
      // Something left or changed without leaving a newer date behind (a kill, a hold):
      // If-Modified-Since must still see a change.
      fresh =
          new RenderedDocument(
              fresh.body(),
              fresh.gzipped(),
              fresh.mediaType(),
              fresh.etag(),
              generation.since(),
              fresh.validUntil());
    }
    documents.put(filed, fresh);
    return fresh;
  }

  /** A cached document still valid at {@code now}, or null. */
  RenderedDocument cached(Language language, String key, Instant now) {
    String filed = generation(family(language)).name() + "|" + key;
    RenderedDocument cached = documents.get(filed);
    if (cached != null && cached.servableAt(now)) {
      // A miss here is counted by document(), which the application asks next.
      metrics.looked(true);
      return cached;
    }
    return null;
  }

  /** The rendered documents, for the metrics to weigh. */
  DocumentMemory documents() {
    return documents;
  }

  /**
   * A story converted to one variant, or null; a revision has a new version (a corrected variant a
   * new time, new newsroom terms a new generation), so what is found is never stale.
   */
  FeedStory rendition(UUID storyId, int version, Instant updated, Language language) {
    return store.get(renditionKey(storyId, version, updated, language)) instanceof FeedStory cached
        ? cached
        : null;
  }

  void keepRendition(
      UUID storyId, int version, Instant updated, Language language, FeedStory rendition) {
    store.put(renditionKey(storyId, version, updated, language), rendition);
  }

  private String renditionKey(UUID storyId, int version, Instant updated, Language language) {
    return "rendition|"
        + generation(COPY).name()
        + "|"
        + storyId
        + "|"
        + version
        + "|"
        + updated
        + "|"
        + language.tag();
  }

  void beforeCommit(@Observes(during = TransactionPhase.BEFORE_COMPLETION) StoryChanged change) {
    Set<String> renewed = Set.copyOf(remembered());
    if (renewed.containsAll(FAMILIES_ALL)) {
      // A batch renewed both families already: nothing another story can add.
      return;
    }
    Set<String> families = new HashSet<>();
    families.add(family(change.language()));
    // A story's pages and entries link to its translations, which live in the other family: a
    // translation published, killed or held changes them too. A story just created has none: its
    // query cost, with the flush it forces, an eighth of the server's CPU under batches.
    if (!change.created()) {
      for (Language language : stories.translationLanguages(change.storyId())) {
        families.add(family(language));
      }
    }
    remember(families);
    // Once per family and transaction: the renewal after the commit covers every later story.
    families.stream().filter(f -> !renewed.contains(f)).forEach(this::renew);
  }

  void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) StoryChanged change) {
    Touched touched;
    try {
      touched = (Touched) transactions.getResource(FAMILIES);
    } catch (IllegalStateException e) {
      // No transaction to ask any more: renewing every family is always correct, only wasteful.
      FAMILIES_ALL.forEach(this::renew);
      return;
    }
    if (touched == null) {
      renew(family(change.language()));
    } else if (!touched.renewedAfter) {
      // A batch fires one event per story; its families are renewed once for all of them. On a
      // cluster each renewal is a write to every node's replica, which a batch of 50 paid 100
      // times.
      touched.renewedAfter = true;
      touched.families.forEach(this::renew);
    }
  }

  /** Converted copy reads differently: every rendition and every Chinese document is stale. */
  void beforeCommit(
      @Observes(during = TransactionPhase.BEFORE_COMPLETION) NewsroomTermsChanged change) {
    renew(COPY);
    renew("zh");
  }

  void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) NewsroomTermsChanged change) {
    renew(COPY);
    renew("zh");
  }

  /** A story's place in a topic's feed changed (assigned, removed, pinned, unpinned). */
  void beforeCommit(
      @Observes(during = TransactionPhase.BEFORE_COMPLETION) TopicStoriesChanged change) {
    renew(family(change.language()));
  }

  void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) TopicStoriesChanged change) {
    renew(family(change.language()));
  }

  /**
   * A topic was created, renamed, made public or partner-only, or deleted: the catalogue, OPML and
   * every topic feed of both families may read differently. Rare, so everything is renewed.
   */
  void beforeCommit(@Observes(during = TransactionPhase.BEFORE_COMPLETION) TopicsChanged change) {
    FAMILIES_ALL.forEach(this::renew);
  }

  void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) TopicsChanged change) {
    FAMILIES_ALL.forEach(this::renew);
  }

  /** Which story is an entry, and which sources it lists, changed with a cluster. */
  void beforeCommit(@Observes(during = TransactionPhase.BEFORE_COMPLETION) ClusterChanged change) {
    renew(family(change.language()));
  }

  void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) ClusterChanged change) {
    renew(family(change.language()));
  }

  /**
   * The families renewed before the commit, for after it: the database cannot be asked once the
   * transaction has completed.
   */
  private void remember(Set<String> families) {
    Touched known = (Touched) transactions.getResource(FAMILIES);
    if (known == null) {
      known = new Touched();
      transactions.putResource(FAMILIES, known);
    }
    known.families.addAll(families);
  }

  private Set<String> remembered() {
    try {
      Touched known = (Touched) transactions.getResource(FAMILIES);
      return known == null ? Set.of() : known.families;
    } catch (IllegalStateException e) {
      return FAMILIES_ALL;
    }
  }

  /** The families a transaction's stories touched, and whether they were renewed after it. */
  private static final class Touched {
    final Set<String> families = new HashSet<>();
    boolean renewedAfter;
  }

  private Generation generation(String family) {
    String key = "generation|" + family;
    String current = generations.get(key);
    if (current != null) {
      return parsed(key, current);
    }
    Generation fresh = new Generation(UUID.randomUUID().toString(), Instant.now());
    String raced = generations.putIfAbsent(key, fresh.text());
    return raced != null ? parsed(key, raced) : fresh;
  }

  /** The generation a text says, parsed only when the key's text changed since it was last read. */
  private Generation parsed(String key, String text) {
    Read last = lastRead.get(key);
    if (last != null && last.text().equals(text)) {
      return last.generation();
    }
    Generation generation = Generation.parse(text);
    lastRead.put(key, new Read(text, generation));
    return generation;
  }

  private void renew(String family) {
    generations.put(
        "generation|" + family, new Generation(UUID.randomUUID().toString(), Instant.now()).text());
  }

  static String family(Language language) {
    return language.isChinese() ? "zh" : "en";
  }
}
