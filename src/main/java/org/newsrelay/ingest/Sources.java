package org.newsrelay.ingest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.transaction.TransactionalException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;
import org.newsrelay.http.FetchException;
import org.newsrelay.http.FetchResult;
import org.newsrelay.ingest.feed.FeedParseException;
import org.newsrelay.ingest.feed.ParsedEntry;
import org.newsrelay.ingest.feed.ParsedFeed;
import org.newsrelay.platform.Conflict;
import org.newsrelay.platform.InvalidInput;
import org.newsrelay.platform.StatementTimeouts;
import org.newsrelay.story.Language;

/** Registers polled feeds, polls them, and keeps their health. */
@ApplicationScoped
public class Sources {
  static final String ORIGIN_PREFIX = "source:";
  static final Duration DEFAULT_INTERVAL = Duration.ofMinutes(5);
  static final Duration MIN_INTERVAL = Duration.ofMinutes(1);
  static final Duration MAX_INTERVAL = Duration.ofHours(24);

  private static final Logger LOG = Logger.getLogger(Sources.class.getName());

  @PersistenceContext EntityManager em;

  @Inject Fetching fetching;
  @Inject Inbox inbox;
  @Inject SourceHealth health;
  @Inject SourceHubs hubs;
  @Inject IngestMetrics metrics;
  @Inject StatementTimeouts timeouts;

  @Transactional
  public Source register(String url, String language, Integer intervalSeconds) {
    URI uri = parseUrl(url);
    String tag = null;
    if (language != null) {
      tag =
          Language.fromDeclared(language)
              .map(Language::tag)
              .orElseThrow(() -> Language.unknown(language));
    }
    Duration interval = DEFAULT_INTERVAL;
    if (intervalSeconds != null) {
      interval = Duration.ofSeconds(intervalSeconds);
      if (interval.compareTo(MIN_INTERVAL) < 0 || interval.compareTo(MAX_INTERVAL) > 0) {
        throw new InvalidInput("\"interval_seconds\" must be between 60 and 86400.");
      }
    }
    // After the cheap checks: it resolves the host, which is wasted on a request refused anyway.
    try {
      fetching.fetcher().checkUrl(uri);
    } catch (FetchException e) {
      throw new InvalidInput(e.getMessage());
    }
    String normalized = uri.toString();
    if (!em.createQuery("select s.id from Source s where s.url = :url", UUID.class)
        .setParameter("url", normalized)
        .getResultList()
        .isEmpty()) {
      throw new Conflict("This feed is registered already: " + normalized);
    }
    Source source = new Source(normalized, tag, interval);
    em.persist(source);
    return source;
  }

  public Optional<Source> find(UUID id) {
    return Optional.ofNullable(em.find(Source.class, id));
  }

  public List<Source> all() {
    return em.createQuery("select s from Source s order by s.createdAt", Source.class)
        .getResultList();
  }

  /** Sources whose time has come, claimed so that no other node polls them at the same time. */
  @Transactional
  public List<UUID> claimDue(int limit) {
    Instant now = Instant.now();
    List<Source> due =
        em.createQuery(
                "select s from Source s where s.nextPollAt <= :now order by s.nextPollAt",
                Source.class)
            .setParameter("now", now)
            .setMaxResults(limit)
            .getResultList();
    return due.stream()
        .filter(
            s ->
                em.createQuery(
                            "update Source s set s.nextPollAt = :lease where s.id = :id and s.nextPollAt = :seen")
                        .setParameter("lease", now.plus(s.interval()))
                        .setParameter("id", s.id())
                        .setParameter("seen", s.nextPollAt())
                        .executeUpdate()
                    == 1)
        .map(Source::id)
        .toList();
  }

