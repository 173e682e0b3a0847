package org.newsrelay.topic;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.newsrelay.platform.Conflict;
import org.newsrelay.platform.InvalidInput;
import org.newsrelay.platform.NotFound;
import org.newsrelay.story.Story;
import org.newsrelay.story.StoryDesk;
import org.newsrelay.story.StoryRepository;
import org.newsrelay.text.TextEngine;

/** Defines topics, and lets editors put stories in, take them out and pin them. */
@ApplicationScoped
@Transactional
public class TopicService {
  static final int MAX_SLUG = TopicRequest.MAX_SLUG;
  private static final Set<String> RESERVED = TopicRequest.RESERVED;

  @PersistenceContext EntityManager em;
  @Inject TopicRepository topics;
  @Inject StoryRepository stories;
  @Inject StoryDesk desk;
  @Inject Rulebook rulebook;
  @Inject Event<TopicRulesChanged> rulesChanged;
  @Inject Event<TopicStoriesChanged> storiesChanged;
  @Inject Event<TopicsChanged> topicsChanged;

  /** A topic's definition, from what an editor sends ({@link TopicRequest}). */
  record Definition(
      String slug,
      Map<String, String> names,
      String description,
      Visibility visibility,
      TopicRules rules) {}

  public Topic create(TopicRequest request, String actor) {
    Definition definition = request.definition();
    String slug = definition.slug() != null ? definition.slug() : derivedSlug(definition.names());
    if (topics.bySlug(slug).isPresent()) {
      throw conflict(slug);
    }
    Topic topic = new Topic(slug, actor);
    topic.define(
        definition.names(),
        definition.description(),
        definition.visibility(),
        definition.rules(),
        actor);
    try {
      topics.add(topic);
    } catch (PersistenceException raced) {
      throw conflict(slug);
    }
    topicsChanged.fire(new TopicsChanged(slug));
    reevaluate(topic);
    return topic;
  }

  public Topic update(String slug, TopicRequest request, String actor) {
    Topic topic = get(slug);
    Definition definition = request.definition();
    if (definition.slug() != null && !definition.slug().equals(slug)) {
      throw new InvalidInput(
          "A topic's slug is part of its feed URLs and does not change; create a new topic.");
    }
    if (topic.define(
        definition.names(),
        definition.description(),
        definition.visibility(),
        definition.rules(),
        actor)) {
      reevaluate(topic);
    }
    // Names and visibility change what the catalogue lists even when the rules stay.
    topicsChanged.fire(new TopicsChanged(slug));
    return topic;
  }

  public void delete(String slug) {
    topics.remove(get(slug));
    topicsChanged.fire(new TopicsChanged(slug));
  }

  public Topic get(String slug) {
    return topics
        .bySlug(slug)
        .orElseThrow(() -> new NotFound("There is no topic \"" + slug + "\"."));
  }

  public List<Topic> all() {
    return topics.all();
  }

  public Reevaluation reevaluation(Topic topic) {
    return topics.latestReevaluation(topic.id()).orElse(null);
  }

  /** An editor puts a story in the topic; the rules cannot take it out again. */
  public void assign(String slug, UUID storyId, String actor) {
    Topic topic = get(slug);
    Story story = story(storyId);
    choose(topic, story, TopicStory.Reason.MANUAL, actor);
    desk.record(story.id(), actor, "added to topic", topic.slug());
    storiesChanged.fire(new TopicStoriesChanged(topic.id(), story.id(), story.language()));
  }

  /** An editor takes a story out of the topic; the rules cannot bring it back. */
  public void remove(String slug, UUID storyId, String actor) {
    Topic topic = get(slug);
    Story story = story(storyId);
    choose(topic, story, TopicStory.Reason.REMOVED, actor);
    topics.pin(topic.id(), story.id()).ifPresent(topics::removePin);
    desk.record(story.id(), actor, "removed from topic", topic.slug());
    storiesChanged.fire(new TopicStoriesChanged(topic.id(), story.id(), story.language()));
  }

  private void choose(Topic topic, Story story, TopicStory.Reason reason, String actor) {
    var existing = topics.membership(topic.id(), story.id());
    if (existing.isPresent()) {
      existing.get().because(reason, actor);
    } else {
      topics.addMembership(new TopicStory(topic.id(), story.id(), reason, actor));
    }
  }

