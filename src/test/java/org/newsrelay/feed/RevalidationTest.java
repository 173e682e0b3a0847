package org.newsrelay.feed;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

class RevalidationTest {
  static final Instant MODIFIED = Instant.parse("2026-11-28T08:30:00.700Z");
  final RenderedDocument document =
      RenderedDocument.of(
          "<feed/>".getBytes(StandardCharsets.UTF_8),
          "application/atom+xml",
          MODIFIED,
          Instant.MAX);

  @Test
  void theSameContentHasTheSameStrongEtag() {
    RenderedDocument again =
        RenderedDocument.of(
            "<feed/>".getBytes(StandardCharsets.UTF_8), "x", Instant.EPOCH, Instant.MAX);
    assertEquals(document.etag(), again.etag());
    assertTrue(document.etag().startsWith("\"") && !document.etag().startsWith("W/"));
    assertNotEquals(document.etag(), document.gzipEtag(), "each coding has its own validator");
  }

  @Test
  void matchingEtagAnswers304WithoutBody() {
    var answer = Revalidation.answer(document, document.etag(), null, null);
    assertEquals(304, answer.status());
    assertNull(answer.body());
    assertEquals(304, Revalidation.answer(document, "W/" + document.etag(), null, null).status());
    assertEquals(
        304, Revalidation.answer(document, "\"other\", " + document.etag(), null, null).status());
    assertEquals(200, Revalidation.answer(document, "\"other\"", null, null).status());
  }

  @Test
  void ifModifiedSinceComparesWholeSeconds() {
    assertEquals(
        304, Revalidation.answer(document, null, "Sat, 28 Nov 2026 08:30:00 GMT", null).status());
    assertEquals(
        200, Revalidation.answer(document, null, "Sat, 28 Nov 2026 08:29:59 GMT", null).status());
    assertEquals(200, Revalidation.answer(document, null, "yesterday", null).status());
    assertEquals(
        "Sat, 28 Nov 2026 08:30:00 GMT",
        Revalidation.answer(document, null, null, null).lastModified());
  }

  @Test
  void lastModifiedIsAnImfFixdateWithTwoDigitDays() {
    RenderedDocument early =
        RenderedDocument.of(
            "<feed/>".getBytes(StandardCharsets.UTF_8),
            "application/atom+xml",
            Instant.parse("2026-12-01T07:05:09Z"),
            Instant.MAX);
    String lastModified = Revalidation.answer(early, null, null, null).lastModified();
    assertEquals("Tue, 01 Dec 2026 07:05:09 GMT", lastModified);
    // And it is read back, as is the older one-digit form some clients still send.
    assertEquals(304, Revalidation.answer(early, null, lastModified, null).status());
    assertEquals(
        304, Revalidation.answer(early, null, "Tue, 1 Dec 2026 07:05:09 GMT", null).status());
  }

  @Test
  void ifNoneMatchWinsOverIfModifiedSince() {
    assertEquals(
        200,
        Revalidation.answer(document, "\"other\"", "Sat, 28 Nov 2026 09:00:00 GMT", null).status());
  }

  @Test
  void gzipOnlyForClientsThatAcceptIt() throws IOException {
    var gzipped = Revalidation.answer(document, null, null, "br, gzip;q=0.8");
    assertTrue(gzipped.gzipped());
    assertEquals(document.gzipEtag(), gzipped.etag());
    try (var in = new GZIPInputStream(new ByteArrayInputStream(gzipped.body()))) {
      assertArrayEquals(document.body(), in.readAllBytes());
    }
    assertFalse(Revalidation.answer(document, null, null, "gzip;q=0").gzipped());
    assertFalse(Revalidation.answer(document, null, null, "identity").gzipped());
    assertFalse(Revalidation.answer(document, null, null, null).gzipped());
  }
}
