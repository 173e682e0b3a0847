package org.newsrelay.topic;

import java.util.UUID;

/** A topic was created or its rules changed: recent stories are checked again once committed. */
record TopicRulesChanged(UUID topicId, UUID reevaluationId) {}
