/**
 * Framework-free scheduling decisions: pure functions over snapshots that the server's job
 * service calls and whose results it stores. {@code job}: the job model, its state machine,
 * attempt fencing and retry backoff. {@code queue}: the tenant fair-share scheduler.
 * {@code reconcile}: finding lost workers. {@code executor}: the contract the local process and
 * Kubernetes executors implement. {@code tuning}: hyperparameter samplers, pruners and NAS
 * strategies with a study simulator. Deterministic given a seed and a clock; imports no framework
 * (checked by ArchUnit).
 */
package io.charter.scheduler;
