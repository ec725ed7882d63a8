package io.charter.jobs.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.charter.scheduler.executor.ExecutionHandle;
import io.charter.scheduler.executor.ExecutorRejectedException;
import io.charter.scheduler.executor.ExecutorStatus;
import io.charter.scheduler.executor.JobLaunch;
import io.charter.scheduler.executor.WorkerEnvironment;
import io.charter.scheduler.job.JobType;
import io.charter.scheduler.job.Resources;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real worker processes: environment, logs, exit codes, slots, budget, cancel, adoption after a restart. */
class LocalProcessExecutorTest {

    private static final Resources BUDGET = new Resources(2000, 4096, 0);

    @TempDir
    Path dir;

    private JobLaunch launch(String job, Resources resources) {
        return new JobLaunch(job, "acme", JobType.TRAIN, 1, "l-" + job, Map.of(
                WorkerEnvironment.SERVER_URL, "http://127.0.0.1:1", WorkerEnvironment.JOB_ID, job,
                WorkerEnvironment.ATTEMPT, "1", WorkerEnvironment.JOB_TOKEN, "secret"), resources,
                dir.resolve("logs/" + job + ".log").toUri());
    }

    private LocalProcessExecutor executor(String script, int slots) {
        return new LocalProcessExecutor(List.of("sh", "-c", script), dir, slots, BUDGET, Duration.ofSeconds(5));
    }

    private static void awaitExit(LocalProcessExecutor executor, ExecutionHandle handle) throws Exception {
        LocalProcessExecutor.process(handle).ifPresent(p -> p.onExit().orTimeout(30, TimeUnit.SECONDS).join());
        for (int i = 0; i < 100 && executor.status(handle).phase() == ExecutorStatus.Phase.RUNNING; i++) {
            Thread.sleep(50); // the exit is being reaped; a bounded wait, not a timing assertion
        }
    }

    @Test
    void shouldRunTheWorkerWithTheLaunchEnvironmentAndRecordItsExitAndOutput() throws Exception {
        LocalProcessExecutor executor = executor("echo job=$CHARTER_JOB_ID attempt=$CHARTER_JOB_ATTEMPT; exit 3", 2);

        ExecutionHandle handle = executor.submit(launch("j1", new Resources(500, 512, 0)));
        awaitExit(executor, handle);

        assertThat(executor.status(handle)).isEqualTo(ExecutorStatus.exited(3));
        assertThat(Files.readString(dir.resolve("logs/j1.log"))).contains("job=j1 attempt=1");
        assertThat(executor.liveHandles()).isEmpty();
        assertThat(executor.capacity().free()).isEqualTo(BUDGET);
    }

    @Test
    void shouldBoundSlotsAndBudgetAndCancelARunningWorker() throws Exception {
        LocalProcessExecutor executor = executor("sleep 30", 2);
        ExecutionHandle first = executor.submit(launch("a", new Resources(1500, 1024, 0)));

        assertThat(executor.status(first).phase()).isEqualTo(ExecutorStatus.Phase.RUNNING);
        assertThat(executor.liveHandles()).containsExactly(first);
        assertThat(executor.capacity().free()).isEqualTo(new Resources(500, 3072, 0));
        assertThatThrownBy(() -> executor.submit(launch("b", new Resources(1000, 100, 0))))
                .isInstanceOf(ExecutorRejectedException.class).hasMessageContaining("only")
                .matches(e -> ((ExecutorRejectedException) e).retryable());
        ExecutionHandle second = executor.submit(launch("c", new Resources(500, 100, 0)));
        assertThatThrownBy(() -> executor.submit(launch("d", Resources.NONE)))
                .isInstanceOf(ExecutorRejectedException.class).hasMessageContaining("slots are busy");

        executor.cancel(first);
        executor.cancel(second);
        assertThat(executor.liveHandles()).isEmpty();
        assertThat(executor.status(first).phase()).isEqualTo(ExecutorStatus.Phase.EXITED);
    }

    @Test
    void shouldAdoptTheWorkersOfAPreviousServerProcessButNoReusedPid() throws Exception {
        LocalProcessExecutor before = executor("sleep 30", 1);
        ExecutionHandle running = before.submit(launch("r", Resources.NONE));
        String[] parts = running.value().split(":");
        ExecutionHandle wrongStart = new ExecutionHandle("local:" + parts[1] + ":1:" + parts[3]);

        LocalProcessExecutor after = executor("sleep 30", 1); // a restarted server knows only what the database says
        assertThat(after.adopt(List.of(running, wrongStart, new ExecutionHandle("pod:whatever")))).containsExactly(running);
        assertThat(after.liveHandles()).containsExactly(running);
        assertThat(after.status(running).phase()).isEqualTo(ExecutorStatus.Phase.RUNNING);
        assertThat(after.status(wrongStart).phase()).isEqualTo(ExecutorStatus.Phase.UNKNOWN);
        assertThatThrownBy(() -> after.submit(launch("s", Resources.NONE))).hasMessageContaining("slots are busy");

        after.cancel(running);
        assertThat(after.liveHandles()).isEmpty();
        assertThat(after.status(running).phase()).isEqualTo(ExecutorStatus.Phase.UNKNOWN);
    }

    @Test
    void shouldRefuseAWorkerThatCannotStart() {
        LocalProcessExecutor executor = new LocalProcessExecutor(List.of("/nonexistent/worker"), dir, 1, BUDGET,
                Duration.ofSeconds(1));
        assertThatThrownBy(() -> executor.submit(launch("x", Resources.NONE)))
                .isInstanceOf(ExecutorRejectedException.class).hasMessageContaining("could not be started")
                .matches(e -> !((ExecutorRejectedException) e).retryable());
    }
}
