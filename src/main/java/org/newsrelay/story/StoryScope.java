package org.newsrelay.story;

import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import java.util.UUID;

/**
 * Stories that a domain above this one holds, a topic's for one: a typed Criteria condition on a
 * story's id, which {@link StoryRepository} adds to its own queries. The domain that owns the rows
 * writes the condition over its own entity; the story domain never names it.
 */
@FunctionalInterface
public interface StoryScope {
  /** The condition that the story whose id is {@code storyId} is in scope, inside {@code query}. */
  Predicate contains(CriteriaBuilder cb, AbstractQuery<?> query, Expression<UUID> storyId);
}
