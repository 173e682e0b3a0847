package org.newsrelay.topic;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.newsrelay.story.StoryScope;

/**
 * What the feed layer asks of topics (see docs/console.md, "Feed hook"): whether a slug is a topic
 * and who may read it, which stories belong to it, and which are pinned first.
 */
@ApplicationScoped
public class TopicDirectory {
  @Inject TopicRepository topics;

  public Optional<TopicView> find(String slug) {
    return topics.bySlug(slug).map(TopicDirectory::view);
  }

  public List<TopicView> all() {
    return topics.all().stream().map(TopicDirectory::view).toList();
  }

  static TopicView view(Topic topic) {
    return new TopicView(
        topic.id(),
        topic.slug(),
        TopicNames.complete(topic.slug(), topic.names()),
        topic.description(),
        topic.visibility(),
        topic.updatedAt());
  }

  /** The topics each of these stories is in (an editor's removal excluded), by story id. */
  public Map<UUID, List<TopicView>> topicsOf(Collection<UUID> storyIds) {
    List<Object[]> rows = topics.topicsAmong(storyIds);
    Set<UUID> topicIds = new HashSet<>();
    rows.forEach(row -> topicIds.add((UUID) row[1]));
    Map<UUID, TopicView> views = new HashMap<>();
    topics.all(topicIds).forEach(topic -> views.put(topic.id(), view(topic)));
    Map<UUID, List<TopicView>> topicsOf = new HashMap<>();
    for (Object[] row : rows) {
      TopicView view = views.get((UUID) row[1]);
      if (view != null) {
        topicsOf.computeIfAbsent((UUID) row[0], id -> new ArrayList<>()).add(view);
      }
    }
    return topicsOf;
  }

  /** A pin in force: the story stays first on the topic's feed until {@code until}. */
  public record Pin(UUID storyId, Instant until) {}

  /**
   * The topic's pins in force at {@code now}, most recently pinned first. Whether a reader may see
   * each story is the feed's question ({@code story.Readership}), asked with its other rules.
   */
  public List<Pin> pins(UUID topicId, Instant now, int limit) {
    return topics.pins(topicId, now, limit).stream()
        .map(pin -> new Pin(pin.storyId(), pin.until()))
        .toList();
  }

  /**
   * The topic's stories (an editor's removal excluded), for the story domain to narrow its own
   * questions with: a feed asks {@code story.StoryRepository} for a page of them.
   */
  public StoryScope stories(UUID topicId) {
    return topics.storiesOf(topicId);
  }
}
