package io.charter.training.service;

import io.charter.audit.service.AuditService;
import io.charter.common.data.Timestamps;
import io.charter.scheduler.job.JobEvent;
import io.charter.scheduler.job.JobState;
import io.charter.scheduler.job.JobStateMachine;
import io.charter.scheduler.job.RetryPolicy;
import io.charter.scheduler.job.Transition;
import io.charter.tracking.domain.Run;
import io.charter.tracking.domain.RunStatus;
import io.charter.tracking.service.RunUpdates;
import io.charter.training.domain.TrainingJob;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Applies a job event to a job row, the one place a job changes state: the scheduler's state
 * machine decides, this writes the decision (state, attempt, launch cleared on requeue, retry
 * time, times), mirrors it on the job's run (MLflow status and end time) and audits it — all in
 * the caller's transaction.
 */
@ApplicationScoped
public class JobLifecycle {

    private static final RetryPolicy RETRY = RetryPolicy.standard(20_261_126L);

    @Inject
    AuditService audit;

    @Inject
    RunUpdates updates;

    @Transactional(Transactional.TxType.MANDATORY)
    public Transition apply(TrainingJob job, JobEvent event) {
        Transition t = JobStateMachine.transition(job.snapshot(), event);
        if (!(t instanceof Transition.Moved m)) {
            return t;
        }
        Instant now = Timestamps.now();
        int endedAttempt = job.attempt;
        job.state = m.to();
        job.attempt = m.attempt();
        job.stateSince = now;
        if (m.reason() != null) {
            job.reason = m.reason();
        }
        job.queueReason = null;
        if (m.requeued()) {
            job.launchId = null;
            job.executorHandle = null;
            job.lastHeartbeat = null;
            job.enqueuedAt = now;
            job.notBefore = RETRY.earliestRetry(job.id.toString(), endedAttempt, now);
        }
        if (m.free()) {
            // taken away through no fault of its own: the attempt is not charged and it goes again at once
            job.maxAttempts += 1;
            job.preemptions += 1;
            job.notBefore = null;
        }
        if (m.to() == JobState.RUNNING && job.startedAt == null) {
            job.startedAt = now;
        }
        if (m.to().isTerminal()) {
            job.finishedAt = now;
        }
        mirrorOnRun(job);
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("from", m.from());
        payload.put("to", m.to());
        payload.put("attempt", m.attempt());
        if (m.free()) {
            payload.put("attemptCharged", false);
        }
        if (m.reason() != null) {
            payload.put("reason", m.reason());
        }
        audit.record("job." + event.type().name().toLowerCase(java.util.Locale.ROOT), "TrainingJob", job.id, payload);
        return t;
    }

    private void mirrorOnRun(TrainingJob job) {
        Run run = Run.findById(job.runId);
        if (run == null) {
            return;
        }
        RunStatus status = switch (job.state) {
            case QUEUED, SCHEDULED -> RunStatus.SCHEDULED;
            case RUNNING -> RunStatus.RUNNING;
            case SUCCEEDED -> RunStatus.FINISHED;
            case FAILED -> RunStatus.FAILED;
            case CANCELLED -> RunStatus.KILLED;
        };
        run.status = status;
        run.endTime = status.terminal() ? job.finishedAt.toEpochMilli() : null;
        updates.changed(run.id);
    }
}
