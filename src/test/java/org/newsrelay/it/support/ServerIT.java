package org.newsrelay.it.support;

import java.io.File;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Integration tests deploy the very war the build produced and talk to it over HTTP, as a partner
 * or a feed reader would.
 */
@ExtendWith(ArquillianExtension.class)
public abstract class ServerIT {
  public static final String ADMIN_PASSWORD = "it-admin-password";

  @ArquillianResource protected URL base;

  protected Http http;

  @Deployment(testable = false)
  public static WebArchive newsrelay() {
    return ShrinkWrap.createFromZipFile(
        WebArchive.class, new File(System.getProperty("newsrelay.war", "target/newsrelay.war")));
  }

  @BeforeEach
  void client() {
    http = new Http(base, "admin", ADMIN_PASSWORD);
  }

  /** Simplified copy in Taiwan's Traditional, as the server's text API converts it. */
  protected String taiwanese(String simplified) {
    return Http.json(
            http.postJson(
                "/api/v1/text/convert",
                jakarta.json.Json.createObjectBuilder()
                    .add("text", simplified)
                    .add("from", "zh-Hans")
                    .add("to", "zh-Hant-TW")
                    .build()
                    .toString()))
        .getString("text");
  }
}
