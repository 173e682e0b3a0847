package org.newsrelay.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FirstAdminTest {
  @Test
  void aFreshInstallationCreatesTheAdmin() {
    assertEquals(FirstAdmin.Step.CREATE, FirstAdmin.next(false, false));
  }

  @Test
  void aDeletedAdminIsNotCreatedAgain() {
    // Recorded when it was created: no account named admin any more is no reason to make one.
    assertEquals(FirstAdmin.Step.NOTHING, FirstAdmin.next(true, true));
    assertEquals(FirstAdmin.Step.NOTHING, FirstAdmin.next(true, false));
  }

  @Test
  void anInstallationFromBeforeTheRecordIsRecordedNotGivenANewAdmin() {
    assertEquals(FirstAdmin.Step.RECORD_ONLY, FirstAdmin.next(false, true));
  }

  @Test
  void theAdminPasswordMeetsTheRulesOfEveryPassword() {
    assertTrue(UserAccounts.passwordProblem("short").isPresent());
    assertTrue(UserAccounts.passwordProblem("").isPresent());
    assertTrue(UserAccounts.passwordProblem("x".repeat(201)).isPresent());
    // The integration tests' admin password.
    assertTrue(UserAccounts.passwordProblem("it-admin-password").isEmpty());
  }
}
