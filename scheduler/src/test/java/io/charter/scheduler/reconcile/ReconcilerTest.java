package io.charter.scheduler.reconcile;

import io.charter.scheduler.job.JobEventType;
import io.charter.scheduler.job.JobSnapshot;
import io.charter.scheduler.job.JobState;
import io.charter.scheduler.reconcile.ReconcileAction.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReconcilerTest {

    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    private static final Duration TIMEOUT = Duration.ofMinutes(1);
    private static final String HANDLE = "local:4242:1772366400";
    private static final String CHECKPOINT = "acme/p1/runs/r1/checkpoints/epoch-7";

    /** A job of "acme" in {@code state}, entered 30 min ago, last heard from {@code heartbeatAgo} ago. */
    private static JobSnapshot job(String id, JobState state, int attempt, int max, String handle,
                                   Duration heartbeatAgo) {
        Instant since = NOW.minus(Duration.ofMinutes(30));
        Instant beat = heartbeatAgo == null ? null : NOW.minus(heartbeatAgo);
        String launch = state == JobState.QUEUED ? null : "launch-" + attempt;
        return new JobSnapshot(id, "acme", state, attempt, max, launch, handle, since, beat, CHECKPOINT);
    }

    private static ReconcileAction one(JobSnapshot job, Liveness liveness, Set<String> live) {
        List<ReconcileAction> actions = Reconciler.reconcile(List.of(job), NOW, liveness, live);
        assertThat(actions).hasSize(1);
        return actions.get(0);
    }

    private static ReconcileAction one(JobSnapshot job, Set<String> live) {
        return one(job, Liveness.of(TIMEOUT), live);
    }

    @Test
    void shouldKeepARunningWorkerThatOutlivedAServerRestart() {
        // the server was down for 10 minutes; the worker kept running and could not report
        JobSnapshot job = job("j", JobState.RUNNING, 1, 3, HANDLE, Duration.ofMinutes(10));
        Liveness afterRestart = Liveness.afterStart(TIMEOUT, NOW.minusSeconds(5));
        ReconcileAction action = one(job, afterRestart, Set.of(HANDLE));
        assertThat(action.kind()).isEqualTo(Kind.KEEP);
        assertThat(action.stopHandle()).isNull();
        assertThat(action.event()).isNull();
    }

    @Test
    void shouldLoseAWorkerThatStaysSilentOnceTheServerHasListenedLongEnough() {
        JobSnapshot job = job("j", JobState.RUNNING, 1, 3, HANDLE, Duration.ofMinutes(10));
        Liveness upForTwoMinutes = Liveness.afterStart(TIMEOUT, NOW.minus(Duration.ofMinutes(2)));
        ReconcileAction action = one(job, upForTwoMinutes, Set.of(HANDLE));
        assertThat(action.kind()).isEqualTo(Kind.MARK_LOST_AND_REQUEUE);
        assertThat(action.stopHandle()).isEqualTo(HANDLE);
    }

    @Test
    void shouldRequeueFromTheCheckpointAsTheNextAttemptWhenTheWorkerIsGone() {
        JobSnapshot job = job("j", JobState.RUNNING, 1, 3, HANDLE, Duration.ofSeconds(5));
        ReconcileAction action = one(job, Liveness.afterStart(TIMEOUT, NOW.minusSeconds(5)), Set.of());
        assertThat(action.kind()).isEqualTo(Kind.MARK_LOST_AND_REQUEUE);
        assertThat(action.nextAttempt()).isEqualTo(2);
        assertThat(action.resumeFrom()).isEqualTo(CHECKPOINT);
        assertThat(action.transition().to()).isEqualTo(JobState.QUEUED);
        assertThat(action.transition().attempt()).isEqualTo(2);
        assertThat(action.event().type()).isEqualTo(JobEventType.WORKER_LOST);
        assertThat(action.reason()).isEqualTo("the worker process of attempt 1 is gone");
        assertThat(action.stopHandle()).as("nothing left to stop").isNull();
    }

    @Test
    void shouldFailAJobWhoseLastAttemptLostItsWorker() {
        JobSnapshot job = job("j", JobState.RUNNING, 3, 3, HANDLE, Duration.ofSeconds(5));
        ReconcileAction action = one(job, Set.of());
        assertThat(action.kind()).isEqualTo(Kind.MARK_FAILED);
        assertThat(action.transition().to()).isEqualTo(JobState.FAILED);
        assertThat(action.transition().reason()).isEqualTo("the worker process of attempt 3 is gone");
        assertThat(action.nextAttempt()).isEqualTo(3);
        assertThat(action.resumeFrom()).isNull();
    }

    @Test
    void shouldRequeueAndStopAHungWorkerWhoseProcessStillRuns() {
        JobSnapshot job = job("j", JobState.RUNNING, 1, 2, HANDLE, Duration.ofSeconds(61));
        ReconcileAction action = one(job, Set.of(HANDLE));
        assertThat(action.kind()).isEqualTo(Kind.MARK_LOST_AND_REQUEUE);
        assertThat(action.stopHandle()).isEqualTo(HANDLE);
        assertThat(action.reason()).isEqualTo("no heartbeat from attempt 1 for PT1M1S (timeout PT1M)");
    }

    @Test
    void shouldKeepAWorkerSilentForExactlyTheTimeout() {
        JobSnapshot job = job("j", JobState.RUNNING, 1, 2, HANDLE, TIMEOUT);
        assertThat(one(job, Set.of(HANDLE)).kind()).isEqualTo(Kind.KEEP);
    }

    @Test
    void shouldJudgeAWorkerThatStartedBeforeItsHandleWasStoredByHeartbeatsAlone() {
        assertThat(one(job("j", JobState.RUNNING, 1, 2, null, Duration.ofSeconds(10)), Set.of()).kind())
                .isEqualTo(Kind.KEEP);
        ReconcileAction silent = one(job("j", JobState.RUNNING, 1, 2, null, Duration.ofMinutes(5)), Set.of());
        assertThat(silent.kind()).isEqualTo(Kind.MARK_LOST_AND_REQUEUE);
        assertThat(silent.stopHandle()).isNull();
    }

    @Test
    void shouldResubmitTheSameAttemptWhoseLaunchWasNeverConfirmed() {
        // the server stopped after deciding SCHEDULED and before the executor returned a handle
        JobSnapshot job = job("j", JobState.SCHEDULED, 2, 3, null, null);
        ReconcileAction action = one(job, Set.of());
        assertThat(action.kind()).isEqualTo(Kind.RESUBMIT);
        assertThat(action.nextAttempt()).isEqualTo(2);
        assertThat(action.resumeFrom()).isEqualTo(CHECKPOINT);
        assertThat(action.transition()).isNull();
    }

    @Test
    void shouldLeaveALaunchBeingSubmittedAlone() {
        JobSnapshot job = new JobSnapshot("j", "acme", JobState.SCHEDULED, 1, 3, "launch-1", null,
                NOW.minusSeconds(10), null, null);
        assertThat(one(job, Set.of()).kind()).isEqualTo(Kind.KEEP);
    }

    @Test
    void shouldLoseAScheduledWorkerThatDiedBeforeStart() {
        ReconcileAction action = one(job("j", JobState.SCHEDULED, 1, 3, HANDLE, null), Set.of());
        assertThat(action.kind()).isEqualTo(Kind.MARK_LOST_AND_REQUEUE);
        assertThat(action.reason()).isEqualTo("the worker of attempt 1 is gone before it reported START");
    }

    @Test
    void shouldGiveAPendingPodTheStartTimeoutNotTheHeartbeatTimeout() {
        JobSnapshot pending = new JobSnapshot("j", "acme", JobState.SCHEDULED, 1, 3, "launch-1", HANDLE,
                NOW.minus(Duration.ofMinutes(4)), null, null);
        Liveness kubernetes = new Liveness(TIMEOUT, Duration.ofMinutes(5), Instant.MIN);
        assertThat(one(pending, kubernetes, Set.of(HANDLE)).kind()).isEqualTo(Kind.KEEP);
        ReconcileAction late = one(pending, Liveness.of(TIMEOUT), Set.of(HANDLE));
        assertThat(late.kind()).isEqualTo(Kind.MARK_LOST_AND_REQUEUE);
        assertThat(late.stopHandle()).isEqualTo(HANDLE);
        assertThat(late.reason()).isEqualTo("attempt 1 did not report START within PT1M");
    }

    @ParameterizedTest
    @EnumSource(value = JobState.class, names = {"SUCCEEDED", "FAILED", "CANCELLED"})
    void shouldNeverRunAFinishedJobAgain(JobState state) {
        for (Set<String> live : List.of(Set.<String>of(), Set.of(HANDLE))) {
            for (String handle : new String[] {null, HANDLE}) {
                ReconcileAction action = one(job("j", state, 1, 3, handle, Duration.ofHours(2)), live);
                assertThat(action.kind()).isIn(Kind.KEEP, Kind.STOP_WORKER);
                assertThat(action.transition()).isNull();
                assertThat(action.resumeFrom()).isNull();
            }
        }
    }

    @Test
    void shouldStopTheWorkerOfACancelledJobAfterTheGrace() {
        JobSnapshot longAgo = job("j", JobState.CANCELLED, 1, 3, HANDLE, Duration.ofMinutes(40));
        ReconcileAction action = one(longAgo, Set.of(HANDLE));
        assertThat(action.kind()).isEqualTo(Kind.STOP_WORKER);
        assertThat(action.stopHandle()).isEqualTo(HANDLE);
        JobSnapshot justNow = new JobSnapshot("j", "acme", JobState.SUCCEEDED, 1, 3, "launch-1", HANDLE,
                NOW.minusSeconds(3), NOW.minusSeconds(3), null);
        assertThat(one(justNow, Set.of(HANDLE)).kind()).as("a worker exiting after SUCCEED").isEqualTo(Kind.KEEP);
    }

    @Test
    void shouldKeepQueuedJobsForTheSchedulerAndStopAnEarlierWorkerStillNamed() {
        assertThat(one(job("j", JobState.QUEUED, 2, 3, null, null), Set.of(HANDLE)).kind()).isEqualTo(Kind.KEEP);
        assertThat(one(job("j", JobState.QUEUED, 2, 3, HANDLE, null), Set.of(HANDLE)).kind())
                .isEqualTo(Kind.STOP_WORKER);
    }

    @Test
    void shouldAnswerEveryJobInInputOrder() {
        List<JobSnapshot> jobs = List.of(
                job("a", JobState.RUNNING, 1, 3, "h-a", Duration.ofSeconds(1)),
                job("b", JobState.RUNNING, 1, 3, "h-b", Duration.ofSeconds(1)),
                job("c", JobState.QUEUED, 1, 3, null, null),
                job("d", JobState.SUCCEEDED, 1, 3, "h-d", null));
        List<ReconcileAction> actions = Reconciler.reconcile(jobs, NOW, TIMEOUT, Set.of("h-a"));
        assertThat(actions).extracting(a -> a.job().jobId()).containsExactly("a", "b", "c", "d");
        assertThat(actions).extracting(ReconcileAction::kind)
                .containsExactly(Kind.KEEP, Kind.MARK_LOST_AND_REQUEUE, Kind.KEEP, Kind.KEEP);
    }

    @Test
    void shouldRefuseAJobListedTwice() {
        JobSnapshot a = job("a", JobState.QUEUED, 1, 3, null, null);
        assertThatThrownBy(() -> Reconciler.reconcile(List.of(a, a), NOW, TIMEOUT, Set.of()))
                .hasMessage("each job must appear once, but a appears twice");
    }

    @Test
    void shouldRefuseANonPositiveTimeout() {
        assertThatThrownBy(() -> Liveness.of(Duration.ZERO))
                .hasMessage("heartbeatTimeout must be positive, but got PT0S");
    }
}
