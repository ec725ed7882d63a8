package io.charter.scheduler.reconcile;

import io.charter.scheduler.job.JobSnapshot;
import io.charter.scheduler.job.JobState;
import io.charter.scheduler.reconcile.ReconcileAction.Kind;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Random job tables, seeded: rules that must hold for every one of them. */
class ReconcilerPropertiesTest {

    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    @Test
    void shouldHoldItsInvariantsOnRandomJobTables() {
        Random random = new Random(20260301);
        EnumSet<Kind> seen = EnumSet.noneOf(Kind.class);
        for (int round = 0; round < 300; round++) {
            List<JobSnapshot> jobs = new ArrayList<>();
            Set<String> live = new HashSet<>();
            for (int i = 0; i < 20; i++) {
                jobs.add(randomJob("job-" + i, random, live));
            }
            Liveness liveness = new Liveness(TIMEOUT, Duration.ofSeconds(30 + random.nextInt(300)),
                    random.nextBoolean() ? Instant.MIN : NOW.minusSeconds(random.nextInt(200)));
            List<ReconcileAction> actions = Reconciler.reconcile(jobs, NOW, liveness, live);
            assertThat(actions).hasSameSizeAs(jobs);
            for (ReconcileAction a : actions) {
                check(a, live);
                seen.add(a.kind());
            }
            assertThat(Reconciler.reconcile(jobs, NOW, liveness, live)).as("deterministic").isEqualTo(actions);
        }
        assertThat(seen).as("the tables reach every kind of action").containsExactlyInAnyOrder(Kind.values());
    }

    private static void check(ReconcileAction a, Set<String> live) {
        JobSnapshot job = a.job();
        if (job.state().isTerminal()) {
            assertThat(a.kind()).as("finished jobs never run again").isIn(Kind.KEEP, Kind.STOP_WORKER);
        }
        if (job.state() == JobState.QUEUED) {
            assertThat(a.kind()).isIn(Kind.KEEP, Kind.STOP_WORKER);
        }
        if (a.kind() == Kind.MARK_LOST_AND_REQUEUE) {
            assertThat(job.hasAttemptsLeft()).isTrue();
            assertThat(a.transition().attempt()).isEqualTo(job.attempt() + 1).isLessThanOrEqualTo(job.maxAttempts());
        }
        if (a.kind() == Kind.MARK_FAILED) {
            assertThat(job.hasAttemptsLeft()).isFalse();
        }
        if (a.kind() == Kind.RESUBMIT) {
            assertThat(job.state()).isEqualTo(JobState.SCHEDULED);
            assertThat(job.executorHandle()).isNull();
        }
        if (job.executorHandle() != null && job.state().holdsLaunch() && !live.contains(job.executorHandle())) {
            assertThat(a.kind()).as("a launch whose process is gone is lost")
                    .isIn(Kind.MARK_LOST_AND_REQUEUE, Kind.MARK_FAILED);
        }
        if (a.stopHandle() != null) {
            assertThat(live).as("only live handles are stopped").contains(a.stopHandle());
            assertThat(a.stopHandle()).isEqualTo(job.executorHandle());
        }
    }

    private static JobSnapshot randomJob(String id, Random random, Set<String> live) {
        JobState state = JobState.values()[random.nextInt(JobState.values().length)];
        int max = 1 + random.nextInt(4);
        int attempt = 1 + random.nextInt(max);
        String handle = random.nextInt(4) == 0 ? null : "h-" + id;
        if (handle != null && random.nextBoolean()) {
            live.add(handle);
        }
        Instant since = NOW.minusSeconds(random.nextInt(600));
        Instant beat = random.nextBoolean() ? null : NOW.minusSeconds(random.nextInt(180));
        String launch = state == JobState.QUEUED ? null : "launch-" + attempt;
        return new JobSnapshot(id, "t" + random.nextInt(3), state, attempt, max, launch, handle, since, beat,
                random.nextBoolean() ? null : "ckpt-" + id);
    }
}
