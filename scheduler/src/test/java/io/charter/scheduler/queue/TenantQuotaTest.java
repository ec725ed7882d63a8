package io.charter.scheduler.queue;

import io.charter.scheduler.executor.ExecutorCapacity;
import io.charter.scheduler.job.Resources;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.charter.scheduler.queue.QueueFixtures.CLOCK;
import static io.charter.scheduler.queue.QueueFixtures.NOW;
import static io.charter.scheduler.queue.QueueFixtures.gpus;
import static io.charter.scheduler.queue.QueueFixtures.job;
import static io.charter.scheduler.queue.QueueFixtures.scheduler;
import static org.assertj.core.api.Assertions.assertThat;

/** Per-tenant resource quotas (a GPU quota above all) and the reason a waiting job shows. */
class TenantQuotaTest {

    private static final ExecutorCapacity CLUSTER = new ExecutorCapacity(new Resources(64_000, 262_144, 8),
            new Resources(64_000, 262_144, 8));
    private static final Quotas TWO_GPUS_EACH = Quotas.unlimited()
            .withResources(Map.of("beta", new Resources(64_000, 262_144, 4)), new Resources(64_000, 262_144, 2));

    private static List<String> started(Selection s) {
        return s.start().stream().map(QueuedJob::jobId).toList();
    }

    @Test
    void shouldNotLetATenantsJobsTogetherExceedItsGpuQuota() {
        List<QueuedJob> queue = List.of(job("a1", "alpha", 30, gpus(1)), job("a2", "alpha", 20, gpus(1)),
                job("a3", "alpha", 10, gpus(1)), job("b1", "beta", 5, gpus(3)));
        Selection s = scheduler().next(queue, Map.of(), Map.of(), TWO_GPUS_EACH, 10, CLUSTER);
        assertThat(started(s)).containsExactlyInAnyOrder("a1", "a2", "b1");
        assertThat(s.neverFit()).isEmpty();
    }

    @Test
    void shouldCountWhatTheTenantAlreadyHolds() {
        List<QueuedJob> queue = List.of(job("a1", "alpha", 30, gpus(1)),
                job("a2", "alpha", 20, new Resources(500, 512, 0)));
        Selection s = scheduler().next(queue, Map.of("alpha", 1), Map.of("alpha", gpus(2)), TWO_GPUS_EACH, 10,
                CLUSTER);
        // the GPU job waits; the CPU-only job behind it is not blocked by it
        assertThat(started(s)).containsExactly("a2");
        Map<String, String> reasons = QueueReasons.explain(queue, Map.of("alpha", 1), Map.of("alpha", gpus(2)),
                TWO_GPUS_EACH, 10, CLUSTER, s, NOW);
        assertThat(reasons).containsOnlyKeys("a1");
        assertThat(reasons.get("a1")).contains("resource quota")
                .contains("asks for 1 CPU, 1024 MiB memory, 1 GPU")
                .contains("of 64 CPU, 262144 MiB memory, 2 GPU in use");
    }

    @Test
    void shouldReportAJobAskingForMoreThanItsTenantsWholeQuotaAsNeverFitting() {
        QueuedJob greedy = job("a-greedy", "alpha", 60, gpus(3));
        FairShareScheduler aging = new FairShareScheduler(CLOCK, Duration.ofMinutes(30));
        Selection s = aging.next(List.of(greedy), Map.of(), Map.of(), TWO_GPUS_EACH, 10, CLUSTER);
        assertThat(s.neverFit()).containsExactly(greedy);
        assertThat(s.reservations()).isEmpty();
        assertThat(QueueReasons.explain(List.of(greedy), Map.of(), Map.of(), TWO_GPUS_EACH, 10, CLUSTER, s, NOW)
                .get("a-greedy")).contains("more than the tenant's quota");
    }

    @Test
    void shouldNotReserveCapacityForAJobWhoseTenantHasNoQuotaHeadroom() {
        QueuedJob old = job("a-old", "alpha", 120, gpus(2));
        FairShareScheduler aging = new FairShareScheduler(CLOCK, Duration.ofMinutes(30));
        Selection s = aging.next(List.of(old, job("b1", "beta", 1, gpus(4))), Map.of("alpha", 1),
                Map.of("alpha", gpus(1)), TWO_GPUS_EACH, 10, CLUSTER);
        assertThat(s.reservations()).isEmpty();
        assertThat(started(s)).containsExactly("b1");
    }

    @Test
    void shouldExplainEachWaitingJobInQueueOrder() {
        List<QueuedJob> queue = List.of(job("a1", "alpha", 30), job("a2", "alpha", 20), job("a3", "alpha", 10),
                job("b1", "beta", 5));
        Quotas quotas = new Quotas(Map.of("beta", 0), 1);
        Selection s = scheduler().next(queue, Map.of(), quotas, 5);
        assertThat(started(s)).containsExactly("a1");
        Map<String, String> reasons = QueueReasons.explain(queue, Map.of(), Map.of(), quotas, 5,
                ExecutorCapacity.unlimited(), s, NOW);
        assertThat(reasons.keySet()).containsExactly("a2", "a3", "b1");
        assertThat(reasons.get("a2")).isEqualTo("the tenant has 1 job(s) running, its quota is 1");
        assertThat(reasons.get("a3")).isEqualTo("the tenant has 1 job(s) running, its quota is 1");
        assertThat(reasons.get("b1")).isEqualTo("the tenant has 0 job(s) running, its quota is 0");
    }

    @Test
    void shouldSayWhenEverySlotIsBusyOrTheJobWaitsForCapacity() {
        List<QueuedJob> queue = List.of(job("a1", "alpha", 30, gpus(1)), job("b1", "beta", 20, gpus(4)));
        ExecutorCapacity oneGpuFree = new ExecutorCapacity(new Resources(64_000, 262_144, 1), CLUSTER.total());
        Selection s = scheduler().next(queue, Map.of(), Quotas.unlimited(), 1, oneGpuFree);
        Map<String, String> reasons = QueueReasons.explain(queue, Map.of(), Map.of(), Quotas.unlimited(), 1,
                oneGpuFree, s, NOW);
        assertThat(started(s)).containsExactly("a1");
        assertThat(reasons.get("b1"))
                .startsWith("waiting for capacity: asks for 1 CPU, 1024 MiB memory, 4 GPU");

        Selection none = scheduler().next(queue, Map.of(), Quotas.unlimited(), 0, CLUSTER);
        assertThat(QueueReasons.explain(queue, Map.of(), Map.of(), Quotas.unlimited(), 0, CLUSTER, none, NOW)
                .get("a1")).isEqualTo("waiting for a free worker slot");
    }
}
