package org.newsrelay.partner;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.UUID;
import org.newsrelay.story.Readership;

/**
 * Whose story it is: a wire partner's pushes carry the origin "push:partner:&lt;id&gt;", set from
 * its key and never from the story itself, so the feed layer can name the partner.
 */
@ApplicationScoped
public class Attribution {
  static final String PUSH_PREFIX = Readership.pushOrigin(PartnerCaller.PRINCIPAL_PREFIX);

  @Inject Partners partners;

  /** The partner that pushed a story of this origin. */
  public Optional<Partner> partnerOf(String origin) {
    if (origin == null || !origin.startsWith(PUSH_PREFIX)) {
      return Optional.empty();
    }
    try {
      return partners.find(UUID.fromString(origin.substring(PUSH_PREFIX.length())));
    } catch (IllegalArgumentException notOurs) {
      return Optional.empty();
    }
  }
}
