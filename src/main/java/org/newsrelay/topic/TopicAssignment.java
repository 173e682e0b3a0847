package org.newsrelay.topic;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import org.newsrelay.story.Story;
import org.newsrelay.story.StoryChanged;
import org.newsrelay.story.StoryRepository;

/**
 * Puts stories into topics by their rules as they are stored or revised, in the same transaction,
 * so that a story is never in a feed without its topics. An editor's manual choice is never undone.
 */
@ApplicationScoped
public class TopicAssignment {
  static final String RULES = "rules";

  @Inject TopicRepository topics;
  @Inject StoryRepository stories;
  @Inject Rulebook rulebook;

  void onStoryChanged(@Observes StoryChanged change) {
    if (change.kind() == StoryChanged.Kind.KILLED) {
      return;
    }
    List<Topic> all = topics.all();
    if (all.isEmpty()) {
      return;
    }
    Story story = stories.find(change.storyId()).orElse(null);
    if (story == null) {
      return;
    }
    StoryText text = rulebook.read(story);
    for (Topic topic : all) {
      apply(topic, story, rulebook.matcher(topic).matches(text));
    }
  }

  /**
   * Records what the rules say of one story: true adds it, false takes out what the rules added.
   *
   * @return whether the story is in the topic by its rules afterwards
   */
  boolean apply(Topic topic, Story story, boolean matches) {
    var existing = topics.membership(topic.id(), story.id());
    if (existing.isPresent()) {
      TopicStory membership = existing.get();
      if (membership.reason() == TopicStory.Reason.RULE && !matches) {
        topics.removeMembership(membership);
      }
      return matches && membership.reason() == TopicStory.Reason.RULE;
    }
    if (matches) {
      topics.addMembership(new TopicStory(topic.id(), story.id(), TopicStory.Reason.RULE, RULES));
    }
    return matches;
  }
}
