package org.newsrelay.ingest;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import org.newsrelay.http.AddressAllowlist;
import org.newsrelay.http.FetchPolicy;
import org.newsrelay.http.Fetcher;
import org.newsrelay.ingest.feed.FeedParser;
import org.newsrelay.platform.Setting;
import org.newsrelay.platform.Settings;

/** One fetcher and one parser for the whole server, configured from {@link Setting#FETCH_ALLOW}. */
@ApplicationScoped
public class Fetching {
  private final Fetcher fetcher =
      new Fetcher(FetchPolicy.defaults(AddressAllowlist.configured(Settings.current())));
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
