/**
 * Reconciliation of stored jobs with live workers: {@link io.charter.scheduler.reconcile.Reconciler}
 * finds lost workers (process gone, heartbeats stopped, launch never confirmed) at server start and
 * periodically, and turns them into {@link io.charter.scheduler.reconcile.ReconcileAction}s through
 * the job state machine.
 */
package io.charter.scheduler.reconcile;
