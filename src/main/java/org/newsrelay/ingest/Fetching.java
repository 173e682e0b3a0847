package org.newsrelay.ingest;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import org.newsrelay.ingest.feed.FeedParser;
import org.newsrelay.ingest.fetch.AddressAllowlist;
import org.newsrelay.ingest.fetch.FetchPolicy;
import org.newsrelay.ingest.fetch.Fetcher;
import org.newsrelay.platform.Setting;
import org.newsrelay.platform.Settings;

/** One fetcher and one parser for the whole server, configured from {@link Setting#FETCH_ALLOW}. */
@ApplicationScoped
public class Fetching {
  private final Fetcher fetcher = new Fetcher(FetchPolicy.defaults(allowlist(Settings.current())));
  private final FeedParser parser = new FeedParser();

  public Fetcher fetcher() {
    return fetcher;
  }

  public FeedParser parser() {
    return parser;
  }

  /**
   * The hosts and ranges that outgoing HTTP (polls, hub callbacks) may reach although private.
   *
   * @throws Settings.InvalidSettings naming the setting and its wrong entry (logged)
   */
  public static AddressAllowlist allowlist(Settings settings) {
    try {
      return AddressAllowlist.parse(settings.fetchAllow(), Setting.FETCH_ALLOW.variable());
    } catch (IllegalArgumentException e) {
      throw settings.invalid(Setting.FETCH_ALLOW, e.getMessage());
    }
  }

  @PreDestroy
  void close() {
    fetcher.close();
  }
}
