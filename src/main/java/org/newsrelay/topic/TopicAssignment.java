package org.newsrelay.topic;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.newsrelay.platform.Transactions;
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
  private static final String TOPICS = TopicAssignment.class.getName() + ".topics";

  @Inject TopicRepository topics;
  @Inject StoryRepository stories;
  @Inject Rulebook rulebook;
  @Inject Transactions transactions;

  void onStoryChanged(@Observes StoryChanged change) {
    if (change.kind() == StoryChanged.Kind.KILLED) {
      return;
    }
    List<Topic> all = transactions.once(TOPICS, topics::all);
    if (all.isEmpty()) {
      return;
    }
    Story story = stories.find(change.storyId()).orElse(null);
    if (story == null) {
      return;
    }
    StoryText text = rulebook.read(story);
    Map<UUID, TopicStory> memberships = topics.memberships(story.id());
    for (Topic topic : all) {
      boolean matches = rulebook.matcher(topic).matches(text);
      TopicStory known = memberships.get(topic.id());
      // Adding needs certainty that no row exists, this transaction's own included.
      apply(
          topic,
          story,
          matches,
          known == null && matches
              ? topics.membership(topic.id(), story.id())
              : Optional.ofNullable(known));
    }
  }

  /**
   * Records what the rules say of one story: true adds it, false takes out what the rules added.
   *
   * @return whether the story is in the topic by its rules afterwards
   */
  boolean apply(Topic topic, Story story, boolean matches) {
    return apply(topic, story, matches, topics.membership(topic.id(), story.id()));
  }

  private boolean apply(Topic topic, Story story, boolean matches, Optional<TopicStory> existing) {
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
