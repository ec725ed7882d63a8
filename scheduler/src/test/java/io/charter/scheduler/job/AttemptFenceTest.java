package io.charter.scheduler.job;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static io.charter.scheduler.job.JobFixtures.eventOf;
import static io.charter.scheduler.job.JobFixtures.job;
import static io.charter.scheduler.job.JobFixtures.stampOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AttemptFenceTest {

    @ParameterizedTest
    @EnumSource(value = JobEventType.class, names = {"START", "HEARTBEAT", "SUCCEED", "FAIL"})
    void shouldAcceptTheCurrentLaunchOfARunningJob(JobEventType type) {
        JobSnapshot running = job(JobState.RUNNING, 2, 3);
        assertThat(AttemptFence.check(running, stampOf(running), eventOf(type))).isEqualTo(FenceDecision.ACCEPTED);
    }

    @ParameterizedTest
    @EnumSource(value = JobEventType.class, names = {"START", "HEARTBEAT", "SUCCEED", "FAIL"})
    void shouldRefuseEveryEventOfAnEarlierAttempt(JobEventType type) {
        JobSnapshot running = job(JobState.RUNNING, 2, 3);
        WorkerStamp old = new WorkerStamp("job-1", 1, "launch-1");
        assertThat(AttemptFence.check(running, old, eventOf(type))).isEqualTo(FenceDecision.REFUSED_STALE_ATTEMPT);
    }

    @Test
    void shouldRefuseASecondWorkerOfTheSameAttempt() {
        JobSnapshot running = job(JobState.RUNNING, 2, 3);
        WorkerStamp duplicate = new WorkerStamp("job-1", 2, "launch-2-resubmitted");
        assertThat(AttemptFence.check(running, duplicate, JobEvent.heartbeat()))
                .isEqualTo(FenceDecision.REFUSED_STALE_ATTEMPT);
    }

    @Test
    void shouldRefuseALaterAttemptThanAnyLaunched() {
        JobSnapshot running = job(JobState.RUNNING, 2, 3);
        assertThat(AttemptFence.check(running, new WorkerStamp("job-1", 3, "launch-2"), JobEvent.start()))
                .isEqualTo(FenceDecision.REFUSED_UNKNOWN_ATTEMPT);
    }

    @Test
    void shouldRefuseAStampForAnotherJob() {
        JobSnapshot running = job(JobState.RUNNING, 1, 3);
        assertThat(AttemptFence.check(running, new WorkerStamp("job-2", 1, "launch-1"), JobEvent.heartbeat()))
                .isEqualTo(FenceDecision.REFUSED_WRONG_JOB);
    }

    @Test
    void shouldRefuseTheLostWorkerOnceItsJobWasRequeued() {
        // attempt 1 was declared lost; the job waits as attempt 2, which has no launch yet
        JobSnapshot requeued = job(JobState.QUEUED, 2, 3);
        WorkerStamp lost = new WorkerStamp("job-1", 1, "launch-1");
        assertThat(AttemptFence.check(requeued, lost, JobEvent.succeed()))
                .isEqualTo(FenceDecision.REFUSED_STALE_ATTEMPT);
        assertThat(AttemptFence.check(requeued, lost)).isEqualTo(FenceDecision.REFUSED_STALE_ATTEMPT);
    }

    @Test
    void shouldAcknowledgeADuplicateSucceedOfTheSameAttemptWithoutApplyingIt() {
        JobSnapshot succeeded = job(JobState.SUCCEEDED, 2, 3);
        assertThat(AttemptFence.check(succeeded, stampOf(succeeded), JobEvent.succeed()))
                .isEqualTo(FenceDecision.DUPLICATE_TERMINAL);
        assertThat(FenceDecision.DUPLICATE_TERMINAL.acknowledged()).isTrue();
    }

    @Test
    void shouldAcknowledgeADuplicateFailOfTheSameAttempt() {
        JobSnapshot failed = job(JobState.FAILED, 3, 3);
        assertThat(AttemptFence.check(failed, stampOf(failed), JobEvent.fail("again", false)))
                .isEqualTo(FenceDecision.DUPLICATE_TERMINAL);
    }

    @Test
    void shouldFenceADuplicateSucceedFromAnOlderAttempt() {
        JobSnapshot succeeded = job(JobState.SUCCEEDED, 2, 3);
        assertThat(AttemptFence.check(succeeded, new WorkerStamp("job-1", 1, "launch-1"), JobEvent.succeed()))
                .isEqualTo(FenceDecision.REFUSED_STALE_ATTEMPT);
    }

    @Test
    void shouldRefuseAnOutcomeThatContradictsTheRecordedOne() {
        JobSnapshot succeeded = job(JobState.SUCCEEDED, 1, 3);
        assertThat(AttemptFence.check(succeeded, stampOf(succeeded), JobEvent.fail("late", true)))
                .isEqualTo(FenceDecision.REFUSED_TERMINAL);
    }

    @ParameterizedTest
    @EnumSource(value = JobEventType.class, names = {"START", "HEARTBEAT", "SUCCEED", "FAIL"})
    void shouldTellTheWorkerOfACancelledJobToStop(JobEventType type) {
        JobSnapshot cancelled = job(JobState.CANCELLED, 1, 3);
        assertThat(AttemptFence.check(cancelled, stampOf(cancelled), eventOf(type)))
                .isEqualTo(FenceDecision.REFUSED_TERMINAL);
        assertThat(FenceDecision.REFUSED_TERMINAL.acknowledged()).isFalse();
    }

    @Test
    void shouldFenceMetricsAndCheckpointsLikeHeartbeats() {
        JobSnapshot running = job(JobState.RUNNING, 2, 3);
        assertThat(AttemptFence.check(running, stampOf(running))).isEqualTo(FenceDecision.ACCEPTED);
        assertThat(AttemptFence.check(running, new WorkerStamp("job-1", 1, "launch-1")))
                .isEqualTo(FenceDecision.REFUSED_STALE_ATTEMPT);
        JobSnapshot succeeded = job(JobState.SUCCEEDED, 2, 3);
        assertThat(AttemptFence.check(succeeded, stampOf(succeeded))).isEqualTo(FenceDecision.REFUSED_TERMINAL);
    }

    @ParameterizedTest
    @EnumSource(value = JobEventType.class, names = {"SCHEDULE", "CANCEL", "WORKER_LOST", "EXECUTOR_REJECTED"})
    void shouldRefuseToFenceTheServersOwnEvents(JobEventType type) {
        JobSnapshot running = job(JobState.RUNNING, 1, 3);
        assertThatThrownBy(() -> AttemptFence.check(running, stampOf(running), eventOf(type)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("but got " + type);
    }

    @Test
    void shouldLetOnlyTheCurrentLaunchChangeTheJobAfterALostWorkerCameBack() {
        // attempt 1 was lost and attempt 2 runs; the "lost" worker of attempt 1 was merely slow
        JobSnapshot running = job(JobState.RUNNING, 2, 3);
        WorkerStamp slow = new WorkerStamp("job-1", 1, "launch-1");
        WorkerStamp current = stampOf(running);
        assertThat(AttemptFence.check(running, slow, JobEvent.succeed()))
                .isEqualTo(FenceDecision.REFUSED_STALE_ATTEMPT);
        assertThat(AttemptFence.check(running, current, JobEvent.succeed())).isEqualTo(FenceDecision.ACCEPTED);
        assertThat(JobStateMachine.transition(running, JobEvent.succeed()))
                .isEqualTo(new Transition.Moved(JobState.RUNNING, JobState.SUCCEEDED, 2, null));
    }
}
