package org.newsrelay.topic;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
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
import java.util.regex.Pattern;
import org.newsrelay.platform.Conflict;
import org.newsrelay.platform.InvalidInput;
import org.newsrelay.platform.NotFound;
import org.newsrelay.story.Language;
import org.newsrelay.story.Story;
import org.newsrelay.story.StoryDesk;
import org.newsrelay.story.StoryRepository;
import org.newsrelay.text.TextEngine;

/** Defines topics, and lets editors put stories in, take them out and pin them. */
@ApplicationScoped
@Transactional
public class TopicService {
  static final int MAX_SLUG = 64;
  private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
  private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\p{Cf}&&[^\\n\\u200c\\u200d]]");
  // Feed URLs that are not topics.
  private static final Set<String> RESERVED = Set.of("all", "opml", "index", "preview");

  @PersistenceContext EntityManager em;
  @Inject TopicRepository topics;
  @Inject StoryRepository stories;
  @Inject StoryDesk desk;
  @Inject Rulebook rulebook;
  @Inject Event<TopicRulesChanged> rulesChanged;
  @Inject Event<TopicStoriesChanged> storiesChanged;
  @Inject Event<TopicsChanged> topicsChanged;

  /** What an editor sends: names, description, visibility and rules. */
  record Definition(
      String slug,
      Map<String, String> names,
      String description,
      Visibility visibility,
      TopicRules rules) {}

  public Topic create(JsonObject json, String actor) {
    Definition definition = definition(json);
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

  public Topic update(String slug, JsonObject json, String actor) {
    Topic topic = get(slug);
    Definition definition = definition(json);
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

  private static Definition definition(JsonObject json) {
    String slug = text(json, "slug", MAX_SLUG);
    if (slug != null && (!SLUG.matcher(slug).matches() || RESERVED.contains(slug))) {
      throw new InvalidInput(
          "\"slug\" must be lower-case ASCII letters and digits joined by hyphens, not one of "
              + RESERVED
              + ".");
    }
    Map<String, String> names = names(json);
    if (names.isEmpty()) {
      throw new InvalidInput(
          "A topic needs a name: \"names\": {\"zh-Hans\": \"芯片\", \"en\": \"Chips\"}.");
    }
    String visibility = text(json, "visibility", 20);
    Visibility chosen =
        visibility == null
            ? Visibility.PUBLIC
            : Visibility.parse(visibility)
                .orElseThrow(
                    () -> new InvalidInput("\"visibility\" is \"public\" or \"partner\"."));
    if (!json.containsKey("rules")) {
      throw new InvalidInput("A topic needs \"rules\".");
    }
    return new Definition(
        slug, names, text(json, "description", 4000), chosen, TopicRules.from(json.get("rules")));
  }

  private static Map<String, String> names(JsonObject json) {
    Map<String, String> names = new LinkedHashMap<>();
    JsonValue value = json.get("names");
    if (value instanceof JsonObject given) {
      for (String tag : given.keySet()) {
        if (Language.ofExactTag(tag).isEmpty()) {
          throw new InvalidInput(
              "\"" + tag + "\" is not one of the languages " + Language.tags() + ".");
        }
        String name = text(given, tag, 200);
        if (name != null) {
          names.put(tag, name);
        }
      }
    } else if (value != null && value != JsonValue.NULL) {
      throw new InvalidInput("\"names\" must be an object of language tag to name.");
    }
    String single = text(json, "name", 200);
    if (single != null && names.isEmpty()) {
      String tag = TextEngine.standard().detect(single).variant();
      names.put(Language.ofExactTag(tag).map(Language::tag).orElse("en"), single);
    }
    return names;
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

  private static String text(JsonObject json, String name, int max) {
    JsonValue value = json.get(name);
    if (value == null || value == JsonValue.NULL) {
      return null;
    }
    if (!(value instanceof JsonString string)) {
      throw new InvalidInput("\"" + name + "\" must be a string.");
    }
    String text = CONTROL.matcher(string.getString()).replaceAll("").strip();
    if (text.length() > max) {
      throw new InvalidInput("\"" + name + "\" is longer than " + max + " characters.");
    }
    return text.isEmpty() ? null : text;
  }
}
