/**
 * Framework-free scheduling decisions: the job model and its state machine, tenant fair-share
 * queueing and quotas, executors, HPO samplers and pruners, NAS strategies. Deterministic given
 * a seed. Filled by the training and tuning issues; imports no framework (checked by ArchUnit).
 */
package io.charter.scheduler;
