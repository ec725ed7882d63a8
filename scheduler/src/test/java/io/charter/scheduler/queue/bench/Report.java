package io.charter.scheduler.queue.bench;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The markdown of results.md: tables of the medians, the goals, the published anchor. */
final class Report {

    /** The goals, reported against and never asserted. */
    static final double GOAL_DECISIONS_PER_SECOND = 10_000;
    static final double GOAL_REL_DEVIATION_PCT = 5;

    private static final String DEFINITIONS = """
            - round: one `FairShareScheduler.next` call, made at each event instant (arrivals and completions at
              that instant applied first) while the queue is not empty; decision: one job started; idle round:
              one that started nothing; reserving round: one whose selection held capacity for an aged job.
            - decisions/s and rounds/s: over the wall time inside `next` only (System.nanoTime around each call).
            - drain / ideal: simulated time until the last trial finished / a lower bound (the largest of total
              work / slots, each tenant's work / its concurrency bound, each resource's work / its total, the
              latest arrival + its duration).
            - shares (first letter of the tenant): its running jobs, time-averaged over the simulated time it had
              a trial queued, in % of the slots / the same average of its max-min fair share (fluid progressive
              filling on job counts, demand = min(quota, running + queued), under slots and resources; with
              quotas that sum to the slots it is the quota) and the difference in percentage points (pp).
              max dev: the largest |difference| in pp, and relative to the target in %.
            - Jain: Jain's index of share / target over the tenants that were ever backlogged (1 = all equal).
            - utilisation: busy slot-time / (slots x drain time); with a resource limit also CPU and GPU.

            """;

    private Report() {
    }

    /** One scenario's medians and how many runs they are over. */
    record Row(Scenario scenario, RunResult median, int runs) {
    }

    static String markdown(List<Row> rows) {
        StringBuilder md = new StringBuilder();
        md.append("## Fair-share scheduler: throughput and fairness in simulation\n\n");
        md.append(String.format("Median of %d timed runs per scenario (seeds 1..%d), after one untimed warm-up run "
                + "of each scenario. Trial durations lognormal, median %.0f s, sigma %.1f (simulated).%n%n",
                rows.get(0).runs(), rows.get(0).runs(), Workload.MEDIAN_MS / 1e3, Workload.SIGMA));
        rows.forEach(r -> md.append("- `").append(r.scenario().name()).append("`: ")
                .append(r.scenario().description()).append('\n'));
        if (rows.stream().anyMatch(r -> r.scenario().totalJobs() != 10_000)) {
            md.append("\nScaled run: the descriptions give the counts of the 10,000-trial design; the jobs column "
                    + "gives the trials simulated (arrival windows scaled alike).\n");
        }
        md.append('\n').append(mainTable(rows)).append('\n');
        md.append(DEFINITIONS);
        md.append(goals(rows)).append('\n');
        md.append(tenantTable(rows)).append('\n');
        md.append(latencyTable(rows)).append('\n');
        md.append(anchor());
        return md.toString();
    }

    static String mainTable(List<Row> rows) {
        StringBuilder md = new StringBuilder("| scenario | jobs | tenants | slots | rounds "
                + "| idle / reserving rounds | decisions | decisions/s | rounds/s | p50 / p99 round µs "
                + "| drain / ideal (h) | shares % vs target (pp) | max dev pp / rel % | Jain | utilisation |\n");
        md.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---:|---:|---:|\n");
        for (Row row : rows) {
            RunResult m = row.median();
            Scenario s = row.scenario();
            md.append(String.format(Locale.ROOT, "| %s | %,d | %d | %d | %,.0f | %,.0f / %,.0f | %,.0f | %,.0f | %,.0f "
                            + "| %,.0f / %,.0f | %.2f / %.2f (%.2fx) | %s | %s / %s | %s | %s |%n",
                    s.name(), s.totalJobs(), s.tenants().size(), s.slots(), m.rounds(), m.idleRounds(),
                    m.reservationRounds(), m.decisions(), m.decisionsPerSecond(), m.roundsPerSecond(), m.p50Micros(),
                    m.p99Micros(),
                    m.makespanSeconds() / 3600, m.idealSeconds() / 3600, m.makespanSeconds() / m.idealSeconds(),
                    shares(m), num(m.maxDeviationPp(), "%.2f"), num(m.maxRelDeviationPct(), "%.1f"),
                    num(m.jain(), "%.4f"), utilisation(m)));
        }
        return md.toString();
    }

