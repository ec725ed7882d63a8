package io.charter.scheduler;

import io.charter.scheduler.executor.ExecutionHandle;
import io.charter.scheduler.executor.ExecutorRejectedException;
import io.charter.scheduler.executor.JobLaunch;
import io.charter.scheduler.executor.WorkerEnvironment;
import io.charter.scheduler.job.AttemptFence;
import io.charter.scheduler.job.FenceDecision;
import io.charter.scheduler.job.JobEvent;
import io.charter.scheduler.job.JobSnapshot;
import io.charter.scheduler.job.JobState;
import io.charter.scheduler.job.JobStateMachine;
import io.charter.scheduler.job.JobType;
import io.charter.scheduler.job.Resources;
import io.charter.scheduler.job.RetryPolicy;
import io.charter.scheduler.job.Transition;
import io.charter.scheduler.job.WorkerStamp;
import io.charter.scheduler.queue.FairShareScheduler;
import io.charter.scheduler.queue.QueuedJob;
import io.charter.scheduler.queue.Quotas;
import io.charter.scheduler.queue.Selection;
import io.charter.scheduler.reconcile.Liveness;
import io.charter.scheduler.reconcile.ReconcileAction;
import io.charter.scheduler.reconcile.Reconciler;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The job service the server will have, cut down to a map: it shows how the pure decisions are
 * meant to be called (the real one does each step in a transaction under the row's version).
 */
final class ReferenceServer {

    /** A job row: the snapshot plus what the queue needs. */
    record Row(JobSnapshot job, Resources resources, Instant enqueuedAt, Instant notBefore) {
    }

    final MovableClock clock;
    final FakeExecutor executor;
    final Map<String, Row> rows = new LinkedHashMap<>();
    private final FairShareScheduler scheduler;
    private final RetryPolicy retry = RetryPolicy.standard(42);
    private final int slots;
    private int launches;

    ReferenceServer(MovableClock clock, FakeExecutor executor, int slots) {
        this.clock = clock;
        this.executor = executor;
        this.slots = slots;
        this.scheduler = new FairShareScheduler(clock, Duration.ofMinutes(30));
    }

    String submit(String jobId, String tenant, Resources resources, int maxAttempts) {
        rows.put(jobId, new Row(JobSnapshot.queued(jobId, tenant, maxAttempts, now()), resources, now(), null));
        return jobId;
    }

    JobSnapshot job(String jobId) {
        return rows.get(jobId).job();
    }

    /** One fair-share round: SCHEDULE and submit what it picks. */
    Selection scheduleRound() {
        List<QueuedJob> queue = rows.values().stream().filter(r -> r.job().state() == JobState.QUEUED)
                .map(r -> new QueuedJob(r.job().jobId(), r.job().tenant(), 0, r.enqueuedAt(), r.notBefore(),
                        r.resources()))
                .toList();
        Map<String, Integer> running = rows.values().stream().filter(r -> r.job().state().holdsLaunch())
                .collect(Collectors.groupingBy(r -> r.job().tenant(), Collectors.summingInt(r -> 1)));
        int holding = running.values().stream().mapToInt(Integer::intValue).sum();
        Selection selection = scheduler.next(queue, running, Quotas.uniform(4), slots - holding,
                executor.capacity());
        selection.start().forEach(q -> launch(q.jobId()));
        return selection;
    }

    /** What the worker REST endpoint does with an event from the launch {@code launch}. */
    FenceDecision workerSends(JobLaunch launch, JobEvent event) {
        JobSnapshot job = job(launch.jobId());
        FenceDecision decision = AttemptFence.check(job, new WorkerStamp(launch.jobId(), launch.attempt(),
                launch.launchId()), event);
        if (decision == FenceDecision.ACCEPTED) {
            apply(job.jobId(), event);
        }
        return decision;
    }

    /** A reconciliation pass and what the server does with each action. */
    List<ReconcileAction> reconcile(Liveness liveness) {
        List<JobSnapshot> jobs = rows.values().stream().map(Row::job).toList();
        List<ReconcileAction> actions = Reconciler.reconcile(jobs, now(), liveness, executor.liveValues());
        for (ReconcileAction action : actions) {
            switch (action.kind()) {
                case MARK_LOST_AND_REQUEUE, MARK_FAILED -> apply(action.job().jobId(), action.event());
                case RESUBMIT -> launch(action.job().jobId());
                case STOP_WORKER, KEEP -> { }
            }
            if (action.stopHandle() != null) {
                executor.cancel(new ExecutionHandle(action.stopHandle()));
            }
        }
        return actions;
    }

    Transition cancel(String jobId) {
        String handle = job(jobId).executorHandle();
        Transition t = apply(jobId, JobEvent.cancel("cancelled by alice"));
        if (t instanceof Transition.Moved && handle != null) {
            executor.cancel(new ExecutionHandle(handle));
        }
        return t;
    }

    /** SCHEDULE (a QUEUED job) with a fresh launch id, then submit; a rejection is an event too. */
    private void launch(String jobId) {
        String launchId = "l-" + (++launches);
        JobSnapshot job = job(jobId);
        if (job.state() == JobState.QUEUED) {
            apply(jobId, JobEvent.schedule());
        }
        store(jobId, with(job(jobId), job(jobId).state(), job(jobId).attempt(), launchId, null, now()));
        JobSnapshot scheduled = job(jobId);
        Map<String, String> env = Map.of(WorkerEnvironment.SERVER_URL, "http://127.0.0.1:8080",
                WorkerEnvironment.JOB_ID, jobId, WorkerEnvironment.ATTEMPT, Integer.toString(scheduled.attempt()),
                WorkerEnvironment.JOB_TOKEN, "token-" + launchId);
        JobLaunch launch = new JobLaunch(jobId, scheduled.tenant(), JobType.TRAIN, scheduled.attempt(), launchId, env,
                rows.get(jobId).resources(), URI.create("file:///tmp/logs/" + launchId + ".log"));
        try {
            ExecutionHandle handle = executor.submit(launch);
            store(jobId, with(scheduled, scheduled.state(), scheduled.attempt(), launchId, handle.value(),
                    scheduled.stateSince()));
        } catch (ExecutorRejectedException e) {
            apply(jobId, e.toEvent());
        }
    }

    private Transition apply(String jobId, JobEvent event) {
        JobSnapshot job = job(jobId);
        Transition t = JobStateMachine.transition(job, event);
        if (t instanceof Transition.Moved m) {
            JobSnapshot next = m.requeued()
                    ? with(job, m.to(), m.attempt(), null, null, now())
                    : with(job, m.to(), m.attempt(), job.launchId(), job.executorHandle(), now());
            Instant notBefore = m.requeued() ? retry.earliestRetry(jobId, job.attempt(), now()) : null;
            Row row = rows.get(jobId);
            rows.put(jobId, new Row(next, row.resources(), m.requeued() ? now() : row.enqueuedAt(), notBefore));
        }
        if (t.accepted() && event.type().fromWorker()) {
            JobSnapshot j = job(jobId);
            store(jobId, new JobSnapshot(j.jobId(), j.tenant(), j.state(), j.attempt(), j.maxAttempts(),
                    j.launchId(), j.executorHandle(), j.stateSince(), now(), j.checkpoint()));
        }
        return t;
    }

    private static JobSnapshot with(JobSnapshot j, JobState state, int attempt, String launchId, String handle,
                                    Instant since) {
        boolean newLaunch = state == JobState.QUEUED || state == JobState.SCHEDULED;
        return new JobSnapshot(j.jobId(), j.tenant(), state, attempt, j.maxAttempts(), launchId, handle, since,
                newLaunch ? null : j.lastHeartbeat(), j.checkpoint());
    }

    private void store(String jobId, JobSnapshot job) {
        Row row = rows.get(jobId);
        rows.put(jobId, new Row(job, row.resources(), row.enqueuedAt(), row.notBefore()));
    }

    private Instant now() {
        return clock.instant();
    }

    /** The launch the executor received last for {@code jobId}. */
    JobLaunch lastLaunch(String jobId) {
        return executor.submitted.stream().filter(l -> l.jobId().equals(jobId)).reduce((a, b) -> b).orElseThrow();
    }
}
