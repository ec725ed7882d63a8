package io.charter.scheduler.tuning.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.charter.scheduler.tuning.CurveStudy;
import io.charter.scheduler.tuning.Direction;
import io.charter.scheduler.tuning.Pruner;
import io.charter.scheduler.tuning.Sampler;
import io.charter.scheduler.tuning.StudySimulator;
import io.charter.scheduler.tuning.Trial;
import io.charter.scheduler.tuning.pruner.AshaPruner;
import io.charter.scheduler.tuning.pruner.HyperbandPruner;
import io.charter.scheduler.tuning.pruner.MedianPruner;
import io.charter.scheduler.tuning.pruner.NopPruner;
import io.charter.scheduler.tuning.pruner.SuccessiveHalvingPruner;
import io.charter.scheduler.tuning.sampler.RandomSampler;
import io.charter.scheduler.tuning.sampler.TpeOptions;
import io.charter.scheduler.tuning.sampler.TpeSampler;
import io.charter.scheduler.tuning.space.SearchSpace;

import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;

/**
 * The tuning benchmark (not a test; run by {@code e2e-tests/bench/tuning/run.sh}):
 * <pre>
 *   optimize OUT SEEDS EVALS   best-so-far curves of each sampler on each function
 *   cost OUT REPS              time of one suggest() after n = 100, 1000, 5000 trials in d = 2, 6, 10
 *   pruning OUT SEEDS WORKERS  epoch-units to reach a target loss on a synthetic learning-curve problem
 * </pre>
 * Each writes JSON that {@code compare.py} turns into tables beside Optuna's numbers.
 */
public final class TuningBench {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** Epoch-units a pruning study may spend. */
    static final long BUDGET = 20_000;

    private TuningBench() {
    }

    public static void main(String[] args) throws IOException {
        File out = new File(args[1]);
        Object result = switch (args[0]) {
            case "optimize" -> optimize(Integer.parseInt(args[2]), Integer.parseInt(args[3]),
                    args.length > 4 ? List.of(args[4].split(",")) : null);
            case "cost" -> cost(Integer.parseInt(args[2]));
            case "pruning" -> pruning(Integer.parseInt(args[2]), Integer.parseInt(args[3]));
            default -> throw new IllegalArgumentException("mode must be optimize, cost or pruning, but got " + args[0]);
        };
        out.getParentFile().mkdirs();
        JSON.writeValue(out, result);
    }

    static Map<String, LongFunction<Sampler>> samplers() {
        Map<String, LongFunction<Sampler>> s = new LinkedHashMap<>();
        s.put("charter-random", RandomSampler::new);
        s.put("charter-tpe", TpeSampler::withSeed);
        s.put("charter-tpe-mv", seed -> new TpeSampler(TpeOptions.defaults().withSeed(seed).withMultivariate(true)));
        s.put("charter-tpe-mv-scott", seed -> new TpeSampler(TpeOptions.defaults().withSeed(seed).withMultivariate(true)
                .withJointBandwidth(TpeOptions.Bandwidth.SCOTT)));
        return s;
    }

