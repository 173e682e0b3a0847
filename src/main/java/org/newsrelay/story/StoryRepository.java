package org.newsrelay.story;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.newsrelay.platform.NotFound;

/**
 * Stories in the database: a story by id, the desk's questions (newest, search, clusters, versions)
 * and topics' (recent stories). Every question is a named query on the entity or a Criteria query
 * here, under {@link Readership}'s rule wherever readers are concerned; the feeds' questions are
 * {@link PublishedStories}'.
 */
@ApplicationScoped
public class StoryRepository {
  @PersistenceContext EntityManager em;

  public Optional<Story> find(UUID id) {
    return Optional.ofNullable(em.find(Story.class, id));
  }

  /** The story, for a caller that names it: one that does not exist is refused as not found. */
  public Story get(UUID id) {
    return find(id).orElseThrow(() -> new NotFound("There is no story " + id + "."));
  }

  /**
   * The story, if an editor may still change it: unknown or killed ones are refused. It notes
   * whether it is public before the editor's change (Story.notePublic).
   */
  public Story editable(UUID id) {
    Story story = get(id);
    story.requireEditable();
    story.notePublic();
    return story;
  }

  public void add(Story story) {
    em.persist(story);
  }

  /** These stories, in no particular order; ids of no story are left out. */
  public List<Story> all(Collection<UUID> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return em.createNamedQuery("Story.byIds", Story.class).setParameter("ids", ids).getResultList();
  }

  /**
   * What clustering compares of these stories (id, cluster, fingerprint, language, received), in
   * the columns of StoryBand.lookAlikes; ids of no story are left out.
   */
  List<Object[]> lookAlikeRows(List<UUID> ids, FlushModeType flush) {
    List<Object[]> rows = new ArrayList<>();
    for (int from = 0; from < ids.size(); from += 1000) {
      @SuppressWarnings("unchecked")
      List<Object[]> chunk =
          em.createNativeQuery(
                  "select id, cluster_id, fingerprint, language, received_at from story"
                      + " where id in (?1)")
              .setFlushMode(flush)
              .setParameter(1, ids.subList(from, Math.min(ids.size(), from + 1000)))
              .getResultList();
      rows.addAll(chunk);
    }
    return rows;
  }

  /** The stories received since {@code since}, newest first, any status. */
  public List<Story> receivedSince(Instant since, int limit) {
    return em.createNamedQuery("Story.receivedSince", Story.class)
        .setParameter("since", since)
        .setMaxResults(limit)
        .getResultList();
  }

  /** The ids of the same stories as {@link #receivedSince}. */
  public List<UUID> idsReceivedSince(Instant since, int limit) {
    return em.createNamedQuery("Story.idsReceivedSince", UUID.class)
        .setParameter("since", since)
        .setMaxResults(limit)
        .getResultList();
  }

