package org.newsrelay.topic;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.newsrelay.story.Story;
import org.newsrelay.text.TextEngine;

/**
 * Compiled rules and folded stories, kept in memory because folding (conversion and segmentation)
 * is the costly part of matching. Both are caches keyed by a version, so any node rebuilds them.
 */
@ApplicationScoped
public class Rulebook {
  private static final int FOLDED_STORIES = 2000;

  private final TextEngine text = TextEngine.standard();
  private final ScriptFolding folding = new ScriptFolding(text);

  private record Compiled(int version, RuleMatcher matcher) {}

  private record Folded(int version, StoryText text) {}

  private final Map<UUID, Compiled> compiled = new ConcurrentHashMap<>();

  private final Map<UUID, Folded> folded =
      Collections.synchronizedMap(
          new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<UUID, Folded> eldest) {
              return size() > FOLDED_STORIES;
            }
          });

  RuleMatcher matcher(Topic topic) {
    Compiled entry = compiled.get(topic.id());
    if (entry == null || entry.version() != topic.rulesVersion()) {
      entry = new Compiled(topic.rulesVersion(), new RuleMatcher(topic.rules(), folding));
      compiled.put(topic.id(), entry);
    }
    return entry.matcher();
  }

  RuleMatcher compile(TopicRules rules) {
    return new RuleMatcher(rules, folding);
  }

  StoryText read(Story story) {
    Folded entry = folded.get(story.id());
    if (entry == null || entry.version() != story.version()) {
      entry = new Folded(story.version(), fold(story));
      folded.put(story.id(), entry);
    }
    return entry.text();
  }

  /** Forgets a story's folded text, for changes that do not raise its version (corrections do). */
  void forget(UUID storyId) {
    folded.remove(storyId);
  }

  private StoryText fold(Story story) {
    String body = story.bodyText();
    if (body == null && story.bodyHtml() != null) {
      body = text.htmlToText(story.bodyHtml());
    }
    String copy =
        story.headline()
            + "\n"
            + (story.summary() == null ? "" : story.summary())
            + "\n"
            + (body == null ? "" : body);
    return new StoryText(
        story.id(),
        folding.story(copy, story.language()),
        story.sourceId(),
        story.origin(),
        story.subjects());
  }
}
