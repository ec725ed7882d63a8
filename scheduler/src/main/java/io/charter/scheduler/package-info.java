/**
 * Framework-free scheduling decisions: pure functions over snapshots that the server's job
 * service calls and whose results it stores. {@code job}: the job model, its state machine,
 * attempt fencing and retry backoff. {@code queue}: the tenant fair-share scheduler.
 * {@code reconcile}: finding lost workers. {@code executor}: the contract the local process and
 * Kubernetes executors implement. Deterministic given a seed and a clock; imports no framework
 * (checked by ArchUnit). HPO samplers and pruners and NAS strategies come with the tuning issues.
 */
package io.charter.scheduler;