    private static String shares(RunResult m) {
        return m.tenants().stream().map(t -> t.sharePct() == null ? t.tenant().charAt(0) + " -"
                : String.format(Locale.ROOT, "%s %.1f/%.1f (%+.1f)", t.tenant().charAt(0), t.sharePct(),
                t.targetPct(), t.deviationPp())).collect(Collectors.joining(", "));
    }

    private static String utilisation(RunResult m) {
        String slots = String.format(Locale.ROOT, "%.1f%%", 100 * m.slotUtilisation());
        if (m.gpuUtilisation() == null) {
            return slots;
        }
        return String.format(Locale.ROOT, "slots %s, CPU %.1f%%, GPU %.1f%%", slots, 100 * m.cpuUtilisation(),
                100 * m.gpuUtilisation());
    }

    static String goals(List<Row> rows) {
        StringBuilder md = new StringBuilder("### Against the issue's goals (reported, not asserted)\n\n");
        md.append(String.format(Locale.ROOT, "| scenario | decisions/s (goal >= %,.0f) | max share deviation "
                + "(goal within %.0f %% of target) |%n|---|---|---|%n", GOAL_DECISIONS_PER_SECOND,
                GOAL_REL_DEVIATION_PCT));
        for (Row row : rows) {
            RunResult m = row.median();
            boolean fast = m.decisionsPerSecond() >= GOAL_DECISIONS_PER_SECOND;
            String fair = m.maxRelDeviationPct() == null ? "n/a"
                    : String.format(Locale.ROOT, "%.1f %% (%.2f pp): %s", m.maxRelDeviationPct(),
                    m.maxDeviationPp(), m.maxRelDeviationPct() <= GOAL_REL_DEVIATION_PCT ? "met" : "MISSED");
            md.append(String.format(Locale.ROOT, "| %s | %,.0f: %s | %s |%n", row.scenario().name(),
                    m.decisionsPerSecond(), fast ? "met" : "MISSED", fair));
        }
        return md.toString();
    }

    static String tenantTable(List<Row> rows) {
        StringBuilder md = new StringBuilder("### Per tenant\n\n| scenario | tenant | quota | trials | backlogged h "
                + "| share % | target % | dev pp | rel dev % | wait p50 / p99 / max (min) |\n"
                + "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Row row : rows) {
            for (TenantResult t : row.median().tenants()) {
                md.append(String.format(Locale.ROOT, "| %s | %s | %d | %,d | %.2f | %s | %s | %s | %s "
                                + "| %.1f / %.1f / %.1f |%n", row.scenario().name(), t.tenant(), t.quota(), t.jobs(),
                        t.backlogSeconds() / 3600, num(t.sharePct(), "%.2f"), num(t.targetPct(), "%.2f"),
                        num(t.deviationPp(), "%+.2f"), num(t.relDeviationPct(), "%+.1f"), t.waitP50Seconds() / 60,
                        t.waitP99Seconds() / 60, t.waitMaxSeconds() / 60));
            }
        }
        return md.toString();
    }

    static String latencyTable(List<Row> rows) {
        StringBuilder md = new StringBuilder("### Round latency by queue length\n\n| scenario "
                + "| queue length | rounds | p50 µs | ns per queued job |\n|---|---|---:|---:|---:|\n");
        for (Row row : rows) {
            for (LatencyBucket b : row.median().byQueueLength()) {
                if (b.rounds() > 0) {
                    md.append(String.format(Locale.ROOT, "| %s | %s | %,.0f | %s | %s |%n", row.scenario().name(),
                            b.queueLength(), b.rounds(), num(b.p50Micros(), "%,.0f"),
                            num(b.nanosPerQueuedJob(), "%,.0f")));
                }
            }
        }
        return md.toString();
    }

    private static String anchor() {
        return """
                ### Published anchor (not run here)

                Kueue's scheduler performance baseline (kubernetes-sigs/kueue,
                `test/performance/scheduler/configs/baseline/`): 15,000 workloads (5 cohorts x 6 ClusterQueues x
                500) admitted in 351 s on average over 5 runs (`rangespec.yaml`: "Average value 351116.4"
                ms), about 43 workloads/s admitted. That is an end-to-end number against an envtest API
                server, with the workloads' own runtimes and quota limits inside it; the numbers above time
                only the decision function on a simulated clock. Neither is a measure of the other; the
                anchor is here for scale.
                """;
    }

    private static String num(Double x, String format) {
        return x == null ? "-" : String.format(Locale.ROOT, format, x);
    }
}
