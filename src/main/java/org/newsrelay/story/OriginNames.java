package org.newsrelay.story;

import java.util.Collection;
import java.util.Map;

/**
 * The name a reader sees for a story's origin, where the origin itself is only an id: a partner's
 * pushes carry "push:partner:&lt;uuid&gt;", and "Also reported by" must say the partner's name. The
 * domain that knows the names (partner) implements it, so that the feeds need not know partners.
 */
public interface OriginNames {
  /** The names of those origins it knows, in one go for a whole page; the others are absent. */
  Map<String, String> namesOf(Collection<String> origins);
}
