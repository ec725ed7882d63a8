package io.charter.scheduler.queue;

import io.charter.scheduler.executor.ExecutorCapacity;
import io.charter.scheduler.job.Resources;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static io.charter.scheduler.queue.QueueFixtures.CLOCK;
import static io.charter.scheduler.queue.QueueFixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Randomised queues from fixed seeds: the rules of {@link FairShareScheduler} that must hold for
 * every queue, not only for the examples of the other tests.
 */
class FairSharePropertiesTest {

    private static final int ROUNDS = 400;
    private static final Resources TOTAL = new Resources(32_000, 131_072, 8);

    /** One random scheduling problem. */
    private record Problem(List<QueuedJob> queue, Map<String, Integer> running, Quotas quotas, int freeSlots,
                           ExecutorCapacity capacity, Duration aging) {

        Selection solve() {
            return new FairShareScheduler(CLOCK, aging).next(queue, running, quotas, freeSlots, capacity);
        }
    }

    @Test
    void shouldNeverExceedQuotasSlotsOrFreeCapacity() {
        Random random = new Random(1);
        int reserved = 0;
        int full = 0;
        for (int round = 0; round < ROUNDS; round++) {
            Problem p = randomProblem(random, random.nextBoolean(), random.nextBoolean());
            Selection s = p.solve();
            reserved += s.reservations().size();
            full += s.start().size() == p.freeSlots() && p.freeSlots() > 0 ? 1 : 0;
            assertThat(s.start().size()).isLessThanOrEqualTo(p.freeSlots());
            Map<String, Integer> load = finalLoad(p, s);
            for (QueuedJob job : s.start()) {
                assertThat(load.get(job.tenant())).as("quota of " + job.tenant()).isLessThanOrEqualTo(
                        p.quotas().of(job.tenant()));
            }
            assertThat(sum(s.start()).fitsIn(p.capacity().free())).as("started jobs fit together").isTrue();
            assertThat(new HashSet<>(s.start())).hasSameSizeAs(s.start());
            assertThat(p.queue()).containsAll(s.start());
            assertThat(s.start()).allMatch(j -> j.isEligible(NOW), "eligible");
            assertThat(s.reservations()).hasSizeLessThanOrEqualTo(1);
            for (Reservation r : s.reservations()) {
                assertThat(s.start()).doesNotContain(r.job());
                assertThat(r.held().fitsIn(r.job().resources())).isTrue();
                assertThat(sum(s.start()).plus(r.held()).fitsIn(p.capacity().free())).as("held is withheld")
                        .isTrue();
            }
        }
        assertThat(reserved).as("rounds with a reservation").isGreaterThan(20);
        assertThat(full).as("rounds that used every slot").isGreaterThan(20);
    }

    @Test
    void shouldGiveTheSameSelectionForTheSameInputsInAnyOrder() {
        Random random = new Random(2);
        for (int round = 0; round < ROUNDS; round++) {
            Problem p = randomProblem(random, random.nextBoolean(), random.nextBoolean());
            List<QueuedJob> shuffled = new ArrayList<>(p.queue());
            Collections.shuffle(shuffled, random);
            Problem same = new Problem(shuffled, new HashMap<>(p.running()), p.quotas(), p.freeSlots(),
                    p.capacity(), p.aging());
            assertThat(same.solve()).isEqualTo(p.solve());
        }
    }

    /**
     * Water-filling: with resources and aging out of the way, a tenant that got a job in this
     * round ends at most one job above any tenant left waiting below its quota.
     */
    @Test
    void shouldFillTenantsLevelByLevel() {
        Random random = new Random(3);
        int compared = 0;
        for (int round = 0; round < ROUNDS; round++) {
            Problem p = randomProblem(random, false, false);
            Selection s = p.solve();
            Map<String, Integer> load = finalLoad(p, s);
            Set<String> served = new HashSet<>();
            compared += tenantsLeftWaitingBelowQuota(p, s, load).isEmpty() ? 0 : s.start().size();
            s.start().forEach(j -> served.add(j.tenant()));
            for (String waiting : tenantsLeftWaitingBelowQuota(p, s, load)) {
                for (String u : served) {
                    assertThat(load.get(u) - 1).as(u + " vs waiting " + waiting)
                            .isLessThanOrEqualTo(load.getOrDefault(waiting, 0));
                }
            }
        }
        assertThat(compared).as("starts compared with a tenant left waiting").isGreaterThan(100);
    }

    /** Without reservations no slot is left idle while a waiting job could use it. */
    @Test
    void shouldLeaveASlotIdleOnlyWhenNoWaitingJobCouldUseIt() {
        Random random = new Random(4);
        int checked = 0;
        for (int round = 0; round < ROUNDS; round++) {
            Problem p = randomProblem(random, true, false);
            Selection s = p.solve();
            if (s.start().size() == p.freeSlots()) {
                continue;
            }
            Map<String, Integer> load = finalLoad(p, s);
            Resources left = p.capacity().free().minus(sum(s.start()));
            Set<QueuedJob> started = new HashSet<>(s.start());
            for (QueuedJob job : p.queue()) {
                if (!started.contains(job) && job.isEligible(NOW)
                        && load.getOrDefault(job.tenant(), 0) < p.quotas().of(job.tenant())) {
                    checked++;
                    if (job.resources().fitsIn(left)) {
                        fail(job + " could have started in " + left);
                    }
                }
            }
        }
        assertThat(checked).as("waiting jobs examined beside idle slots").isGreaterThan(1000);
    }

