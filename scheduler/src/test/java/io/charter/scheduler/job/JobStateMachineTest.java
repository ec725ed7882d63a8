package io.charter.scheduler.job;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.EnumSet;

import static io.charter.scheduler.job.JobFixtures.eventOf;
import static io.charter.scheduler.job.JobFixtures.job;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JobStateMachineTest {

    /**
     * Every cell of the table, written out independently of the implementation's table.
     * A state name: moves there (same attempt). RETRY: the attempt ends (see the tests below).
     * SAME: accepted, unchanged. ILLEGAL: refused.
     */
    @ParameterizedTest(name = "{0} + {1} -> {2}")
    @CsvSource({
        "QUEUED,    SCHEDULE,          SCHEDULED",
        "QUEUED,    START,             ILLEGAL",
        "QUEUED,    HEARTBEAT,         ILLEGAL",
        "QUEUED,    SUCCEED,           ILLEGAL",
        "QUEUED,    FAIL,              ILLEGAL",
        "QUEUED,    CANCEL,            CANCELLED",
        "QUEUED,    WORKER_LOST,       ILLEGAL",
        "QUEUED,    EXECUTOR_REJECTED, ILLEGAL",
        "QUEUED,    PREEMPTED,         ILLEGAL",

        "SCHEDULED, SCHEDULE,          ILLEGAL",
        "SCHEDULED, START,             RUNNING",
        "SCHEDULED, HEARTBEAT,         ILLEGAL",
        "SCHEDULED, SUCCEED,           ILLEGAL",
        "SCHEDULED, FAIL,              RETRY",
        "SCHEDULED, CANCEL,            CANCELLED",
        "SCHEDULED, WORKER_LOST,       RETRY",
        "SCHEDULED, EXECUTOR_REJECTED, RETRY",
        "SCHEDULED, PREEMPTED,         FREE",

        "RUNNING,   SCHEDULE,          ILLEGAL",
        "RUNNING,   START,             SAME",
        "RUNNING,   HEARTBEAT,         SAME",
        "RUNNING,   SUCCEED,           SUCCEEDED",
        "RUNNING,   FAIL,              RETRY",
        "RUNNING,   CANCEL,            CANCELLED",
        "RUNNING,   WORKER_LOST,       RETRY",
        "RUNNING,   EXECUTOR_REJECTED, ILLEGAL",
        "RUNNING,   PREEMPTED,         FREE",

        "SUCCEEDED, SCHEDULE,          ILLEGAL",
        "SUCCEEDED, START,             ILLEGAL",
        "SUCCEEDED, HEARTBEAT,         ILLEGAL",
        "SUCCEEDED, SUCCEED,           SAME",
        "SUCCEEDED, FAIL,              ILLEGAL",
        "SUCCEEDED, CANCEL,            ILLEGAL",
        "SUCCEEDED, WORKER_LOST,       ILLEGAL",
        "SUCCEEDED, EXECUTOR_REJECTED, ILLEGAL",
        "SUCCEEDED, PREEMPTED,         ILLEGAL",

        "FAILED,    SCHEDULE,          ILLEGAL",
        "FAILED,    START,             ILLEGAL",
        "FAILED,    HEARTBEAT,         ILLEGAL",
        "FAILED,    SUCCEED,           ILLEGAL",
        "FAILED,    FAIL,              SAME",
        "FAILED,    CANCEL,            ILLEGAL",
        "FAILED,    WORKER_LOST,       ILLEGAL",
        "FAILED,    EXECUTOR_REJECTED, ILLEGAL",
        "FAILED,    PREEMPTED,         ILLEGAL",

        "CANCELLED, SCHEDULE,          ILLEGAL",
        "CANCELLED, START,             ILLEGAL",
        "CANCELLED, HEARTBEAT,         ILLEGAL",
        "CANCELLED, SUCCEED,           ILLEGAL",
        "CANCELLED, FAIL,              ILLEGAL",
        "CANCELLED, CANCEL,            SAME",
        "CANCELLED, WORKER_LOST,       ILLEGAL",
        "CANCELLED, EXECUTOR_REJECTED, ILLEGAL",
        "CANCELLED, PREEMPTED,         ILLEGAL",
    })
    void shouldFollowTheTransitionTable(JobState state, JobEventType type, String expected) {
        JobSnapshot job = job(state, 1, 3);
        Transition t = JobStateMachine.transition(job, eventOf(type));
        switch (expected) {
            case "ILLEGAL" -> {
                assertThat(t).isInstanceOf(Transition.IllegalTransition.class);
                Transition.IllegalTransition refused = (Transition.IllegalTransition) t;
                assertThat(refused.reason()).contains(state.name()).contains(type.name());
                assertThat(refused.accepted()).isFalse();
                assertThat(JobStateMachine.accepts(state, type)).isFalse();
            }
            case "SAME" -> {
                assertThat(t).isEqualTo(new Transition.Unchanged(state, ((Transition.Unchanged) t).reason()));
                assertThat(JobStateMachine.accepts(state, type)).isTrue();
            }
            case "RETRY" -> assertThat(t).isEqualTo(new Transition.Moved(state, JobState.QUEUED, 2,
                    eventOf(type).reason()));
            case "FREE" -> assertThat(t).isEqualTo(new Transition.Moved(state, JobState.QUEUED, 2,
                    eventOf(type).reason(), true));
            default -> {
                JobState to = JobState.valueOf(expected);
                assertThat(t).isInstanceOf(Transition.Moved.class);
                Transition.Moved moved = (Transition.Moved) t;
                assertThat(moved.from()).isEqualTo(state);
                assertThat(moved.to()).isEqualTo(to);
                assertThat(moved.attempt()).isEqualTo(1);
                assertThat(moved.requeued()).isFalse();
            }
        }
    }

    @ParameterizedTest
    @EnumSource(value = JobState.class, names = {"SCHEDULED", "RUNNING"})
    void shouldRequeueALostWorkerAsTheNextAttemptWhileAttemptsRemain(JobState state) {
        Transition t = JobStateMachine.transition(job(state, 2, 3), JobEvent.workerLost("process gone"));
        assertThat(t).isEqualTo(new Transition.Moved(state, JobState.QUEUED, 3, "process gone"));
        assertThat(((Transition.Moved) t).requeued()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(value = JobState.class, names = {"SCHEDULED", "RUNNING"})
    void shouldRequeueAPreemptedWorkerFreeOfChargeEvenOnTheLastAttempt(JobState state) {
        Transition t = JobStateMachine.transition(job(state, 3, 3), JobEvent.preempted("evicted: node drained"));
        assertThat(t).isEqualTo(new Transition.Moved(state, JobState.QUEUED, 4, "evicted: node drained", true));
        assertThat(((Transition.Moved) t).requeued()).isTrue();
    }

    @Test
    void shouldRefuseAFreeMoveThatIsNotARequeue() {
        assertThatThrownBy(() -> new Transition.Moved(JobState.RUNNING, JobState.FAILED, 1, "x", true))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("FAILED");
    }

    @Test
    void shouldRequireAReasonForAPreemption() {
        assertThatThrownBy(() -> JobEvent.preempted(" ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("PREEMPTED");
    }

    @ParameterizedTest
    @EnumSource(value = JobState.class, names = {"SCHEDULED", "RUNNING"})
    void shouldFailWithTheReasonWhenTheLastAttemptIsLost(JobState state) {
        Transition t = JobStateMachine.transition(job(state, 3, 3), JobEvent.workerLost("process gone"));
        assertThat(t).isEqualTo(new Transition.Moved(state, JobState.FAILED, 3, "process gone"));
    }

    @Test
    void shouldRequeueARetryableFailureWhileAttemptsRemain() {
        Transition t = JobStateMachine.transition(job(JobState.RUNNING, 1, 2), JobEvent.fail("S3 timeout", true));
        assertThat(t).isEqualTo(new Transition.Moved(JobState.RUNNING, JobState.QUEUED, 2, "S3 timeout"));
    }

    @Test
    void shouldFailARetryableFailureOfTheLastAttempt() {
        Transition t = JobStateMachine.transition(job(JobState.RUNNING, 2, 2), JobEvent.fail("S3 timeout", true));
        assertThat(t).isEqualTo(new Transition.Moved(JobState.RUNNING, JobState.FAILED, 2, "S3 timeout"));
    }

    @Test
    void shouldFailANonRetryableFailureAtOnceWhateverAttemptsRemain() {
        Transition t = JobStateMachine.transition(job(JobState.RUNNING, 1, 5),
                JobEvent.fail("target column 'y' is missing", false));
        assertThat(t).isEqualTo(new Transition.Moved(JobState.RUNNING, JobState.FAILED, 1,
                "target column 'y' is missing"));
    }

    @Test
    void shouldNeverRetryAJobAllowedOneAttempt() {
        Transition t = JobStateMachine.transition(job(JobState.RUNNING, 1, 1), JobEvent.fail("flaky", true));
        assertThat(t).isEqualTo(new Transition.Moved(JobState.RUNNING, JobState.FAILED, 1, "flaky"));
    }

    @Test
    void shouldRequeueARetryableRejectionAndFailAPermanentOne() {
        JobSnapshot scheduled = job(JobState.SCHEDULED, 1, 3);
        assertThat(JobStateMachine.transition(scheduled, JobEvent.executorRejected("quota", true)))
                .isEqualTo(new Transition.Moved(JobState.SCHEDULED, JobState.QUEUED, 2, "quota"));
        assertThat(JobStateMachine.transition(scheduled, JobEvent.executorRejected("no such image", false)))
                .isEqualTo(new Transition.Moved(JobState.SCHEDULED, JobState.FAILED, 1, "no such image"));
    }

    @ParameterizedTest
    @EnumSource(value = JobState.class, names = {"QUEUED", "SCHEDULED", "RUNNING"})
    void shouldCancelFromEveryLiveStateKeepingTheReason(JobState state) {
        Transition t = JobStateMachine.transition(job(state, 2, 3), JobEvent.cancel("budget cut"));
        assertThat(t).isEqualTo(new Transition.Moved(state, JobState.CANCELLED, 2, "budget cut"));
    }

    @Test
    void shouldNameTheDefaultCancelReason() {
        Transition t = JobStateMachine.transition(job(JobState.QUEUED, 1, 1), JobEvent.cancel(null));
        assertThat(((Transition.Moved) t).reason()).isEqualTo("cancelled");
    }

    @ParameterizedTest
    @EnumSource(value = JobState.class, names = {"SUCCEEDED", "FAILED", "CANCELLED"})
    void shouldAcceptNothingNewInATerminalState(JobState state) {
        EnumSet<JobEventType> accepted = EnumSet.copyOf(JobStateMachine.accepted(state));
        assertThat(accepted).hasSize(1);
        JobEventType duplicate = accepted.iterator().next();
        assertThat(JobStateMachine.transition(job(state, 1, 3), eventOf(duplicate)))
                .isInstanceOf(Transition.Unchanged.class);
    }

    @Test
    void shouldExplainARefusalWithStateEventAndHint() {
        Transition t = JobStateMachine.transition(job(JobState.SCHEDULED, 1, 3), JobEvent.succeed());
        assertThat(((Transition.IllegalTransition) t).reason())
                .isEqualTo("a SCHEDULED job does not accept SUCCEED: the worker must report START first");
        Transition done = JobStateMachine.transition(job(JobState.SUCCEEDED, 1, 3), JobEvent.cancel(null));
        assertThat(((Transition.IllegalTransition) done).reason()).endsWith("a finished job accepts no further events");
    }

    @Test
    void shouldCarryAJobThroughALostAttemptToSuccess() {
        JobSnapshot job = JobSnapshot.queued("job-1", "acme", 2, JobFixtures.T0);
        job = apply(job, JobEvent.schedule(), "launch-a");
        job = apply(job, JobEvent.start(), "launch-a");
        job = apply(job, JobEvent.workerLost("node drained"), null);
        assertThat(job.state()).isEqualTo(JobState.QUEUED);
        assertThat(job.attempt()).isEqualTo(2);
        job = apply(job, JobEvent.schedule(), "launch-b");
        job = apply(job, JobEvent.start(), "launch-b");
        job = apply(job, JobEvent.succeed(), "launch-b");
        assertThat(job.state()).isEqualTo(JobState.SUCCEEDED);
        assertThat(job.attempt()).isEqualTo(2);
    }

    /** What the server does with a move: store the new state and attempt, and the launch id. */
    private static JobSnapshot apply(JobSnapshot job, JobEvent event, String launchId) {
        Transition.Moved m = (Transition.Moved) JobStateMachine.transition(job, event);
        return new JobSnapshot(job.jobId(), job.tenant(), m.to(), m.attempt(), job.maxAttempts(), launchId, null,
                job.stateSince(), null, job.checkpoint());
    }
}
