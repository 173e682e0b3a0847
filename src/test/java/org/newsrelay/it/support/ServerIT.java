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

  /** The admin's own client, for the admin's routes (users, partners, topics, origins). */
  protected Http http;

  /** An anonymous reader of feeds, pages and the stories API. */
  protected Reader reader;

  /** The admin pushing as a wire. */
  protected Wire wire;

  /** The admin at the desk. */
  protected Editor editor;

  /** People with roles of their own, made by the admin. */
  protected Accounts accounts;

  @Deployment(testable = false)
  public static WebArchive newsrelay() {
    return ShrinkWrap.createFromZipFile(
        WebArchive.class, new File(System.getProperty("newsrelay.war", "target/newsrelay.war")));
  }

  @BeforeEach
  void client() {
    http = new Http(base, "admin", ADMIN_PASSWORD);
    reader = new Reader(http.anonymous());
    wire = new Wire(http, http, "push:admin");
    editor = new Editor(http, "admin");
    accounts = new Accounts(base, http);
  }

  /** A new partner with these roles, languages and rate limits (JSON fragments; limits or null). */
  protected Partner partner(String roles, String languages, String limits) {
    return Partner.create(http, roles, languages, limits);
  }

  /** Simplified copy in Taiwan's Traditional, as the server's text API converts it. */
  protected String taiwanese(String simplified) {
    return converted(simplified, "zh-Hant-TW");
  }

  /** Simplified copy in another variant, as the server's text API converts it. */
  protected String converted(String simplified, String to) {
    return Http.json(
            http.postJson(
                "/api/v1/text/convert",
                jakarta.json.Json.createObjectBuilder()
                    .add("text", simplified)
                    .add("from", "zh-Hans")
                    .add("to", to)
                    .build()
                    .toString()))
        .getString("text");
  }
}
