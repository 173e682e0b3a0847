package org.newsrelay.platform;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.util.Set;
import java.util.logging.Logger;

/**
 * The first admin: "admin" with NEWSRELAY_ADMIN_PASSWORD, or a generated password printed once in
 * the server log, so that a first run is usable without editing anything.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class FirstAdmin {
  private static final Logger LOG = Logger.getLogger(FirstAdmin.class.getName());
  private static final String ALPHABET =
      "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

  @Inject UserStore users;

  @PostConstruct
  void ensureAdmin() {
    if (users.exists("admin")) {
      return;
    }
    var configured = Settings.get("newsrelay.admin.password");
    String password = configured.orElseGet(FirstAdmin::generate);
    users.create("admin", password.toCharArray(), Set.of(Roles.ADMIN, Roles.EDITOR, Roles.WIRE));
    if (configured.isPresent()) {
      LOG.info("Created the first admin 'admin' with the password from NEWSRELAY_ADMIN_PASSWORD.");
    } else {
      LOG.warning(
          "Created the first admin 'admin' with the generated password "
              + password
              + " (shown only this once; set NEWSRELAY_ADMIN_PASSWORD before the first start to choose it).");
    }
  }

  private static String generate() {
    SecureRandom random = new SecureRandom();
    StringBuilder password = new StringBuilder();
    for (int i = 0; i < 20; i++) {
      password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return password.toString();
  }
}
