package org.newsrelay.partner;

import java.security.Principal;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.newsrelay.feed.FeedTopic;

/** Who is calling with an API key: the key, its partner, and what the partner may do. */
public record PartnerCaller(
    UUID keyId,
    UUID partnerId,
    String partnerName,
    Set<String> partnerRoles,
    Set<String> topics,
    Set<String> languages,
    int readsPerMinute,
    int pushesPerMinute) {

  /** Principal names of partners; a Basic user name can never contain the colon. */
  static final String PRINCIPAL_PREFIX = "partner:";

  public String principalName() {
    return principalName(partnerId);
  }

  public static String principalName(UUID partnerId) {
    return PRINCIPAL_PREFIX + partnerId;
  }

  /** The partner a principal stands for, if it is one. */
  public static Optional<UUID> partnerOf(Principal principal) {
    return principal == null ? Optional.empty() : partnerNamed(principal.getName());
  }

  /** The one reader of "partner:&lt;id&gt;", for principals and the origins made of them. */
  static Optional<UUID> partnerNamed(String principalName) {
    if (principalName == null || !principalName.startsWith(PRINCIPAL_PREFIX)) {
      return Optional.empty();
    }
    try {
      return Optional.of(UUID.fromString(principalName.substring(PRINCIPAL_PREFIX.length())));
    } catch (IllegalArgumentException notOurs) {
      return Optional.empty();
    }
  }

  public boolean mayRead(String lang, String topicSlug) {
    return languages.contains(lang)
        && (FeedTopic.isEveryStory(topicSlug) || topics.contains(topicSlug));
  }
}
