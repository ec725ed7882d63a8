package io.charter.scheduler.job;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JobEventTest {

    @Test
    void shouldRequireAReasonForAFailure() {
        assertThatThrownBy(() -> JobEvent.fail(" ", true))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("FAIL event must give a reason");
        assertThatThrownBy(() -> JobEvent.workerLost(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> JobEvent.executorRejected("", false)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldRefuseRetryableOnEventsThatEndNoAttempt() {
        assertThatThrownBy(() -> new JobEvent(JobEventType.SUCCEED, null, true))
                .hasMessageContaining("but got a retryable SUCCEED");
        assertThatThrownBy(() -> new JobEvent(JobEventType.WORKER_LOST, "gone", false))
                .hasMessageContaining("always retryable");
    }

    @Test
    void shouldMarkExactlyTheWorkerEvents() {
        assertThat(JobEventType.values()).filteredOn(JobEventType::fromWorker)
                .containsExactly(JobEventType.START, JobEventType.HEARTBEAT, JobEventType.SUCCEED, JobEventType.FAIL);
    }

    @Test
    void shouldKnowTerminalAndLaunchHoldingStates() {
        assertThat(JobState.values()).filteredOn(JobState::isTerminal)
                .containsExactly(JobState.SUCCEEDED, JobState.FAILED, JobState.CANCELLED);
        assertThat(JobState.values()).filteredOn(JobState::holdsLaunch)
                .containsExactly(JobState.SCHEDULED, JobState.RUNNING);
    }

    @Test
    void shouldRefuseAnAttemptBeyondTheMaximum() {
        assertThatThrownBy(() -> new JobSnapshot("j", "t", JobState.QUEUED, 4, 3, null, null, JobFixtures.T0,
                null, null)).hasMessage("attempt must be between 1 and maxAttempts (3), but got 4");
    }
}
