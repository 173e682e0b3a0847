package org.newsrelay.feed;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class DocumentMemoryTest {
  private static RenderedDocument document(int bytes) {
    return RenderedDocument.of(new byte[bytes], "application/atom+xml", Instant.EPOCH, Instant.MAX);
  }

  @Test
  void whateverIsPutTheBytesStayWithinTheBound() {
    DocumentMemory memory = new DocumentMemory(1_000_000);
    for (int i = 0; i < 10_000; i++) {
      memory.put("host-" + i + "|feed|en/all", document(20_000));
      assertTrue(memory.bytes() <= 1_000_000, "bytes: " + memory.bytes());
    }
    assertTrue(memory.count() < 60, "count: " + memory.count());
  }

  @Test
  void theLeastRecentlyUsedGoFirst() {
    DocumentMemory memory = new DocumentMemory(1_000_000);
    memory.put("kept", document(20_000));
    for (int i = 0; i < 200; i++) {
      memory.get("kept");
      memory.put("other-" + i, document(20_000));
    }
    assertNotNull(memory.get("kept"));
    assertNull(memory.get("other-0"));
  }

  @Test
  void oneHugeDocumentIsServedButNotKept() {
    DocumentMemory memory = new DocumentMemory(1_000_000);
    memory.put("small", document(1_000));
    memory.put("huge", document(500_000));
    assertNull(memory.get("huge"));
    assertNotNull(memory.get("small"));
  }
}
