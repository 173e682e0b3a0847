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

  /** As {@link #visible(UUID, boolean, Principal)}, for a path id taken as a String. */
  public static UUID visible(String id, boolean admin, Principal caller) {
    return visible(parse(id), admin, caller);
  }

  /** Admins see every partner; a partner sees only itself (and others are simply not there). */
  public static UUID visible(UUID partnerId, boolean admin, Principal caller) {
    if (admin) {
      return partnerId;
    }
    if (!PartnerCaller.partnerOf(caller).map(partnerId::equals).orElse(false)) {
      throw new NotFound("There is no partner " + partnerId + ".");
    }
    return partnerId;
  }

  /**
   * An id in the path; anything else is not there, as {@code platform.PathIds} answers for a
   * {@code @PathParam UUID}.
   */
  public static UUID parse(String id) {
    try {
      return UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      throw new NotFound("There is nothing at " + id + ".");
    }
  }
}
