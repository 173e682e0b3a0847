package org.newsrelay.topic;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.newsrelay.platform.Transactions;
import org.newsrelay.story.Story;
import org.newsrelay.story.StoryChanged;
import org.newsrelay.story.StoryRepository;

/**
 * Puts stories into topics by their rules as they are stored or revised, in the same transaction,
 * so that a story is never in a feed without its topics. An editor's manual choice is never undone.
 * Then fires {@link StoryTopicsAssigned} with the topics the story is in, for every change.
 */
@ApplicationScoped
public class TopicAssignment {
  static final String RULES = "rules";
  private static final String TOPICS = TopicAssignment.class.getName() + ".topics";
  private static final String ADDED = TopicAssignment.class.getName() + ".added";

  @Inject TopicRepository topics;
  @Inject StoryRepository stories;
  @Inject Rulebook rulebook;
  @Inject Transactions transactions;
  @Inject Event<StoryTopicsAssigned> assigned;

  void onStoryChanged(@Observes StoryChanged change) {
    List<Topic> all = transactions.once(TOPICS, topics::all);
    Map<UUID, String> in = new HashMap<>();
    if (change.kind() == StoryChanged.Kind.KILLED) {
      // A kill leaves the memberships alone; its subscribers are those of the topics it was in.
      if (!all.isEmpty()) {
        topics.topicsOf(change.storyId()).forEach(topic -> in.put(topic.id(), topic.slug()));
      }
      assigned.fire(new StoryTopicsAssigned(change, in));
      return;
    }
    Story story = all.isEmpty() ? null : stories.find(change.storyId()).orElse(null);
    if (story != null) {
      StoryText text = rulebook.read(story);
      // A story created by this change is in no topic yet: no rows to look for (two queries a
      // story, measured at 6% of the server's CPU under batches).
      Map<UUID, TopicStory> memberships =
          change.created() ? Map.of() : topics.memberships(story.id());
      Set<TopicStory.Key> added = addedHere();
      for (Topic topic : all) {
        boolean matches = rulebook.matcher(topic).matches(text);
        TopicStory known = memberships.get(topic.id());
        // Adding needs certainty that no row exists, this transaction's own included.
        Optional<TopicStory> existing =
            known == null && matches && !change.created()
                ? topics.membership(topic.id(), story.id())
                : Optional.ofNullable(known);
        apply(topic, story, matches, existing);
        if (isIn(existing, matches, added.contains(new TopicStory.Key(topic.id(), story.id())))) {
          in.put(topic.id(), topic.slug());
        }
      }
    }
    assigned.fire(new StoryTopicsAssigned(change, in));
  }

  /**
   * Whether the story is in the topic once {@link #apply} has recorded what the rules say.
   *
   * @param addedHere this transaction added the row earlier (another version of the same story),
   *     which the committed memberships do not show
   */
  private static boolean isIn(Optional<TopicStory> existing, boolean matches, boolean addedHere) {
    if (existing.isEmpty()) {
      return matches || addedHere;
    }
    TopicStory.Reason reason = existing.get().reason();
    return reason == TopicStory.Reason.MANUAL || (reason == TopicStory.Reason.RULE && matches);
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
      addedHere().add(new TopicStory.Key(topic.id(), story.id()));
    }
    return matches;
  }

  /** The memberships this transaction added, which the committed rows do not show yet. */
  private Set<TopicStory.Key> addedHere() {
    return transactions.once(ADDED, HashSet::new);
  }
}
