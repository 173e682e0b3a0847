package org.newsrelay.ingest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.StringReader;
import java.util.UUID;
import org.newsrelay.platform.Json;
import org.newsrelay.platform.ProblemException;
import org.newsrelay.story.StoryService;
import org.newsrelay.text.TextEngine;

/** Processes one inbox item into a stored story; processing it again changes nothing. */
@ApplicationScoped
public class StoryIngestion {
  @PersistenceContext EntityManager em;

  @Inject StoryService stories;

  private final CopyDesk desk = new CopyDesk(TextEngine.standard());

  @Transactional
  public void process(UUID itemId) {
    InboxItem item = em.find(InboxItem.class, itemId);
    if (item == null || item.status() == InboxItem.Status.done) {
      return;
    }
    StoryDraft draft;
    try {
      draft = Ninjs.read(Json.createReader(new StringReader(item.ninjs())).readObject());
    } catch (ProblemException rejected) {
      // Retrying cannot mend the copy itself: record why and stop.
      item.failed(rejected.getMessage());
      return;
    }
    UUID sourceId =
        item.origin().startsWith(Sources.ORIGIN_PREFIX)
            ? UUID.fromString(item.origin().substring(Sources.ORIGIN_PREFIX.length()))
            : null;
    stories.store(
        item.storyId(), item.origin(), draft.uri(), sourceId, desk.clean(draft, item.receivedAt()));
    item.done();
  }
}