    /** Within a tenant, with room for all, jobs start in line order: priority, then enqueue time. */
    @Test
    void shouldStartEachTenantsJobsInLineOrder() {
        Random random = new Random(5);
        for (int round = 0; round < ROUNDS; round++) {
            Problem p = randomProblem(random, false, false);
            Selection s = p.solve();
            Map<String, List<QueuedJob>> lines = new HashMap<>();
            p.queue().stream().filter(j -> j.isEligible(NOW)).sorted(QueuedJob.TURN)
                    .forEach(j -> lines.computeIfAbsent(j.tenant(), t -> new ArrayList<>()).add(j));
            lines.forEach((tenant, line) -> {
                List<QueuedJob> picked = s.start().stream().filter(j -> j.tenant().equals(tenant)).toList();
                assertThat(picked).containsExactlyElementsOf(line.subList(0, picked.size()));
            });
        }
    }

    @Test
    void shouldScheduleTheTenantWithOneJobInTheFirstRoundWhateverTheOtherQueued() {
        Random random = new Random(6);
        for (int round = 0; round < 50; round++) {
            List<QueuedJob> queue = new ArrayList<>();
            for (int i = 0; i < 1000; i++) {
                queue.add(new QueuedJob("big-" + i, "bigco", random.nextInt(3),
                        NOW.minusSeconds(1 + random.nextInt(100_000)), null, QueueFixtures.SMALL));
            }
            QueuedJob solo = new QueuedJob("solo", "smallco", 0, NOW.minusSeconds(random.nextInt(10)), null,
                    QueueFixtures.SMALL);
            queue.add(solo);
            int bigRunning = random.nextInt(5);
            int slots = 2 + random.nextInt(6);
            Selection s = new FairShareScheduler(CLOCK, Duration.ofMinutes(1)).next(queue,
                    Map.of("bigco", bigRunning, "smallco", random.nextInt(bigRunning + 1)), Quotas.uniform(50),
                    slots);
            assertThat(s.start()).contains(solo);
            assertThat(s.start()).hasSize(slots);
        }
    }

    private static List<String> tenantsLeftWaitingBelowQuota(Problem p, Selection s, Map<String, Integer> load) {
        Set<QueuedJob> started = new HashSet<>(s.start());
        return p.queue().stream()
                .filter(j -> j.isEligible(NOW) && !started.contains(j))
                .map(QueuedJob::tenant).distinct()
                .filter(t -> load.getOrDefault(t, 0) < p.quotas().of(t))
                .toList();
    }

    private static Map<String, Integer> finalLoad(Problem p, Selection s) {
        Map<String, Integer> load = new HashMap<>(p.running());
        s.start().forEach(j -> load.merge(j.tenant(), 1, Integer::sum));
        return load;
    }

    private static Resources sum(List<QueuedJob> jobs) {
        return jobs.stream().map(QueuedJob::resources).reduce(Resources.NONE, Resources::plus);
    }

    /**
     * 1 to 6 tenants, one of them sometimes with 1000 jobs; random priorities, ages, backoffs,
     * quotas, running counts and slots; resources and aging only when asked for.
     */
    private static Problem randomProblem(Random random, boolean resources, boolean aging) {
        int tenants = 1 + random.nextInt(6);
        List<QueuedJob> queue = new ArrayList<>();
        Map<String, Integer> running = new HashMap<>();
        Map<String, Integer> quota = new HashMap<>();
        for (int t = 0; t < tenants; t++) {
            String tenant = "tenant-" + t;
            int jobs = t == 0 && random.nextInt(4) == 0 ? 1000 : random.nextInt(15);
            for (int i = 0; i < jobs; i++) {
                queue.add(randomJob(tenant + "-job-" + i, tenant, random, resources));
            }
            running.put(tenant, random.nextInt(4));
            if (random.nextBoolean()) {
                quota.put(tenant, random.nextInt(6));
            }
        }
        ExecutorCapacity capacity = resources
                ? new ExecutorCapacity(new Resources(random.nextInt(32_001), random.nextInt(131_073),
                        random.nextInt(9)), TOTAL)
                : ExecutorCapacity.unlimited();
        Duration agingThreshold = aging ? Duration.ofMinutes(random.nextInt(120)) : QueueFixtures.NEVER;
        return new Problem(queue, running, new Quotas(quota, 1 + random.nextInt(8)), random.nextInt(13), capacity,
                agingThreshold);
    }

    private static QueuedJob randomJob(String id, String tenant, Random random, boolean withResources) {
        Instant enqueued = NOW.minusSeconds(random.nextInt(4 * 3600));
        Instant notBefore = random.nextInt(5) == 0 ? NOW.plusSeconds(random.nextInt(600) - 300) : null;
        Resources asks = withResources
                ? new Resources(random.nextInt(16_000), random.nextInt(64_000),
                        random.nextInt(3) == 0 ? 1 + random.nextInt(8) : 0)
                : QueueFixtures.SMALL;
        return new QueuedJob(id, tenant, random.nextInt(3) - 1, enqueued, notBefore, asks);
    }
}
