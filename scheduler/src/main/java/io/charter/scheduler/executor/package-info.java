/**
 * The executor contract: {@link io.charter.scheduler.executor.Executor} starts, stops and lists
 * workers for {@link io.charter.scheduler.executor.JobLaunch}es and reports its
 * {@link io.charter.scheduler.executor.ExecutorCapacity}. Interfaces and values only; the local
 * process and Kubernetes implementations live in the server.
 */
package io.charter.scheduler.executor;
