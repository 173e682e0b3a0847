package org.newsrelay.console;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.newsrelay.ingest.Source;
import org.newsrelay.ingest.Sources;
import org.newsrelay.platform.Json;
import org.newsrelay.story.OriginNames;

/**
 * What the queue's source filter calls each origin: a polled source by its title (or address), a
 * partner's pushes by the partner's name, anything else as it is ({@code push:account}). Kept a
 * minute: every queue a console opens asks, and a new origin can wait that long for its name.
 */
@ApplicationScoped
class OriginLabels {
  private static final Duration KEPT = Duration.ofMinutes(1);

  @Inject Sources sources;
  @Inject Instance<OriginNames> names;
  private volatile Kept kept;

  private record Kept(JsonObject json, Instant until) {}

  /** The origins {@code recent} answers, named; the same answer for a minute. */
  JsonObject recent(Supplier<List<String>> recent) {
    Kept now = kept;
    if (now == null || Instant.now().isAfter(now.until())) {
      now = new Kept(json(recent.get()), Instant.now().plus(KEPT));
      kept = now;
    }
    return now.json();
  }

  JsonObject json(List<String> origins) {
    Map<String, String> labels = new HashMap<>();
    for (Source source : sources.all()) {
      String title = source.title();
      labels.put("source:" + source.id(), title == null || title.isBlank() ? source.url() : title);
    }
    names.forEach(n -> labels.putAll(n.namesOf(origins)));
    var items = Json.createArrayBuilder();
    for (String origin : origins) {
      items.add(
          Json.createObjectBuilder()
              .add("origin", origin)
              .add("name", labels.getOrDefault(origin, origin)));
    }
    return Json.createObjectBuilder().add("items", items).build();
  }
}
