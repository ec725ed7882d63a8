package io.charter.scheduler.executor;

import io.charter.scheduler.job.JobEventType;
import io.charter.scheduler.job.Resources;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ExecutorValuesTest {

    @Test
    void shouldGiveAnExitCodeOnlyToAnExitedWorker() {
        assertThat(ExecutorStatus.exited(137).exitCode()).isEqualTo(137);
        assertThat(ExecutorStatus.running().isLive()).isTrue();
        assertThat(ExecutorStatus.exited(0).isLive()).isFalse();
        assertThat(ExecutorStatus.unknown().isLive()).isFalse();
        assertThatThrownBy(() -> new ExecutorStatus(ExecutorStatus.Phase.RUNNING, 0))
                .hasMessageContaining("but got RUNNING with exit code 0");
        assertThatThrownBy(() -> new ExecutorStatus(ExecutorStatus.Phase.EXITED, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldRefuseMoreFreeThanTotalCapacity() {
        assertThatThrownBy(() -> new ExecutorCapacity(new Resources(2000, 1, 0), new Resources(1000, 1, 0)))
                .hasMessageStartingWith("free capacity must not exceed the total");
        assertThat(ExecutorCapacity.unlimited().free().fitsIn(ExecutorCapacity.unlimited().total())).isTrue();
    }

    @Test
    void shouldRefuseAnEmptyOrOverlongHandle() {
        assertThatThrownBy(() -> new ExecutionHandle(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ExecutionHandle("x".repeat(256))).hasMessageContaining("but got 256");
        assertThat(new ExecutionHandle("k8s:tenant-acme/charter-l-7f3a")).hasToString("k8s:tenant-acme/charter-l-7f3a");
    }

    @Test
    void shouldTurnARejectionIntoTheEventTheJobRecords() {
        var rejected = new ExecutorRejectedException("exceeded quota: requests.nvidia.com/gpu", true);
        assertThat(rejected.toEvent().type()).isEqualTo(JobEventType.EXECUTOR_REJECTED);
        assertThat(rejected.toEvent().retryable()).isTrue();
        assertThat(rejected.toEvent().reason()).isEqualTo("exceeded quota: requests.nvidia.com/gpu");
        assertThat(new ExecutorRejectedException(null, false).toEvent().reason()).isEqualTo("rejected by the executor");
    }

    @Test
    void shouldSubtractResourcesWithoutGoingBelowZero() {
        Resources free = new Resources(4000, 8192, 1);
        assertThat(free.minus(new Resources(1000, 10_000, 2))).isEqualTo(new Resources(3000, 0, 0));
        assertThat(new Resources(1000, 1024, 0).fitsIn(free)).isTrue();
        assertThat(new Resources(1000, 1024, 2).fitsIn(free)).isFalse();
        assertThat(free.min(new Resources(8000, 1024, 4))).isEqualTo(new Resources(4000, 1024, 1));
        assertThatThrownBy(() -> new Resources(-1, 0, 0)).hasMessageContaining("but got -1, 0, 0");
    }
}
