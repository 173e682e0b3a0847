package org.newsrelay.it.desk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.newsrelay.it.support.Copy;
import org.newsrelay.it.support.Http;
import org.newsrelay.it.support.ServerIT;

/** The same story from two wires, one in Simplified and one in Traditional, is one cluster. */
class ClusteringIT extends ServerIT {

  @Test
  void sameStoryInTwoScriptsIsOneCluster() throws IOException {
    String run = UUID.randomUUID().toString();
    String simplified = Copy.sample("deepseek-cost.zh-Hans.txt") + "\n编号 " + run;
    String traditional = taiwanese(simplified);
    assertNotEquals(simplified, traditional);

    String a = push("urn:it:wire-a:" + run, simplified, "zh-Hans");
    String b = push("urn:it:wire-b:" + run, traditional, "zh-Hant-TW");
    String other =
        push(
            "urn:it:wire-c:" + run,
            "A different story about the harbour reopening after a storm, " + run,
            "en");

    // Pushed together, the two may be stored at the same moment, each unseen by the other; the
    // recheck after each commit puts them together a moment later.
    String clusterB =
        Http.eventually(Duration.ofSeconds(60), () -> cluster(b), c -> c.equals(cluster(a)));
    String clusterA = cluster(a);
    assertEquals(clusterA, clusterB, "one story in two scripts from two wires");
    assertNotEquals(clusterA, cluster(other));
  }

  private String push(String uri, String body, String language) {
    // No headline: the wire sends copy alone.
    return wire.push(
        Json.createObjectBuilder()
            .add("uri", uri)
            .add("body_text", body)
            .add("language", language));
  }

  private String cluster(String id) {
    JsonObject story =
        Http.eventually(
            Duration.ofSeconds(60), () -> editor.story(id), s -> s.containsKey("cluster"));
    return story.getString("cluster");
  }
}
