package org.newsrelay.websub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsrelay.platform.InvalidInput;

class SubscriptionRequestTest {
  @Test
  void aSubscription() {
    SubscriptionRequest request =
        SubscriptionRequest.read(
            form(
                Map.of(
                    "hub.mode", "subscribe",
                    "hub.callback", "https://partner.example/cb?x=1",
                    "hub.topic", "https://news.example/feeds/en/all.atom",
                    "hub.lease_seconds", "3600",
                    "hub.secret", "s".repeat(199))));
    assertEquals(HubMode.subscribe, request.mode());
    assertEquals("https://partner.example/cb?x=1", request.callback().toString());
    assertEquals(3600, request.leaseSeconds());
  }

  @Test
  void theHubChoosesTheLeaseWhenNoneIsAsked() {
    SubscriptionRequest request =
        SubscriptionRequest.read(
            form(
                Map.of(
                    "hub.mode", "unsubscribe",
                    "hub.callback", "https://partner.example/cb",
                    "hub.topic", "https://news.example/feeds/en/all.atom",
                    "hub.secret", "")));
    assertEquals(LeaseBounds.DEFAULT_SECONDS, request.leaseSeconds());
    assertNull(request.secret(), "an empty secret is no secret");
  }

  @Test
  void refusals() {
    refused("hub.mode", "publish");
    // Only a hub says denied.
    refused("hub.mode", "denied");
    refused("hub.callback", "not a url");
    refused("hub.callback", "mailto:desk@partner.example");
    refused("hub.callback", "https://partner.example/cb#frag");
    refused("hub.lease_seconds", "299");
    refused("hub.lease_seconds", "2592001");
    refused("hub.lease_seconds", "-5");
    // 200 bytes, though fewer characters: the limit is on bytes.
    refused("hub.secret", "密".repeat(67));
  }

  private static void refused(String field, String value) {
    MultivaluedMap<String, String> form =
        form(
            Map.of(
                "hub.mode", "subscribe",
                "hub.callback", "https://partner.example/cb",
                "hub.topic", "https://news.example/feeds/en/all.atom"));
    form.putSingle(field, value);
    InvalidInput e = assertThrows(InvalidInput.class, () -> SubscriptionRequest.read(form), field);
    assertEquals("Bad request", e.title());
  }

  private static MultivaluedMap<String, String> form(Map<String, String> fields) {
    MultivaluedMap<String, String> form = new MultivaluedHashMap<>();
    fields.forEach(form::putSingle);
    return form;
  }
}
