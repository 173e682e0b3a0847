package org.newsrelay.platform;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/**
 * The first admin: "admin" with {@link Setting#ADMIN_PASSWORD}, or a generated password printed
 * once in the server log, so that a first run is usable without editing anything. Created once per
 * installation: that it was is kept in the database, so an admin deleted later stays deleted. A
 * {@link Setting#ADMIN_PASSWORD} that breaks the password rules stops the first start with the rule
 * in the log, rather than leaving a weak admin behind. The same start loads the installation's feed
 * cursor key, so that Undertow's threads (the feed fast lane) never need CDI or the database for
 * it.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class FirstAdmin {
  private static final Logger LOG = Logger.getLogger(FirstAdmin.class.getName());
  static final String CREATED = "first-admin.created";
  private static final String ALPHABET =
      "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

  @Inject UserStore users;
  @Inject Installation installation;

  /** What a start does about the first admin. */
  enum Step {
    NOTHING,
    /** Users from before this was recorded: the first admin was made, whatever became of it. */
    RECORD_ONLY,
    CREATE
  }

  static Step next(boolean recorded, boolean anyUser) {
    if (recorded) {
      return Step.NOTHING;
    }
    return anyUser ? Step.RECORD_ONLY : Step.CREATE;
  }

  @PostConstruct
  void start() {
    InstallationKey.loaded(
        InstallationKey.FEED_CURSOR, installation.secret(InstallationKey.FEED_CURSOR));
    ensureAdmin();
  }

  void ensureAdmin() {
    Step step = next(installation.has(CREATED), users.any());
    if (step == Step.NOTHING) {
      return;
    }
    if (step == Step.CREATE) {
      var configured = Settings.current().adminPassword();
      Optional<String> problem = configured.flatMap(UserAccounts::passwordProblem);
      if (problem.isPresent()) {
        String refusal =
            Setting.ADMIN_PASSWORD
                + " breaks the password rules ("
                + problem.get()
                + "); the first admin is not created. Choose another and start again.";
        LOG.severe(refusal);
        throw new IllegalStateException(refusal);
      }
      String password = configured.orElseGet(FirstAdmin::generate);
      users.create("admin", password.toCharArray(), Set.of(Roles.ADMIN, Roles.EDITOR, Roles.WIRE));
      if (configured.isPresent()) {
        LOG.info(
            "Created the first admin 'admin' with the password from "
                + Setting.ADMIN_PASSWORD
                + ".");
      } else {
        LOG.warning(
            "Created the first admin 'admin' with the generated password "
                + password
                + " (shown only this once; set "
                + Setting.ADMIN_PASSWORD
                + " before the first start to choose it).");
      }
    }
    installation.record(CREATED, "admin");
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
