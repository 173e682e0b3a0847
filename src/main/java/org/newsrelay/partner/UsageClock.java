package org.newsrelay.partner;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/** Writes partners' usage counts (and keys' last use) to the database every ten seconds. */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class UsageClock {
  @Inject UsageMeter usage;

  @Schedule(hour = "*", minute = "*", second = "*/10", persistent = false, info = "partner usage")
  void flush() {
    usage.flush();
  }
}
