package org.newsrelay.it.support;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.rss.Channel;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

/**
 * A reader of the public surfaces: feeds, story pages, the stories API and its search, anonymous
 * (or with a partner's key, as Partner.reader() gives). Feeds are parsed as a feed reader would.
 */
public final class Reader {
  private static final Duration WAIT = Duration.ofSeconds(60);

  private final Http http;

  public Reader(Http http) {
    this.http = http;
  }

  /** Any GET, as this reader asks it. */
  public HttpResponse<String> get(String path) {
    return http.send(http.authorized(path).GET());
  }

  public Feed atom(String path) {
    return Feeds.atom(get(path).body());
  }

  public Channel rss(String path) {
    return Feeds.rss(get(path).body());
  }

  public JsonObject json(String path) {
    return Http.json(get(path));
  }

  /** A story's entry in an Atom feed, if it is there. */
  public Optional<Entry> entry(String path, String id) {
    return Feeds.entry(atom(path), id);
  }

  /** Whether the story is an entry of the language's Atom feed. */
  public boolean inFeed(String language, String id) {
    return entry("/feeds/" + language + "/all.atom", id).isPresent();
  }

  /** Waits until the story is an entry of this Atom feed. */
  public Entry awaitEntry(String path, String id) {
    return Http.eventually(WAIT, () -> entry(path, id), Optional::isPresent).orElseThrow();
  }

  /** The story's public page in one language tag. */
  public HttpResponse<String> page(String id, String language) {
    return get("/stories/" + id + "/" + language);
  }

  /** The story from the stories API. */
  public HttpResponse<String> story(String id) {
    return get("/api/v1/stories/" + id);
  }

  /** The stories API's search for these words. */
  public HttpResponse<String> search(String words) {
    return get("/api/v1/stories?q=" + URLEncoder.encode(words, StandardCharsets.UTF_8));
  }
}
