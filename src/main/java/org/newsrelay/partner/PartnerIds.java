package org.newsrelay.partner;

import java.security.Principal;
import java.util.UUID;
import org.newsrelay.platform.NotFound;

/**
 * The partner a request under {@code /api/v1/partners/{id}} is about, for the resources that answer
 * there ({@link PartnerResource} and {@code partner.websub.PartnerHubResource}).
 */
public final class PartnerIds {
  private PartnerIds() {}

  /** Admins see every partner; a partner sees only itself (and others are simply not there). */
  public static UUID visible(String id, boolean admin, Principal caller) {
    UUID partnerId = parse(id);
    if (admin) {
      return partnerId;
    }
    if (!PartnerCaller.partnerOf(caller).map(partnerId::equals).orElse(false)) {
      throw new NotFound("There is no partner " + id + ".");
    }
    return partnerId;
  }

  /** An id in the path; anything else is not there. */
  public static UUID parse(String id) {
    try {
      return UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      throw new NotFound("There is nothing at " + id + ".");
    }
  }
}
