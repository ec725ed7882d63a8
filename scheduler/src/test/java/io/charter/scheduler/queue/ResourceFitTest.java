package io.charter.scheduler.queue;

import io.charter.scheduler.executor.ExecutorCapacity;
import io.charter.scheduler.job.Resources;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.charter.scheduler.queue.QueueFixtures.CLOCK;
import static io.charter.scheduler.queue.QueueFixtures.NOW;
import static io.charter.scheduler.queue.QueueFixtures.gpus;
import static io.charter.scheduler.queue.QueueFixtures.job;
import static io.charter.scheduler.queue.QueueFixtures.scheduler;
import static org.assertj.core.api.Assertions.assertThat;

class ResourceFitTest {

    private static final Duration AGING = Duration.ofMinutes(30);
    private static final Resources NODE = new Resources(16_000, 65_536, 4);

    private static ExecutorCapacity freeGpus(int n) {
        return new ExecutorCapacity(new Resources(16_000, 65_536, n), NODE);
    }

    private static List<String> started(Selection s) {
        return s.start().stream().map(QueuedJob::jobId).toList();
    }

    @Test
    void shouldSkipAJobThatDoesNotFitWithoutBlockingTheOthers() {
        List<QueuedJob> queue = List.of(job("a-big", "alpha", 20, gpus(4)), job("a-small", "alpha", 10, gpus(1)),
                job("b-small", "beta", 5, gpus(1)));
        Selection s = scheduler().next(queue, Map.of(), Quotas.unlimited(), 10, freeGpus(2));
        assertThat(started(s)).containsExactlyInAnyOrder("a-small", "b-small");
        assertThat(s.reservations()).isEmpty();
    }

    @Test
    void shouldStartOnlyWhatFitsTogether() {
        List<QueuedJob> queue = List.of(job("a1", "alpha", 9, gpus(2)), job("b1", "beta", 8, gpus(2)),
                job("c1", "gamma", 7, gpus(1)));
        Selection s = scheduler().next(queue, Map.of(), Quotas.unlimited(), 10, freeGpus(3));
        assertThat(started(s)).containsExactly("a1", "c1");
    }

    @Test
    void shouldReportAJobLargerThanTheExecutorAndNeverReserveForIt() {
        QueuedJob huge = job("huge", "alpha", 600, gpus(8));
        FairShareScheduler aging = new FairShareScheduler(CLOCK, AGING);
        Selection s = aging.next(List.of(huge, job("b1", "beta", 1, gpus(1))), Map.of(), Quotas.unlimited(), 10,
                freeGpus(4));
        assertThat(s.neverFit()).containsExactly(huge);
        assertThat(s.reservations()).isEmpty();
        assertThat(started(s)).containsExactly("b1");
    }

    @Test
    void shouldHoldCapacityForAnAgedJobSoSmallJobsCannotTakeIt() {
        QueuedJob big = job("a-big", "alpha", 45, gpus(4));
        List<QueuedJob> queue = List.of(big, job("b1", "beta", 5, gpus(1)), job("b2", "beta", 4, gpus(1)));
        Selection s = new FairShareScheduler(CLOCK, AGING).next(queue, Map.of("alpha", 1, "beta", 0),
                Quotas.unlimited(), 10, freeGpus(2));
        assertThat(s.start()).isEmpty();
        assertThat(s.reservations()).containsExactly(new Reservation(big, new Resources(1000, 1024, 2)));
    }

    @Test
    void shouldSkipTheSameJobBeforeItHasAged() {
        QueuedJob big = job("a-big", "alpha", 29, gpus(4));
        List<QueuedJob> queue = List.of(big, job("b1", "beta", 5, gpus(1)), job("b2", "beta", 4, gpus(1)));
        Selection s = new FairShareScheduler(CLOCK, AGING).next(queue, Map.of(), Quotas.unlimited(), 10,
                freeGpus(2));
        assertThat(started(s)).containsExactly("b1", "b2");
        assertThat(s.reservations()).isEmpty();
    }

    @Test
    void shouldCountAgeFromTheEndOfTheBackoff() {
        QueuedJob big = new QueuedJob("a-big", "alpha", 0, NOW.minus(Duration.ofHours(5)),
                NOW.minus(Duration.ofMinutes(10)), gpus(4));
        Selection s = new FairShareScheduler(CLOCK, AGING).next(List.of(big, job("b1", "beta", 5, gpus(1))),
                Map.of(), Quotas.unlimited(), 10, freeGpus(2));
        assertThat(s.reservations()).isEmpty();
        assertThat(started(s)).containsExactly("b1");
    }

