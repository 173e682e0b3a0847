package org.newsrelay.ingest;

import java.time.Instant;
import org.newsrelay.story.Language;
import org.newsrelay.story.StoryCopy;
import org.newsrelay.text.Detection;
import org.newsrelay.text.Normalized;
import org.newsrelay.text.TextEngine;

/**
 * Turns a draft into clean copy with the text engine: sanitised, normalised, with a headline and a
 * language.
 */
final class CopyDesk {
  static final int HEADLINE_CHARS = 140;
  static final int SUMMARY_CHARS = 300;

  private final TextEngine text;

  CopyDesk(TextEngine text) {
    this.text = text;
  }

  StoryCopy clean(StoryDraft received, Instant receivedAt) {
    // Pushes and polls passed the door already; items that were in the inbox before it existed
    // have not, and are made to fit here rather than fail in the database.
    StoryDraft draft = Intake.polled(received, receivedAt);
    String html = null;
    String plain = "";
    Detection detected = null;
    if (draft.bodyHtml() != null) {
      Normalized body = text.normalizeHtml(draft.bodyHtml(), null);
      html = body.text();
      plain = body.plainText();
      detected = body.detected();
    } else if (draft.bodyText() != null) {
      Normalized body = text.normalize(draft.bodyText(), null);
      plain = body.text();
      detected = body.detected();
    }
    String headline =
        draft.headline() != null
            ? text.truncate(text.normalize(draft.headline(), null).text(), Intake.HEADLINE_CHARS)
            : text.headline(plain, HEADLINE_CHARS);
    Detection evidence = detected != null ? detected : text.detect(headline);
    Language language =
        Language.fromDeclared(draft.language()).orElseGet(() -> detectedLanguage(evidence));
    return new StoryCopy(
        language,
        headline,
        text.summary(plain, SUMMARY_CHARS),
        plain,
        html,
        draft.link(),
        draft.byline(),
        draft.versionCreated() != null ? draft.versionCreated() : receivedAt,
        draft.subjects(),
        StoryCopy.WireStatus.of(draft.pubstatus()),
        draft.embargoed(),
        draft.wire());
  }

  private static Language detectedLanguage(Detection detection) {
    return Language.fromDeclared(detection.variant())
        .or(() -> Language.fromDeclared(detection.language()))
        .orElse(Language.EN);
  }
}
