package org.newsrelay.partner;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.Principal;
import java.util.UUID;

/**
 * What a partner may read: its entitled languages, and in them the feed "all" and its entitled
 * (partner-only) topics. The feed layer asks for partner-only topics and answers 404 when this says
 * no, exactly as for a topic that does not exist; the WebSub hub asks for every topic.
 */
@ApplicationScoped
public class Entitlements {
  @Inject Partners partners;

  /**
   * @param principal the caller (a partner signs in as "partner:&lt;id&gt;"); null or anyone else
   *     has no partner entitlements
   */
  public boolean mayRead(Principal principal, String lang, String topicSlug) {
    return PartnerCaller.partnerOf(principal).map(id -> mayRead(id, lang, topicSlug)).orElse(false);
  }

  public boolean mayRead(UUID partnerId, String lang, String topicSlug) {
    return partners
        .find(partnerId)
        .map(
            p ->
                p.languages().contains(lang)
                    && ("all".equals(topicSlug) || p.topics().contains(topicSlug)))
        .orElse(false);
  }
}
