package org.newsrelay.console;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsrelay.ingest.Source;
import org.newsrelay.ingest.Sources;
import org.newsrelay.platform.Json;
import org.newsrelay.story.OriginNames;

/**
 * What the queue's source filter calls each origin: a polled source by its title (or address), a
 * partner's pushes by the partner's name, anything else as it is ({@code push:account}).
 */
@ApplicationScoped
class OriginLabels {
  @Inject Sources sources;
  @Inject Instance<OriginNames> names;

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