    /** function → sampler → {curves: [seed][eval] best-so-far value, seconds}. */
    static Map<String, Object> optimize(int seeds, int evals, List<String> functions) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (BenchFunction f : BenchFunction.all()) {
            if (functions != null && !functions.contains(f.name())) {
                continue;
            }
            Map<String, Object> bySampler = new LinkedHashMap<>();
            for (Map.Entry<String, LongFunction<Sampler>> s : samplers().entrySet()) {
                List<double[]> curves = new ArrayList<>();
                long t0 = System.nanoTime();
                for (int seed = 0; seed < seeds; seed++) {
                    List<Trial> trials = StudySimulator.builder(f.space(), s.getValue().apply(seed)).trials(evals).build()
                            .run(f.objective());
                    double[] best = new double[evals];
                    double b = Double.POSITIVE_INFINITY;
                    for (int i = 0; i < evals; i++) {
                        b = Math.min(b, trials.get(i).value());
                        best[i] = b;
                    }
                    curves.add(best);
                }
                bySampler.put(s.getKey(), Map.of("curves", curves, "seconds", (System.nanoTime() - t0) / 1e9));
                System.err.printf("%s %s done in %.1f s%n", f.name(), s.getKey(), (System.nanoTime() - t0) / 1e9);
            }
            out.put(f.name(), Map.of("optimum", f.optimum(), "samplers", bySampler));
        }
        return out;
    }

    /** [{sampler, n, d, millis}]: median of {@code reps} timings of suggest() with n complete trials. */
    static List<Map<String, Object>> cost(int reps) {
        List<Map<String, Object>> rows = new ArrayList<>();
        warmUp();
        for (int d : new int[] {2, 6, 10}) {
            BenchFunction f = BenchFunction.sphere(d);
            SearchSpace space = f.space();
            for (int n : new int[] {100, 1000, 5000}) {
                List<Trial> history = new ArrayList<>();
                RandomSampler random = new RandomSampler(1);
                for (int i = 0; i < n; i++) {
                    Map<String, Object> p = random.suggest(space, history, i);
                    history.add(Trial.complete(i, p, f.objective().applyAsDouble(p)));
                }
                for (String name : List.of("charter-tpe", "charter-tpe-mv")) {
                    Sampler sampler = samplers().get(name).apply(0);
                    double[] ms = new double[reps + 2];
                    for (int r = 0; r < ms.length; r++) {
                        long t0 = System.nanoTime();
                        sampler.suggest(space, history, n + r);
                        ms[r] = (System.nanoTime() - t0) / 1e6;
                    }
                    double[] timed = Arrays.copyOfRange(ms, 2, ms.length);
                    Arrays.sort(timed);
                    rows.add(Map.of("sampler", name, "n", n, "d", d, "millis", timed[timed.length / 2]));
                    System.err.printf("cost %s n=%d d=%d: %.2f ms%n", name, n, d, timed[timed.length / 2]);
                }
            }
        }
        return rows;
    }

    /** Lets the JIT compile the sampling paths before anything is timed. */
    private static void warmUp() {
        BenchFunction f = BenchFunction.sphere(4);
        for (String name : List.of("charter-tpe", "charter-tpe-mv")) {
            for (int seed = 0; seed < 3; seed++) {
                StudySimulator.builder(f.space(), samplers().get(name).apply(seed)).trials(300).build().run(f.objective());
            }
        }
    }

    /** pruner → {resource: [seed] epoch-units to reach the target or -1, used: [seed] total, target}. */
    static Map<String, Object> pruning(int seeds, int workers) {
        double target = 0.12;
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("target", target);
        out.put("maxEpoch", SyntheticCurves.MAX_EPOCH);
        out.put("workers", workers);
        out.put("budget", BUDGET);
        Map<String, Pruner> pruners = new LinkedHashMap<>();
        pruners.put("none", new NopPruner());
        pruners.put("median", new MedianPruner(Direction.MINIMIZE));
        pruners.put("successive-halving", new SuccessiveHalvingPruner(Direction.MINIMIZE, 1));
        pruners.put("asha", new AshaPruner(Direction.MINIMIZE, 1, SyntheticCurves.MAX_EPOCH));
        pruners.put("hyperband", new HyperbandPruner(Direction.MINIMIZE, 1, SyntheticCurves.MAX_EPOCH));
        for (Map.Entry<String, Pruner> p : pruners.entrySet()) {
            List<Long> toTarget = new ArrayList<>();
            List<Long> trialsStarted = new ArrayList<>();
            long t0 = System.nanoTime();
            for (int seed = 0; seed < seeds; seed++) {
                CurveStudy study = StudySimulator.builder(SyntheticCurves.space(), new RandomSampler(seed)).trials(1000)
                        .concurrency(workers).pruner(p.getValue()).build()
                        .runCurves(SyntheticCurves.curve(), SyntheticCurves.MAX_EPOCH, BUDGET);
                toTarget.add(study.resourceToReach(target, Direction.MINIMIZE));
                trialsStarted.add((long) study.trials().size());
            }
            out.put(p.getKey(), Map.of("resourceToTarget", toTarget, "seconds", (System.nanoTime() - t0) / 1e9));
            System.err.printf("pruning %s: %s%n", p.getKey(), toTarget);
        }
        return out;
    }
}
