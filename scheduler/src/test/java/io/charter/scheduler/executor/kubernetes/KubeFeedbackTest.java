package io.charter.scheduler.executor.kubernetes;

import io.charter.scheduler.executor.kubernetes.WorkerVerdict.Kind;
import io.charter.scheduler.job.JobEvent;
import io.charter.scheduler.job.JobEventType;
import io.charter.scheduler.job.JobSnapshot;
import io.charter.scheduler.job.JobState;
import io.charter.scheduler.job.JobStateMachine;
import io.charter.scheduler.job.Transition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;
import java.util.Optional;

import static io.charter.scheduler.executor.kubernetes.KubeFixtures.BACK_OFF_PULLING;
import static io.charter.scheduler.executor.kubernetes.KubeFixtures.NODE_LOW_ON_MEMORY;
import static io.charter.scheduler.executor.kubernetes.KubeFixtures.T0;
import static io.charter.scheduler.executor.kubernetes.KubeFixtures.UNSCHEDULABLE_GPU;
import static io.charter.scheduler.executor.kubernetes.KubeFixtures.condition;
import static io.charter.scheduler.executor.kubernetes.KubeFixtures.exited;
import static io.charter.scheduler.executor.kubernetes.KubeFixtures.isTrue;
import static io.charter.scheduler.executor.kubernetes.KubeFixtures.job;
import static io.charter.scheduler.executor.kubernetes.KubeFixtures.pod;
import static io.charter.scheduler.executor.kubernetes.KubeFixtures.terminated;
import static io.charter.scheduler.executor.kubernetes.KubeFixtures.waiting;
import static io.charter.scheduler.executor.kubernetes.KubeFeedback.eventFor;
import static io.charter.scheduler.executor.kubernetes.KubeFeedback.pendingNote;
import static io.charter.scheduler.executor.kubernetes.KubeWorkerClassifier.classify;
import static org.assertj.core.api.Assertions.assertThat;

/** One test per row of the table in {@link KubeFeedback}'s comment, on verdicts from real-looking Jobs. */
class KubeFeedbackTest {

    private static final WorkerVerdict UNSCHEDULABLE = classify(job(pod().phase("Pending").worker(null)
            .condition(condition("PodScheduled", "False", "Unschedulable", UNSCHEDULABLE_GPU)).build()));
    private static final WorkerVerdict CREATING = classify(job(pod().phase("Pending")
            .worker(waiting("ContainerCreating", null)).build()));
    private static final WorkerVerdict RUNNING = classify(job(pod().build()));
    private static final WorkerVerdict SUCCEEDED = classify(job(pod().phase("Succeeded").worker(exited(0)).build()));
    private static final WorkerVerdict GONE = classify(null);
    private static final WorkerVerdict EVICTED = classify(job(pod().phase("Failed")
            .reason("Evicted", NODE_LOW_ON_MEMORY).worker(exited(137)).build()));
    private static final WorkerVerdict IMAGE = classify(job(pod().phase("Pending")
            .worker(waiting("ImagePullBackOff", BACK_OFF_PULLING)).build()));
    private static final WorkerVerdict OOM = classify(job(pod().phase("Failed")
            .worker(terminated("OOMKilled", 137, null)).build()));
    private static final WorkerVerdict EXIT_1 = classify(job(pod().phase("Failed").worker(exited(1)).build()));
    private static final WorkerVerdict EXIT_2 = classify(job(pod().phase("Failed")
            .worker(terminated("Error", 2, "charter worker: connect to http://charter:8080 timed out")).build()));
    private static final WorkerVerdict EXIT_3 = classify(job(pod().phase("Failed").worker(exited(3)).build()));
    private static final WorkerVerdict DEADLINE = classify(job(List.of(isTrue("Failed", "DeadlineExceeded",
            "Job was active longer than specified deadline"))));

    private static final List<WorkerVerdict> ALL = List.of(UNSCHEDULABLE, CREATING, RUNNING, SUCCEEDED, GONE, EVICTED,
            IMAGE, OOM, EXIT_1, EXIT_2, EXIT_3, DEADLINE);

    @Test
    void shouldBuildTheFixturesAsTheirNamesSay() {
        assertThat(ALL).extracting(WorkerVerdict::kind).containsExactly(Kind.PENDING, Kind.STARTING, Kind.RUNNING,
                Kind.SUCCEEDED, Kind.GONE, Kind.PREEMPTED, Kind.FAILED, Kind.FAILED, Kind.FAILED, Kind.FAILED,
                Kind.FAILED, Kind.FAILED);
    }