  /** The stories in scope, newest first (version_created, id), any status: for the desk. */
  public List<Story> newest(StoryScope scope, int limit) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Story> q = cb.createQuery(Story.class);
    Root<Story> s = q.from(Story.class);
    q.select(s)
        .where(scope.contains(cb, q, s.get("id")))
        .orderBy(cb.desc(s.get("versionCreated")), cb.desc(s.get("id")));
    return em.createQuery(q).setMaxResults(limit).getResultList();
  }

  /** Stories whose embargo has passed but was not yet announced. */
  public List<UUID> embargoesDue(int limit) {
    return em.createNamedQuery("Story.embargoesDue", UUID.class)
        .setParameter("now", Instant.now())
        .setMaxResults(limit)
        .getResultList();
  }

  /** Clears the embargo if it is still the one seen, so that one node announces it. */
  boolean claimEmbargoLift(UUID id, Instant seen) {
    int lifted =
        em.createNamedQuery("Story.liftEmbargo")
            .setParameter("id", id)
            .setParameter("seen", seen)
            .executeUpdate();
    if (lifted == 1) {
      em.refresh(em.find(Story.class, id));
    }
    return lifted == 1;
  }

  /** The languages of every translation linked to the story, public or not. */
  public List<Language> translationLanguages(UUID storyId) {
    return em.createNamedQuery("StoryTranslation.languages", Language.class)
        .setParameter("id", storyId)
        .getResultList();
  }

  /**
   * The desk's and the API's search: the stories {@code reader} may read with this uri, stored
   * language and status (null does not filter) and one of {@code words}, LIKE patterns (escape
   * {@code !}), in the headline or the body (none: every story), newest first, at most {@code
   * limit}.
   */
  List<Story> search(
      String uri,
      Language language,
      StoryStatus status,
      List<String> words,
      Readership.Reader reader,
      int limit) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Story> q = cb.createQuery(Story.class);
    Root<Story> s = q.from(Story.class);
    List<Predicate> where = new ArrayList<>();
    if (!reader.seesDesk()) {
      where.add(Readership.readable(cb, s, reader, Instant.now()));
    }
    if (uri != null) {
      where.add(cb.equal(s.get("uri"), uri));
    }
    if (language != null) {
      where.add(cb.equal(s.get("language"), language));
    }
    if (status != null) {
      where.add(cb.equal(s.get("status"), status));
    }
    if (!words.isEmpty()) {
      where.add(PublishedStories.anyLike(cb, s, words, List.of("headline", "bodyText")));
    }
    q.select(s)
        .where(where.toArray(Predicate[]::new))
        .orderBy(cb.desc(s.get("versionCreated")), cb.desc(s.get("id")));
    return em.createQuery(q).setMaxResults(limit).getResultList();
  }

  /** Stories in the same cluster, this one excluded, earliest first, at most {@code limit}. */
  public List<Story> othersInCluster(Story story, int limit) {
    if (story.clusterId() == null) {
      return List.of();
    }
    return em.createNamedQuery("Story.othersInCluster", Story.class)
        .setParameter("cluster", story.clusterId())
        .setParameter("id", story.id())
        .setMaxResults(limit)
        .getResultList();
  }

  /** Every story of cluster {@code old} joins {@code cluster}. */
  void moveCluster(UUID old, UUID cluster) {
    em.createNamedQuery("Story.moveCluster")
        .setParameter("cluster", cluster)
        .setParameter("old", old)
        .executeUpdate();
  }

  /** These stories join {@code cluster}. */
  void joinCluster(Collection<UUID> storyIds, UUID cluster) {
    em.createNamedQuery("Story.joinCluster")
        .setParameter("cluster", cluster)
        .setParameter("ids", storyIds)
        .executeUpdate();
  }

  /** Every kept version of the story's renditions, by rendition, oldest first. */
  List<StoryVersion> versions(UUID storyId) {
    return em.createNamedQuery("StoryVersion.ofStory", StoryVersion.class)
        .setParameter("story", storyId)
        .getResultList();
  }

  /** The number of the latest kept version of one rendition, or null when none was kept. */
  Integer lastVersion(UUID storyId, Language rendition) {
    return em.createNamedQuery("StoryVersion.last", Integer.class)
        .setParameter("story", storyId)
        .setParameter("rendition", rendition)
        .getSingleResult();
  }

  /** Editors' corrections of these stories in one variant. */
  List<StoryRendition> corrections(Collection<UUID> storyIds, Language language) {
    return em.createNamedQuery("StoryRendition.among", StoryRendition.class)
        .setParameter("ids", storyIds)
        .setParameter("tag", language.tag())
        .getResultList();
  }

  /** Drops every editor's correction of the story. */
  void dropCorrections(UUID storyId) {
    em.createNamedQuery("StoryRendition.deleteOfStory").setParameter("id", storyId).executeUpdate();
  }

  /** The wire's metadata of these stories, by story; stories without any are left out. */
  public java.util.Map<UUID, WireMetadata> metadata(Collection<UUID> storyIds) {
    java.util.Map<UUID, WireMetadata> found = new java.util.HashMap<>();
    if (!storyIds.isEmpty()) {
      em.createNamedQuery("StoryMetadata.among", StoryMetadata.class)
          .setParameter("ids", storyIds)
          .getResultList()
          .forEach(m -> found.put(m.storyId(), m.metadata()));
    }
    return found;
  }

  /** The wire's metadata of one story: none when the wire sent none. */
  public WireMetadata metadata(UUID storyId) {
    StoryMetadata row = em.find(StoryMetadata.class, storyId);
    return row == null ? WireMetadata.NONE : row.metadata();
  }

  /**
   * Keeps the metadata of the copy a story just took, in place of its older copy's.
   *
   * @param created the story is new, so there is nothing to replace (and nothing to look up)
   */
  void keepMetadata(UUID storyId, WireMetadata metadata, boolean created) {
    StoryMetadata row = created ? null : em.find(StoryMetadata.class, storyId);
    if (row != null && metadata.isEmpty()) {
      em.remove(row);
    } else if (row != null) {
      row.replace(metadata);
    } else if (!metadata.isEmpty()) {
      em.persist(new StoryMetadata(storyId, metadata));
    }
  }

  /** The stories linked as translations of this one, public or not. */
  List<UUID> translationIds(UUID storyId) {
    return em.createNamedQuery("StoryTranslation.ofStory", UUID.class)
        .setParameter("story", storyId)
        .getResultList();
  }
}
