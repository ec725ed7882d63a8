/**
 * The tenant fair-share queue: {@link io.charter.scheduler.queue.FairShareScheduler} picks which
 * {@link io.charter.scheduler.queue.QueuedJob}s start, under per-tenant
 * {@link io.charter.scheduler.queue.Quotas}, bounded slots and the executor's capacity, with
 * aging {@link io.charter.scheduler.queue.Reservation}s so that large jobs are not starved.
 */
package io.charter.scheduler.queue;
