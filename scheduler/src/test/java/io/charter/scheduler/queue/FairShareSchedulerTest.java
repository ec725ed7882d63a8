package io.charter.scheduler.queue;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.charter.scheduler.queue.QueueFixtures.NOW;
import static io.charter.scheduler.queue.QueueFixtures.SMALL;
import static io.charter.scheduler.queue.QueueFixtures.job;
import static io.charter.scheduler.queue.QueueFixtures.scheduler;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FairShareSchedulerTest {

    private static List<String> started(Selection s) {
        return s.start().stream().map(QueuedJob::jobId).toList();
    }

    @Test
    void shouldGiveTheSlotToTheTenantWithFewestRunningJobs() {
        List<QueuedJob> queue = List.of(job("a1", "alpha", 60), job("b1", "beta", 1));
        Selection s = scheduler().next(queue, Map.of("alpha", 3, "beta", 1), Quotas.unlimited(), 1);
        assertThat(started(s)).containsExactly("b1");
    }

    @Test
    void shouldBreakATieByTheOldestQueuedJobThenByTenantName() {
        List<QueuedJob> queue = List.of(job("a1", "alpha", 5), job("b1", "beta", 9));
        assertThat(started(scheduler().next(queue, Map.of(), Quotas.unlimited(), 1))).containsExactly("b1");
        List<QueuedJob> sameAge = List.of(job("b1", "beta", 5), job("a1", "alpha", 5));
        assertThat(started(scheduler().next(sameAge, Map.of(), Quotas.unlimited(), 1))).containsExactly("a1");
    }

    @Test
    void shouldServeATenantByPriorityThenEnqueueTime() {
        List<QueuedJob> queue = List.of(
                job("old", "alpha", 30),
                new QueuedJob("urgent", "alpha", 5, NOW.minusSeconds(60), null, SMALL),
                job("older", "alpha", 40),
                new QueuedJob("low", "alpha", -1, NOW.minus(Duration.ofHours(3)), null, SMALL));
        Selection s = scheduler().next(queue, Map.of(), Quotas.unlimited(), 4);
        assertThat(started(s)).containsExactly("urgent", "older", "old", "low");
    }

    @Test
    void shouldAlternateBetweenTenantsWithEqualShares() {
        List<QueuedJob> queue = new ArrayList<>();
        for (String tenant : List.of("alpha", "beta", "gamma")) {
            for (int i = 0; i < 5; i++) {
                queue.add(job(tenant + i, tenant, 100 - i));
            }
        }
        Selection s = scheduler().next(queue, Map.of(), Quotas.unlimited(), 6);
        assertThat(started(s)).containsExactly("alpha0", "beta0", "gamma0", "alpha1", "beta1", "gamma1");
    }

    @Test
    void shouldNotLetATenantWithAThousandJobsStarveOneWithOne() {
        List<QueuedJob> queue = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            queue.add(job("big-" + i, "bigco", 1000 - i));
        }
        queue.add(job("solo", "smallco", 1));
        Selection twoSlots = scheduler().next(queue, Map.of("bigco", 0), Quotas.unlimited(), 2);
        assertThat(started(twoSlots)).containsExactly("big-0", "solo");

        // one slot: bigco's older job wins the tie; in the next round bigco runs one more, so solo goes
        Selection first = scheduler().next(queue, Map.of(), Quotas.unlimited(), 1);
        assertThat(started(first)).containsExactly("big-0");
        List<QueuedJob> rest = queue.stream().filter(j -> !j.jobId().equals("big-0")).toList();
        Selection second = scheduler().next(rest, Map.of("bigco", 1), Quotas.unlimited(), 1);
        assertThat(started(second)).containsExactly("solo");
    }

    @Test
    void shouldStopATenantAtItsQuotaAndGiveTheRestToOthers() {
        List<QueuedJob> queue = List.of(job("a1", "alpha", 9), job("a2", "alpha", 8), job("a3", "alpha", 7),
                job("b1", "beta", 1));
        Quotas quotas = new Quotas(Map.of("alpha", 2), 10);
        Selection s = scheduler().next(queue, Map.of("alpha", 1), quotas, 5);
        assertThat(started(s)).containsExactlyInAnyOrder("a1", "b1");
    }

    @Test
    void shouldLeaveSlotsIdleRatherThanExceedAQuota() {
        List<QueuedJob> queue = List.of(job("a1", "alpha", 9), job("a2", "alpha", 8));
        Selection s = scheduler().next(queue, Map.of("alpha", 4), Quotas.uniform(4), 3);
        assertThat(s.start()).isEmpty();
    }

    @Test
    void shouldStartNoMoreThanTheFreeSlots() {
        List<QueuedJob> queue = List.of(job("a1", "alpha", 9), job("b1", "beta", 8), job("c1", "gamma", 7));
        assertThat(scheduler().next(queue, Map.of(), Quotas.unlimited(), 2).start()).hasSize(2);
        assertThat(scheduler().next(queue, Map.of(), Quotas.unlimited(), 0).start()).isEmpty();
    }

    @Test
    void shouldWaitForTheBackoffToEnd() {
        QueuedJob backingOff = new QueuedJob("retry", "alpha", 0, NOW.minusSeconds(600), NOW.plusSeconds(1), SMALL);
        QueuedJob due = new QueuedJob("due", "alpha", 0, NOW.minusSeconds(300), NOW, SMALL);
        Selection s = scheduler().next(List.of(backingOff, due), Map.of(), Quotas.unlimited(), 5);
        assertThat(started(s)).containsExactly("due");
    }

    @Test
    void shouldGiveTheSameSelectionForAnyQueueOrder() {
        List<QueuedJob> queue = new ArrayList<>(List.of(job("a1", "alpha", 5), job("b1", "beta", 5),
                job("a2", "alpha", 5), job("c1", "gamma", 3)));
        Selection s = scheduler().next(queue, Map.of("gamma", 1), Quotas.unlimited(), 3);
        java.util.Collections.reverse(queue);
        assertThat(scheduler().next(queue, Map.of("gamma", 1), Quotas.unlimited(), 3)).isEqualTo(s);
    }

    @Test
    void shouldSayWhatValidInputIs() {
        assertThatThrownBy(() -> scheduler().next(List.of(), Map.of(), Quotas.unlimited(), -1))
                .hasMessage("freeSlots must be >= 0, but got -1");
        assertThatThrownBy(() -> scheduler().next(List.of(job("a", "t", 1), job("a", "t", 2)), Map.of(),
                Quotas.unlimited(), 1)).hasMessage("each job must be queued once, but a appears twice");
        assertThatThrownBy(() -> scheduler().next(List.of(), Map.of("t", -2), Quotas.unlimited(), 1))
                .hasMessage("running jobs of t must be >= 0, but got -2");
        assertThatThrownBy(() -> Quotas.uniform(-1)).hasMessage("defaultMaxRunning must be >= 0, but got -1");
        assertThatThrownBy(() -> new FairShareScheduler(QueueFixtures.CLOCK, Duration.ofSeconds(-1)))
                .hasMessage("agingThreshold must be >= 0, but got PT-1S");
    }
}
