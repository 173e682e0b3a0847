package org.newsrelay.partner.websub;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import org.junit.jupiter.api.Test;

class VerificationUrlTest {
  @Test
  void addsTheHubParametersEncoded() {
    assertEquals(
        "https://p.example/cb?hub.mode=subscribe&hub.topic=https%3A%2F%2Fn.example%2Ffeeds%2Fen%2Fall.atom"
            + "&hub.challenge=abc&hub.lease_seconds=600",
        VerificationUrl.of(
                URI.create("https://p.example/cb"),
                "subscribe",
                "https://n.example/feeds/en/all.atom",
                "abc",
                600)
            .toString());
  }

  @Test
  void keepsTheCallbacksOwnQuery() {
    assertEquals(
        "https://p.example/cb?id=7&hub.mode=unsubscribe&hub.topic=t&hub.challenge=c",
        VerificationUrl.of(URI.create("https://p.example/cb?id=7"), "unsubscribe", "t", "c", null)
            .toString());
  }
}