    @ParameterizedTest
    @EnumSource(value = JobState.class, names = {"QUEUED", "SUCCEEDED", "FAILED", "CANCELLED"})
    void shouldSayNothingToAJobWithoutALaunch(JobState state) {
        for (WorkerVerdict v : ALL) {
            assertThat(eventFor(state, v)).as(v.toString()).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(value = JobState.class, names = {"SCHEDULED", "RUNNING"})
    void shouldLeaveLiveSucceededAndGoneWorkersToTheWorkerAndTheReconciler(JobState state) {
        for (WorkerVerdict v : List.of(UNSCHEDULABLE, CREATING, RUNNING, SUCCEEDED, GONE)) {
            assertThat(eventFor(state, v)).as(v.toString()).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(value = JobState.class, names = {"SCHEDULED", "RUNNING"})
    void shouldRequeueAPreemptedWorkerWithoutBlame(JobState state) {
        JobEvent event = eventFor(state, EVICTED).orElseThrow();
        assertThat(event.type()).isEqualTo(JobEventType.PREEMPTED);
        assertThat(event.retryable()).isFalse();
        assertThat(event.reason()).isEqualTo("the pod was evicted by the node: " + NODE_LOW_ON_MEMORY);
    }

    @Test
    void shouldFailFastAnImageThatCannotBePulled() {
        JobEvent event = eventFor(JobState.SCHEDULED, IMAGE).orElseThrow();
        assertThat(event).isEqualTo(JobEvent.fail("the worker image cannot be pulled: " + BACK_OFF_PULLING, false));
    }

    @ParameterizedTest
    @EnumSource(value = JobState.class, names = {"SCHEDULED", "RUNNING"})
    void shouldFailAsTheVerdictSaysOtherwise(JobState state) {
        assertThat(eventFor(state, OOM)).contains(JobEvent.fail(OOM.message(), true));
        assertThat(eventFor(state, EXIT_3)).contains(JobEvent.fail(EXIT_3.message(), false));
        assertThat(eventFor(state, DEADLINE)).contains(JobEvent.fail(DEADLINE.message(), false));
    }

    @Test
    void shouldLeaveExit1OfARunningWorkerToItsOwnFail() {
        assertThat(eventFor(JobState.RUNNING, EXIT_1)).isEmpty();
    }

    @Test
    void shouldFailRetryablyExit1OfAWorkerThatNeverStarted() {
        assertThat(eventFor(JobState.SCHEDULED, EXIT_1)).contains(JobEvent.fail(EXIT_1.message(), true));
    }

    @Test
    void shouldFailFastExit2BeforeStartAsAConfigurationError() {
        JobEvent event = eventFor(JobState.SCHEDULED, EXIT_2).orElseThrow();
        assertThat(event.type()).isEqualTo(JobEventType.FAIL);
        assertThat(event.retryable()).isFalse();
        assertThat(event.reason()).startsWith("a configuration error").contains("server URL", "network policy",
                "token", "fails fast").contains("charter worker: connect to http://charter:8080 timed out");
    }

    @Test
    void shouldRetryExit2OfAWorkerThatHadStarted() {
        assertThat(eventFor(JobState.RUNNING, EXIT_2)).contains(JobEvent.fail(EXIT_2.message(), true));
    }

    @Test
    void shouldEndTheJobAtOnceOnExit2BeforeStartEvenWithAttemptsLeft() {
        JobSnapshot scheduled = new JobSnapshot("job-1", "acme", JobState.SCHEDULED, 1, 3, "l-1", "k8s:charter/l-1",
                T0, null, null);
        Transition t = JobStateMachine.transition(scheduled, eventFor(JobState.SCHEDULED, EXIT_2).orElseThrow());
        assertThat(t).isInstanceOf(Transition.Moved.class);
        assertThat(((Transition.Moved) t).to()).isEqualTo(JobState.FAILED);

        JobSnapshot running = new JobSnapshot("job-1", "acme", JobState.RUNNING, 1, 3, "l-1", "k8s:charter/l-1",
                T0, T0, null);
        Transition retried = JobStateMachine.transition(running, eventFor(JobState.RUNNING, EXIT_2).orElseThrow());
        assertThat(((Transition.Moved) retried).requeued()).isTrue();
    }

    @Test
    void shouldShowTheSchedulersReasonWhileTheJobWaits() {
        assertThat(pendingNote(UNSCHEDULABLE)).isEqualTo("the pod waits for a node (Unschedulable): "
                + UNSCHEDULABLE_GPU);
        assertThat(pendingNote(CREATING)).isEqualTo(CREATING.message()).contains("ContainerCreating");
    }

    @Test
    void shouldShowNoPendingNoteOnceTheWorkerRunsOrEnded() {
        for (WorkerVerdict v : List.of(RUNNING, SUCCEEDED, GONE, EVICTED, IMAGE, EXIT_2)) {
            assertThat(pendingNote(v)).as(v.toString()).isNull();
        }
        assertThat(pendingNote(null)).isNull();
    }

    @Test
    void shouldOnlyAnswerWithEventsTheStateMachineTakesInThatState() {
        int checked = 0;
        for (WorkerVerdict v : ALL) {
            for (JobState state : JobState.values()) {
                Optional<JobEvent> event = eventFor(state, v);
                if (event.isPresent()) {
                    assertThat(JobStateMachine.accepts(state, event.get().type())).as(v + " in " + state).isTrue();
                    checked++;
                }
            }
        }
        assertThat(checked).isEqualTo(2 * 7 - 1);
    }
}
