package org.newsrelay.it.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.net.InetAddress;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.ContainerController;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.container.test.api.TargetsContainer;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.controller.client.ModelControllerClient;
import org.jboss.dmr.ModelNode;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newsrelay.it.support.Editor;
import org.newsrelay.it.support.Http;
import org.newsrelay.it.support.ServerIT;
import org.newsrelay.it.support.Wire;

/**
 * An accepted story survives the server being killed before the worker touched it: the inbox row
 * was committed before the 202, and the worker takes it up after the restart, whether its JMS
 * message survived or was lost between the commit and the announcement.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class InboxRestartIT {
  private static final String CONTAINER = "durability";
  // 600 above the suite's ports (pom.xml, it-http-port), so that concurrent runs never meet.
  private static final int MANAGEMENT_PORT =
      Integer.getInteger("it.durability.management.port", 10690);
  private static final int HTTP_PORT = Integer.getInteger("it.durability.http.port", 8780);

  @ArquillianResource ContainerController containers;
  @ArquillianResource Deployer deployer;

  @Deployment(name = "newsrelay", managed = false, testable = false)
  @TargetsContainer(CONTAINER)
  public static WebArchive newsrelay() {
    return ShrinkWrap.createFromZipFile(
        WebArchive.class, new File(System.getProperty("newsrelay.war", "target/newsrelay.war")));
  }

  @Test
  void storyAcceptedBeforeAKillIsProcessedAfterTheRestart() throws Exception {
    containers.start(CONTAINER);
    deployer.deploy("newsrelay");
    Http http =
        new Http(new URL("http://127.0.0.1:" + HTTP_PORT + "/"), "admin", ServerIT.ADMIN_PASSWORD);
    // The admin, as a wire and at the desk, on this test's own server.
    Wire wire = new Wire(http, http, "push:admin");
    Editor editor = new Editor(http, "admin");
    try {
      // The worker stops taking messages, so the story is certainly still waiting when the server
      // dies.
      ingestDelivery("stop-delivery");
      // The first story's message is lost, as when the server stops between a commit and its
      // announcement: only the sweep at start can bring it back.
      String lost = push(wire, editor, "Announced again after a restart");
      Http.eventually(Duration.ofSeconds(30), InboxRestartIT::queuedMessages, n -> n >= 1);
      assertEquals(1, ingestQueue("remove-messages").asInt(), "messages removed");
      // The second one's message waits in the queue through the kill.
      String queued = push(wire, editor, "Survives a killed server");
      Http.eventually(Duration.ofSeconds(30), InboxRestartIT::queuedMessages, n -> n >= 1);

      containers.kill(CONTAINER);
      containers.start(CONTAINER);

      for (var expected :
          java.util.Map.of(
                  lost, "Announced again after a restart", queued, "Survives a killed server")
              .entrySet()) {
        var story =
            Http.eventually(
                Duration.ofSeconds(90),
                () -> editor.story(expected.getKey()),
                s -> "published".equals(s.getString("status")));
        assertEquals(expected.getValue(), story.getString("headline"));
      }
    } finally {
      deployer.undeploy("newsrelay");
      containers.stop(CONTAINER);
    }
  }

  private static String push(Wire wire, Editor editor, String headline) throws Exception {
    String uri = "urn:newsml:it.example:restart:" + UUID.randomUUID();
    // A headline alone, no copy.
    String id =
        wire.push(
            "{\"uri\": \""
                + uri
                + "\", \"headline\": \""
                + headline
                + "\", \"language\": \"en\", \"versioncreated\": \""
                + Instant.now()
                + "\"}");
    assertEquals("incoming", editor.story(id).getString("status"));
    return id;
  }

  private static int queuedMessages() {
    try {
      ModelNode op = queueOperation("read-attribute");
      op.get("name").set("message-count");
      return execute(op).asInt();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static ModelNode ingestQueue(String operation) throws Exception {
    return execute(queueOperation(operation));
  }

  private static ModelNode queueOperation(String operation) {
    ModelNode op = new ModelNode();
    op.get("operation").set(operation);
    ModelNode address = op.get("address");
    address.add("subsystem", "messaging-activemq");
    address.add("server", "default");
    address.add("jms-queue", "NewsrelayIngest");
    return op;
  }

  private static ModelNode execute(ModelNode op) throws Exception {
    try (ModelControllerClient client =
        ModelControllerClient.Factory.create(InetAddress.getLoopbackAddress(), MANAGEMENT_PORT)) {
      ModelNode result = client.execute(op);
      assertEquals("success", result.get("outcome").asString(), result.toString());
      return result.get("result");
    }
  }

  private static void ingestDelivery(String operation) throws Exception {
    try (ModelControllerClient client =
        ModelControllerClient.Factory.create(InetAddress.getLoopbackAddress(), MANAGEMENT_PORT)) {
      ModelNode op = new ModelNode();
      op.get("operation").set(operation);
      ModelNode address = op.get("address");
      address.add("deployment", "newsrelay.war");
      address.add("subsystem", "ejb3");
      address.add("message-driven-bean", "IngestWorker");
      ModelNode result = client.execute(op);
      assertEquals("success", result.get("outcome").asString(), result.toString());
    }
  }
}
