/**
 * The job model: {@link io.charter.scheduler.job.JobState} and
 * {@link io.charter.scheduler.job.JobEvent}, the explicit transition table of
 * {@link io.charter.scheduler.job.JobStateMachine}, fencing of worker messages by attempt and
 * launch ({@link io.charter.scheduler.job.AttemptFence}) and backoff between attempts
 * ({@link io.charter.scheduler.job.RetryPolicy}). Pure functions over a
 * {@link io.charter.scheduler.job.JobSnapshot}; the server stores the results.
 */
package io.charter.scheduler.job;
