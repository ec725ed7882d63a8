package io.charter.scheduler.executor;

import java.util.Set;

/**
 * Starts and stops workers: the one seam between the scheduling decisions and where workers
 * run. A {@code LocalProcessExecutor} (worker jars as child processes) and a
 * {@code KubernetesExecutor} (one Job per launch) implement it alike; the server never asks
 * which one it has.
 *
 * <p>Executors keep no job state of their own beyond the handles: what runs is decided by the
 * server from its database, with the {@code FairShareScheduler}, and what is lost by the
 * {@code Reconciler}, which compares the stored handles with {@link #liveHandles()}. An executor
 * is therefore free to forget everything on restart, as long as it can still list and stop the
 * workers it started before.
 *
 * <p>Implementations are thread-safe; no method waits for a worker to finish.
 */
public interface Executor {

    /**
     * Starts a worker for {@code launch} and returns once the executor accepted it (the process
     * started, the Kubernetes Job was created), not when the worker runs: the worker reports
     * START to the server itself. An executor that names its workers by {@link JobLaunch#launchId()}
     * should answer a repeated submit of the same launch with the existing handle.
     *
     * @throws ExecutorRejectedException     if the executor refuses the launch; no worker runs
     * @throws ExecutorUnavailableException if the executor cannot be reached; whether a worker
     *                                       was started is unknown (the attempt fence covers it)
     */
    ExecutionHandle submit(JobLaunch launch) throws ExecutorRejectedException;

    /**
     * Stops the worker: asks it to terminate, then kills it after the executor's grace period
     * (SIGTERM then SIGKILL; a Job deleted with its pods). Returns without waiting. Idempotent:
     * an unknown or exited handle is not an error.
     *
     * @throws ExecutorUnavailableException if the executor cannot be reached
     */
    void cancel(ExecutionHandle handle);

    /**
     * Where the worker of {@code handle} is.
     *
     * @throws ExecutorUnavailableException if the executor cannot be reached
     */
    ExecutorStatus status(ExecutionHandle handle);

    /**
     * The handles of every worker this executor started that has not exited, including ones
     * started before a server restart. Complete or an exception, never partial: the reconciler
     * declares a job lost when its handle is missing here.
     *
     * @throws ExecutorUnavailableException if a complete answer cannot be given
     */
    Set<ExecutionHandle> liveHandles();

    /**
     * What the executor can take now and at most, for the fair-share scheduler's resource fit.
     *
     * @throws ExecutorUnavailableException if the executor cannot be reached
     */
    ExecutorCapacity capacity();
}