  /** Pins a story to the top of a topic's feed until the given time; the story joins the topic. */
  public TopicPin pin(UUID storyId, String slug, Instant until, String actor) {
    Topic topic = get(slug);
    Story story = stories.editable(storyId);
    if (until == null || !until.isAfter(Instant.now())) {
      throw new InvalidInput("\"until\" must be a time in the future.");
    }
    var membership = topics.membership(topic.id(), story.id());
    if (membership.isEmpty() || membership.get().reason() == TopicStory.Reason.REMOVED) {
      choose(topic, story, TopicStory.Reason.MANUAL, actor);
    }
    TopicPin pin = topics.pin(topic.id(), story.id()).orElse(null);
    if (pin == null) {
      pin = new TopicPin(topic.id(), story.id(), until, actor);
      topics.addPin(pin);
    } else {
      pin.repin(until, actor);
    }
    desk.record(story.id(), actor, "pinned", topic.slug() + " until " + until);
    storiesChanged.fire(new TopicStoriesChanged(topic.id(), story.id(), story.language()));
    return pin;
  }

  public void unpin(UUID storyId, String slug, String actor) {
    Topic topic = get(slug);
    Story story = story(storyId);
    topics.pin(topic.id(), story.id()).ifPresent(topics::removePin);
    desk.record(story.id(), actor, "unpinned", topic.slug());
    storiesChanged.fire(new TopicStoriesChanged(topic.id(), story.id(), story.language()));
  }

  /** A story in the topic, with why it is there and whether it is pinned. */
  public record Member(Story story, TopicStory.Reason reason, Instant pinnedUntil) {}

  /** The topic's stories for the console, pins first, then newest first, any status. */
  public List<Member> members(String slug, int limit) {
    Topic topic = get(slug);
    Map<UUID, Instant> pins = new LinkedHashMap<>();
    topics.pins(topic.id()).forEach(p -> pins.put(p.storyId(), p.until()));
    List<Story> listed = stories.newest(topics.listedIn(topic.id()), limit);
    Map<UUID, TopicStory.Reason> reasons =
        topics.reasons(topic.id(), listed.stream().map(Story::id).toList());
    List<Member> pinned = new ArrayList<>();
    List<Member> rest = new ArrayList<>();
    for (Story story : listed) {
      TopicStory.Reason reason = reasons.get(story.id());
      Instant until = pins.get(story.id());
      (until != null && reason != TopicStory.Reason.REMOVED ? pinned : rest)
          .add(new Member(story, reason, until));
    }
    pinned.addAll(rest);
    return pinned;
  }

  /** Which of the recent stories these rules would select, newest first, without saving them. */
  public List<Story> preview(JsonValue rulesJson, int scan, int limit) {
    RuleMatcher matcher = rulebook.compile(TopicRules.from(rulesJson));
    List<Story> matched = new ArrayList<>();
    for (Story story :
        stories.receivedSince(Instant.now().minus(ReevaluationSteps.window()), scan)) {
      if (matcher.matches(rulebook.read(story))) {
        matched.add(story);
        if (matched.size() == limit) {
          break;
        }
      }
    }
    return matched;
  }

  private void reevaluate(Topic topic) {
    Reevaluation job = new Reevaluation(topic);
    em.persist(job);
    rulesChanged.fire(new TopicRulesChanged(topic.id(), job.id()));
  }

  private Story story(UUID id) {
    return stories.get(id);
  }

  private static Conflict conflict(String slug) {
    return new Conflict("There is already a topic \"" + slug + "\"; slugs are unique.");
  }

  private static String derivedSlug(Map<String, String> names) {
    String name = names.getOrDefault("en", names.values().iterator().next());
    String slug = TextEngine.standard().slug(name);
    if (slug.length() > MAX_SLUG) {
      slug = slug.substring(0, MAX_SLUG).replaceAll("-[^-]*$", "");
    }
    if (slug.isEmpty() || RESERVED.contains(slug)) {
      throw new InvalidInput(
          "No slug can be made from the name \"" + name + "\"; give one as \"slug\".");
    }
    return slug;
  }
}
