package org.newsrelay.ingest;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import org.newsrelay.ingest.feed.FeedParser;
import org.newsrelay.ingest.fetch.AddressAllowlist;
import org.newsrelay.ingest.fetch.FetchPolicy;
import org.newsrelay.ingest.fetch.Fetcher;
import org.newsrelay.platform.Setting;

/** One fetcher and one parser for the whole server, configured from {@link Setting#FETCH_ALLOW}. */
@ApplicationScoped
public class Fetching {
  private final Fetcher fetcher = new Fetcher(FetchPolicy.defaults(AddressAllowlist.configured()));
  private final FeedParser parser = new FeedParser();

  public Fetcher fetcher() {
    return fetcher;
  }

  public FeedParser parser() {
    return parser;
  }

  @PreDestroy
  void close() {
    fetcher.close();
  }
}