  /**
   * Fetches and parses outside any transaction; each new item is committed to the inbox on its own.
   */
  public void poll(UUID id) {
    Source source = find(id).orElse(null);
    if (source == null) {
      return;
    }
    Instant started = Instant.now();
    try {
      FetchResult fetched =
          fetching.fetcher().fetch(URI.create(source.url()), source.etag(), source.lastModified());
      if (fetched.notModified()) {
        health.succeeded(id, started, null, 0, fetched.etag(), fetched.lastModified());
        metrics.polled(IngestMetrics.Poll.NOT_MODIFIED);
        return;
      }
      ParsedFeed feed =
          fetching.parser().parse(fetched.body(), fetched.contentType(), fetched.finalUrl());
      int added = take(source, feed);
      try {
        hubs.noticed(source, feed);
      } catch (RuntimeException e) {
        // The poll itself went well; the hub is tried again on a later poll.
        LOG.log(
            java.util.logging.Level.WARNING,
            "Subscribing to the hub of " + source.url() + " failed",
            e);
      }
      health.succeeded(id, started, feed.title(), added, fetched.etag(), fetched.lastModified());
      metrics.polled(added > 0 ? IngestMetrics.Poll.NEW_ITEMS : IngestMetrics.Poll.NOTHING_NEW);
    } catch (FetchException e) {
      health.failed(id, started, e.getMessage(), e.retryAfter());
      metrics.polled(IngestMetrics.Poll.FETCH_FAILED);
    } catch (FeedParseException e) {
      health.failed(id, started, "The feed could not be read: " + e.getMessage(), null);
      metrics.polled(IngestMetrics.Poll.UNREADABLE);
    } catch (RuntimeException e) {
      metrics.polled(IngestMetrics.Poll.ERROR);
      LOG.log(java.util.logging.Level.WARNING, "Polling " + source.url() + " failed", e);
      health.failed(
          id, started, "Unexpected error while polling: " + e.getClass().getSimpleName(), null);
    }
  }

  /**
   * Puts a parsed feed's entries into the inbox, each committed on its own; polls and WebSub pushes
   * both come this way, so an item is kept once per source and guid however it arrived. Returns how
   * many were new or changed.
   */
  public int take(Source source, ParsedFeed feed) {
    int added = 0;
    Instant now = Instant.now();
    for (ParsedEntry entry : feed.entries()) {
      // Through the door like a push, but made to fit rather than refused (see Intake.polled).
      StoryDraft draft = Intake.polled(draftOf(entry, feed, source), now);
      if (draft.uri() == null) {
        continue;
      }
      var json = Ninjs.write(draft);
      String origin = ORIGIN_PREFIX + source.id();
      Inbox.Receipt receipt;
      try {
        receipt =
            inbox.accept(origin, draft.uri(), "application/ninjs+json", json.toString(), json);
      } catch (PersistenceException | TransactionalException raced) {
        // A push and a poll (or two nodes) stored the same item at once; the other one won, and
        // accepting again finds its row.
        receipt =
            inbox.accept(origin, draft.uri(), "application/ninjs+json", json.toString(), json);
      }
      if (receipt.changed()) {
        added++;
      }
    }
    return added;
  }

  /** Unsubscribes from the source's hub (best effort), then forgets the source. */
  public boolean delete(UUID id) {
    if (find(id).isEmpty()) {
      return false;
    }
    hubs.unsubscribe(id);
    health.remove(id);
    return true;
  }

  /** Sources whose last attempt failed, for the metrics. */
  @Transactional
  long failingCount() {
    timeouts.reading();
    return em.createQuery(
            "select count(s) from Source s where s.consecutiveFailures > 0", Long.class)
        .getSingleResult();
  }

  @Transactional
  public void pollSoon(UUID id) {
    find(id).ifPresent(Source::pollNow);
  }

  static StoryDraft draftOf(ParsedEntry entry, ParsedFeed feed, Source source) {
    String html = entry.contentHtml() != null ? entry.contentHtml() : entry.summaryHtml();
    String language =
        entry.language() != null
            ? entry.language()
            : source != null && source.language() != null ? source.language() : feed.language();
    return new StoryDraft(
        entry.guid(),
        entry.title(),
        null,
        html,
        Language.fromDeclared(language).map(Language::tag).orElse(null),
        entry.updated() != null ? entry.updated() : entry.published(),
        entry.link(),
        entry.author(),
        entry.categories() == null ? List.of() : entry.categories(),
        null,
        null,
        MediaIntake.polled(entry.media(), entry.rights()));
  }

  private static URI parseUrl(String url) {
    if (url == null || url.isBlank()) {
      throw new InvalidInput("A source needs a \"url\".");
    }
    try {
      URI uri = new URI(url.strip());
      if (!uri.isAbsolute() || uri.getHost() == null) {
        throw new InvalidInput("\"url\" must be an absolute http or https URL.");
      }
      return uri.normalize();
    } catch (URISyntaxException e) {
      throw new InvalidInput("\"url\" is not a valid URL: " + e.getReason());
    }
  }
}