    @Test
    void shouldLetSmallJobsBackfillWhatTheReservationDoesNotHold() {
        // the aged job needs 12 cores and 4 GPUs; 16 cores and no GPU are free: it holds 12 cores
        QueuedJob big = job("a-big", "alpha", 60, new Resources(12_000, 1024, 4));
        List<QueuedJob> queue = List.of(big, job("b1", "beta", 5, new Resources(3000, 1024, 0)),
                job("b2", "beta", 4, new Resources(3000, 1024, 0)));
        Selection s = new FairShareScheduler(CLOCK, AGING).next(queue, Map.of(), Quotas.unlimited(), 10,
                freeGpus(0));
        assertThat(started(s)).containsExactly("b1");
        assertThat(s.reservations()).extracting(Reservation::held).containsExactly(new Resources(12_000, 1024, 0));
    }

    @Test
    void shouldStartTheAgedJobAtItsTurnOnceItsCapacityIsFree() {
        QueuedJob big = job("a-big", "alpha", 60, gpus(4));
        List<QueuedJob> queue = List.of(big, job("b1", "beta", 5, gpus(1)), job("b2", "beta", 4, gpus(1)));
        Selection s = new FairShareScheduler(CLOCK, AGING).next(queue, Map.of("alpha", 0, "beta", 0),
                Quotas.unlimited(), 10, freeGpus(4));
        assertThat(started(s)).containsExactly("a-big");
        assertThat(s.reservations()).isEmpty();
    }

    @Test
    void shouldReserveForTheLongestWaitingAgedJobOnly() {
        QueuedJob older = job("a-big", "alpha", 90, gpus(4));
        QueuedJob newer = job("c-big", "gamma", 60, gpus(3));
        Selection s = new FairShareScheduler(CLOCK, AGING).next(List.of(newer, older), Map.of(),
                Quotas.unlimited(), 10, freeGpus(1));
        assertThat(s.reservations()).extracting(Reservation::job).containsExactly(older);
    }

    @Test
    void shouldNotReserveForATenantAtItsQuota() {
        QueuedJob big = job("a-big", "alpha", 90, gpus(4));
        Selection s = new FairShareScheduler(CLOCK, AGING).next(List.of(big, job("b1", "beta", 5, gpus(1))),
                Map.of("alpha", 2), Quotas.uniform(2), 10, freeGpus(2));
        assertThat(s.reservations()).isEmpty();
        assertThat(started(s)).containsExactly("b1");
    }

    /**
     * Round after round, beta keeps ten one-GPU jobs queued and each runs for two rounds, staggered
     * so that two GPUs free up per round; alpha's four-GPU job needs the whole node. Without aging
     * it never starts; with aging it holds the freed GPUs from round 30 and starts in round 31.
     */
    @Test
    void shouldNotStarveALargeJobUnderAStreamOfSmallOnes() {
        assertThat(roundsUntilBigStarts(QueueFixtures.NEVER, 200)).isEqualTo(-1);
        int rounds = roundsUntilBigStarts(AGING, 200);
        assertThat(rounds).isEqualTo(31);
    }

    /** One round per simulated minute; -1 if the big job has not started after {@code maxRounds}. */
    private static int roundsUntilBigStarts(Duration aging, int maxRounds) {
        QueuedJob big = new QueuedJob("a-big", "alpha", 0, NOW, null, gpus(4));
        List<Integer> runningEnds = new ArrayList<>(List.of(1, 1, 2, 2));
        int next = 0;
        for (int round = 0; round < maxRounds; round++) {
            Instant t = NOW.plus(Duration.ofMinutes(round));
            final int r = round;
            runningEnds.removeIf(end -> end <= r);
            List<QueuedJob> queue = new ArrayList<>(List.of(big));
            for (int i = 0; i < 10; i++) {
                queue.add(new QueuedJob("b-" + (next + i), "beta", 0, t, null, gpus(1)));
            }
            ExecutorCapacity capacity = freeGpus(4 - runningEnds.size());
            FairShareScheduler s = new FairShareScheduler(Clock.fixed(t, ZoneOffset.UTC), aging);
            Selection sel = s.next(queue, Map.of("beta", runningEnds.size()), Quotas.unlimited(), 10, capacity);
            if (sel.start().contains(big)) {
                return round;
            }
            sel.start().forEach(started -> runningEnds.add(r + 2));
            next += sel.start().size();
        }
        return -1;
    }
}
