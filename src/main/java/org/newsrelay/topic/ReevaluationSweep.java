package org.newsrelay.topic;

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
 * Every ten seconds, takes up re-evaluations that no node holds: their node died mid-job, or before
 * it began one. Each node sweeps; a job is claimed in the database, so one node runs it.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ReevaluationSweep {
  @Inject ReevaluationSteps steps;
  @Inject Reevaluations reevaluations;

  @Schedule(hour = "*", minute = "*", second = "*/10", persistent = false, info = "reevaluations")
  void sweep() {
    steps.abandoned().forEach(reevaluations::resume);
  }
}
