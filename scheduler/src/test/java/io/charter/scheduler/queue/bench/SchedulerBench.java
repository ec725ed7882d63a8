package io.charter.scheduler.queue.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fair-share scheduler benchmark (not a test; run by {@code e2e-tests/bench/scheduler/run.sh}):
 * <pre>
 *   SchedulerBench OUT_DIR [RUNS] [SCENARIOS] [JOBS]
 * </pre>
 * For each scenario ({@link Scenario#all}; SCENARIOS a comma list of names, default all): one untimed
 * warm-up run, then RUNS timed runs (default 5, seeds 1..RUNS) of a {@link Simulation} with JOBS trials
 * (default 10,000). Writes {@code results.json} (every run and the medians) and {@code table.md} (the
 * tables of {@link Report}) into OUT_DIR, and prints the tables.
 */
public final class SchedulerBench {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private SchedulerBench() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: SchedulerBench OUT_DIR [RUNS] [SCENARIOS] [JOBS]");
            System.exit(2);
        }
        File out = new File(args[0]);
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        List<String> names = args.length > 2 && !args[2].isBlank() ? List.of(args[2].split(",")) : null;
        int jobs = args.length > 3 ? Integer.parseInt(args[3]) : 10_000;
        List<Scenario> scenarios = Scenario.all(jobs).stream()
                .filter(s -> names == null || names.contains(s.name())).toList();
        if (scenarios.isEmpty()) {
            System.err.println("no scenario named " + names + "; known: "
                    + Scenario.all(jobs).stream().map(Scenario::name).toList());
            System.exit(2);
        }
        List<Report.Row> rows = new ArrayList<>();
        List<Map<String, Object>> json = new ArrayList<>();
        for (Scenario s : scenarios) {
            List<RunResult> timed = measure(s, runs);
            RunResult median = RunResult.median(timed);
            rows.add(new Report.Row(s, median, runs));
            json.add(scenarioJson(s, median, timed));
        }
        out.mkdirs();
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("runs", runs);
        doc.put("durationMedianSeconds", Workload.MEDIAN_MS / 1e3);
        doc.put("durationSigma", Workload.SIGMA);
        doc.put("scenarios", json);
        JSON.writeValue(new File(out, "results.json"), doc);
        String md = Report.markdown(rows);
        Files.writeString(new File(out, "table.md").toPath(), md, StandardCharsets.UTF_8);
        System.out.println(md);
    }

    /** One untimed warm-up run (seed 0), then {@code runs} timed runs with seeds 1..runs. */
    static List<RunResult> measure(Scenario s, int runs) {
        long t0 = System.nanoTime();
        new Simulation(s, Workload.generate(s, 0), 0).run();
        System.err.printf("%s: warm-up %.1f s%n", s.name(), (System.nanoTime() - t0) / 1e9);
        List<RunResult> timed = new ArrayList<>();
        for (int seed = 1; seed <= runs; seed++) {
            RunResult r = new Simulation(s, Workload.generate(s, seed), seed).run();
            timed.add(r);
            System.err.printf("%s seed %d: %,.0f rounds, %,.0f decisions/s, p50 %,.0f µs, p99 %,.0f µs, "
                            + "wall %.1f s, max dev %s pp%n", s.name(), seed, r.rounds(), r.decisionsPerSecond(),
                    r.p50Micros(), r.p99Micros(), r.wallSeconds(),
                    r.maxDeviationPp() == null ? "-" : String.format("%.2f", r.maxDeviationPp()));
        }
        return timed;
    }

    private static Map<String, Object> scenarioJson(Scenario s, RunResult median, List<RunResult> runs) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", s.name());
        m.put("description", s.description());
        m.put("slots", s.slots());
        m.put("capacity", s.limited() ? s.capacity() : "unlimited");
        m.put("agingSeconds", s.aging().equals(Scenario.NO_AGING) ? null : s.aging().toSeconds());
        m.put("arrivalSpreadSeconds", s.arrivalSpread().toSeconds());
        m.put("tenants", s.tenants());
        m.put("median", median);
        m.put("runs", runs);
        return m;
    }
}
