package org.newsrelay.partner;

import java.util.UUID;

/** A partner's terms or keys changed: cached answers about it must go once the change commits. */
record PartnerChanged(UUID partnerId, String keyHash) {}
