package org.newsrelay.ingest.websub;

import java.util.UUID;
import org.newsrelay.websub.SubscriptionRequest;

/** A subscribe or unsubscribe request to send to a hub, taken from a subscription's row. */
record RequestToHub(UUID subscriptionId, String hub, SubscriptionRequest request) {}
