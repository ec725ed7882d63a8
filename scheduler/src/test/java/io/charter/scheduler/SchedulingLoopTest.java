package io.charter.scheduler;

import io.charter.scheduler.executor.ExecutionHandle;
import io.charter.scheduler.executor.ExecutorRejectedException;
import io.charter.scheduler.executor.JobLaunch;
import io.charter.scheduler.job.FenceDecision;
import io.charter.scheduler.job.JobEvent;
import io.charter.scheduler.job.JobSnapshot;
import io.charter.scheduler.job.JobState;
import io.charter.scheduler.job.Resources;
import io.charter.scheduler.reconcile.Liveness;
import io.charter.scheduler.reconcile.ReconcileAction;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pieces together, driven the way the server drives them ({@link ReferenceServer}): a fake
 * executor, a clock moved by hand, workers played by the test.
 */
class SchedulingLoopTest {

    private static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");
    private static final Duration HEARTBEAT_TIMEOUT = Duration.ofMinutes(1);
    private static final Resources ONE_GPU = new Resources(2000, 8192, 1);

    private final MovableClock clock = new MovableClock(T0);
    private final FakeExecutor executor = new FakeExecutor(new Resources(8000, 32_768, 2));
    private final ReferenceServer server = new ReferenceServer(clock, executor, 4);

    @Test
    void shouldSurviveARestartRetryALostWorkerFenceItAndSucceedOnce() {
        server.submit("job-1", "acme", ONE_GPU, 3);
        server.scheduleRound();
        JobLaunch first = server.lastLaunch("job-1");
        assertThat(server.job("job-1").state()).isEqualTo(JobState.SCHEDULED);
        assertThat(server.workerSends(first, JobEvent.start())).isEqualTo(FenceDecision.ACCEPTED);
        assertThat(server.job("job-1").state()).isEqualTo(JobState.RUNNING);

        // the server is down for ten minutes; the worker survives it
        clock.advance(Duration.ofMinutes(10));
        Liveness afterRestart = Liveness.afterStart(HEARTBEAT_TIMEOUT, clock.instant());
        assertThat(server.reconcile(afterRestart)).extracting(ReconcileAction::kind)
                .containsExactly(ReconcileAction.Kind.KEEP);
        assertThat(server.workerSends(first, JobEvent.heartbeat())).isEqualTo(FenceDecision.ACCEPTED);

        // then its process dies: attempt 2 is queued, after a backoff
        executor.exit(new ExecutionHandle(server.job("job-1").executorHandle()), 137);
        clock.advance(Duration.ofSeconds(5));
        assertThat(server.reconcile(afterRestart)).extracting(ReconcileAction::kind)
                .containsExactly(ReconcileAction.Kind.MARK_LOST_AND_REQUEUE);
        JobSnapshot requeued = server.job("job-1");
        assertThat(requeued.state()).isEqualTo(JobState.QUEUED);
        assertThat(requeued.attempt()).isEqualTo(2);
        assertThat(server.scheduleRound().start()).as("still backing off").isEmpty();
        clock.advance(Duration.ofSeconds(10));
        assertThat(server.scheduleRound().start()).hasSize(1);
        JobLaunch second = server.lastLaunch("job-1");
        assertThat(second.attempt()).isEqualTo(2);
        assertThat(second.launchId()).isNotEqualTo(first.launchId());

        // the "dead" first worker was only partitioned away: it is fenced
        assertThat(server.workerSends(first, JobEvent.succeed())).isEqualTo(FenceDecision.REFUSED_STALE_ATTEMPT);
        assertThat(server.job("job-1").state()).isEqualTo(JobState.SCHEDULED);

        assertThat(server.workerSends(second, JobEvent.start())).isEqualTo(FenceDecision.ACCEPTED);
        assertThat(server.workerSends(second, JobEvent.succeed())).isEqualTo(FenceDecision.ACCEPTED);
        assertThat(server.workerSends(second, JobEvent.succeed())).isEqualTo(FenceDecision.DUPLICATE_TERMINAL);
        assertThat(server.job("job-1").state()).isEqualTo(JobState.SUCCEEDED);

        // never run again, whatever the executor says later
        executor.exit(new ExecutionHandle(server.job("job-1").executorHandle()), 0);
        clock.advance(Duration.ofHours(1));
        server.reconcile(Liveness.of(HEARTBEAT_TIMEOUT));
        server.scheduleRound();
        assertThat(executor.submitted).hasSize(2);
        assertThat(server.job("job-1").state()).isEqualTo(JobState.SUCCEEDED);
    }

    @Test
    void shouldFailAJobOnceRejectionsUseUpItsAttempts() {
        server.submit("job-1", "acme", ONE_GPU, 2);
        executor.rejectNext = new ExecutorRejectedException("exceeded quota: requests.nvidia.com/gpu", true);
        server.scheduleRound();
        assertThat(server.job("job-1").state()).isEqualTo(JobState.QUEUED);
        assertThat(server.job("job-1").attempt()).isEqualTo(2);
        clock.advance(Duration.ofMinutes(11));
        server.scheduleRound();
        assertThat(server.job("job-1").state()).isEqualTo(JobState.FAILED);
    }

    @Test
    void shouldStopTheWorkerOfACancelledJobAndRefuseItsReports() {
        server.submit("job-1", "acme", ONE_GPU, 3);
        server.scheduleRound();
        JobLaunch launch = server.lastLaunch("job-1");
        server.workerSends(launch, JobEvent.start());
        assertThat(server.cancel("job-1").accepted()).isTrue();
        assertThat(executor.cancelled).extracting(ExecutionHandle::value).containsExactly("fake:" + launch.launchId());
        assertThat(server.workerSends(launch, JobEvent.succeed())).isEqualTo(FenceDecision.REFUSED_TERMINAL);
        assertThat(server.job("job-1").state()).isEqualTo(JobState.CANCELLED);
    }

    @Test
    void shouldShareTheExecutorBetweenTenantsAndRespectItsGpus() {
        for (int i = 0; i < 5; i++) {
            server.submit("big-" + i, "bigco", ONE_GPU, 1);
        }
        server.submit("solo", "smallco", ONE_GPU, 1);
        server.scheduleRound();
        assertThat(executor.submitted).extracting(JobLaunch::jobId).containsExactly("big-0", "solo");
        assertThat(executor.capacity().free().gpus()).isZero();
    }

    @Test
    void shouldResubmitALaunchTheServerNeverConfirmed() {
        server.submit("job-1", "acme", ONE_GPU, 3);
        server.scheduleRound();
        // as if the server had stopped between SCHEDULE and the executor's answer: no handle stored
        JobSnapshot s = server.job("job-1");
        server.rows.put("job-1", new ReferenceServer.Row(new JobSnapshot(s.jobId(), s.tenant(), s.state(),
                s.attempt(), s.maxAttempts(), s.launchId(), null, s.stateSince(), null, null), ONE_GPU, T0, null));
        executor.exit(new ExecutionHandle("fake:" + s.launchId()), 143);
        clock.advance(Duration.ofMinutes(2));
        assertThat(server.reconcile(Liveness.of(HEARTBEAT_TIMEOUT))).extracting(ReconcileAction::kind)
                .containsExactly(ReconcileAction.Kind.RESUBMIT);
        JobLaunch again = server.lastLaunch("job-1");
        assertThat(again.attempt()).isEqualTo(1);
        assertThat(again.launchId()).isNotEqualTo(s.launchId());
        assertThat(server.job("job-1").executorHandle()).isEqualTo("fake:" + again.launchId());
    }
}
