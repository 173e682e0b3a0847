package org.newsrelay.partner.websub;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Wakes the dispatcher every second: for retries that have come due, and for rows written on
 * another node. Not persistent: what is due lives in the outbox, claimed row by row.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DispatchClock {
  @Inject Dispatcher dispatcher;

  @Schedule(hour = "*", minute = "*", second = "*", persistent = false, info = "websub dispatch")
  void tick() {
    dispatcher.checkStall();
    dispatcher.wake();
  }
}
