package io.charter.scheduler.tuning;

import io.charter.scheduler.tuning.space.SearchSpace;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.PriorityQueue;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;

/**
 * Runs a whole study in memory, without a cluster (determined-ai's "simulate" of a search method):
 * the sampler suggests, the objective answers, the pruner decides, on a simulated clock with
 * {@code concurrency} workers. Used by tests and benchmarks; deterministic for a given seed.
 *
 * <ul>
 *   <li>{@link #run}: each trial takes 1 ± ½ time units (seeded), so parallel trials finish out of
 *       order; a free worker asks the sampler with every trial so far, RUNNING ones included (the
 *       constant-liar path). A sampler that is {@link Sampler#exhausted exhausted} ends the study.</li>
 *   <li>{@link #runCurves}: every running trial advances one step per time unit, reports the
 *       curve's value and asks the pruner; it ends PRUNED or COMPLETE at {@code maxStep}. A free
 *       worker first resumes a trial the pruner lists as {@link Pruner#promotable promotable}.</li>
 * </ul>
 * An objective that throws or returns NaN fails the trial, as in Optuna.
 */
public final class StudySimulator {

    private final SearchSpace space;
    private final Sampler sampler;
    private final int trials;
    private final int concurrency;
    private final long seed;
    private final Pruner pruner;
    private final Predicate<Map<String, Object>> feasible;

    private StudySimulator(Builder b) {
        this.space = b.space;
        this.sampler = b.sampler;
        this.trials = b.trials;
        this.concurrency = b.concurrency;
        this.seed = b.seed;
        this.pruner = b.pruner;
        this.feasible = b.feasible;
    }

    /** A study over {@code space} driven by {@code sampler}: 100 trials, one at a time, no pruning. */
    public static Builder builder(SearchSpace space, Sampler sampler) {
        return new Builder(space, sampler);
    }

    /** Runs {@code objective} on every suggestion; returns the trials by number. */
    public List<Trial> run(ToDoubleFunction<Map<String, Object>> objective) {
        return runMulti(params -> new double[] {objective.applyAsDouble(params)});
    }

    /** As {@link #run}, for an objective with several values: the first is the trial's value, the rest its extra values. */
    public List<Trial> runMulti(Function<Map<String, Object>, double[]> objective) {
        sampler.validate(space);
        List<Trial> all = new ArrayList<>();
        PriorityQueue<double[]> finishing = new PriorityQueue<>(Comparator.<double[]>comparingDouble(e -> e[0])
                .thenComparingDouble(e -> e[1]));
        double now = 0;
        while (true) {
            while (finishing.size() < concurrency && all.size() < trials && !sampler.exhausted(space, all)) {
                long number = all.size();
                all.add(Trial.running(number, suggest(all, number)));
                double duration = 0.5 + Seeds.rng(seed, number).nextDouble();
                finishing.add(new double[] {now + duration, number});
            }
            double[] next = finishing.poll();
            if (next == null) {
                return List.copyOf(all);
            }
            now = next[0];
            int number = (int) next[1];
            all.set(number, evaluate(all.get(number), objective));
        }
    }

    private Trial evaluate(Trial t, Function<Map<String, Object>, double[]> objective) {
        double[] values;
        try {
            values = objective.apply(t.params());
        } catch (RuntimeException e) {
            return t.failed();
        }
        if (values.length == 0 || Double.isNaN(values[0])) {
            return t.failed();
        }
        double[] extra = java.util.Arrays.copyOfRange(values, 1, values.length);
        return t.completed(values[0], extra).withFeasible(feasible.test(t.params()));
    }

    /**
     * Runs a pruned study over a learning curve: trials report {@code curve(params, step)} at steps
     * 1…{@code maxStep}; stops early once {@code resourceBudget} steps have been spent in total.
     */
    public CurveStudy runCurves(LearningCurve curve, int maxStep, long resourceBudget) {
        sampler.validate(space);
        if (maxStep < 1) {
            throw new IllegalArgumentException("maxStep must be >= 1, but got " + maxStep);
        }
        List<Trial> all = new ArrayList<>();
        List<CurveStudy.Completion> completions = new ArrayList<>();
        List<Integer> running = new ArrayList<>();
        long used = 0;
        while (used < resourceBudget) {
            fillWorkers(all, running);
            if (running.isEmpty()) {
                break;
            }
            for (int number : List.copyOf(running)) {
                Trial t = all.get(number);
                int step = t.lastStep() == null ? 1 : t.lastStep() + 1;
                double value = curve.valueAt(t.params(), step);
                used++;
                t = t.report(step, value);
                if (Double.isNaN(value)) {
                    t = t.failed();
                } else if (step >= maxStep) {
                    t = t.completed(value).withFeasible(feasible.test(t.params()));
                    completions.add(new CurveStudy.Completion(number, used, value));
                } else {
                    all.set(number, t);
                    if (pruner.prune(t, all, step).prune()) {
                        t = t.pruned();
                    }
                }
                all.set(number, t);
                if (t.state() != TrialState.RUNNING) {
                    running.remove(Integer.valueOf(number));
                }
            }
        }
        return new CurveStudy(List.copyOf(all), used, List.copyOf(completions));
    }

    private void fillWorkers(List<Trial> all, List<Integer> running) {
        while (running.size() < concurrency) {
            Long promoted = pruner.promotable(all).stream()
                    .filter(n -> !running.contains(n.intValue())).min(Long::compare).orElse(null);
            if (promoted != null) {
                int n = promoted.intValue();
                all.set(n, all.get(n).resumed());
                running.add(n);
            } else if (all.size() < trials && !sampler.exhausted(space, all)) {
                int number = all.size();
                all.add(Trial.running(number, suggest(all, number)));
                running.add(number);
            } else {
                return;
            }
        }
    }

    private Map<String, Object> suggest(List<Trial> all, long number) {
        Map<String, Object> params = sampler.suggest(space, List.copyOf(all), number);
        space.check(params);
        return params;
    }

    /** Settings of a simulated study. */
    public static final class Builder {
        private final SearchSpace space;
        private final Sampler sampler;
        private int trials = 100;
        private int concurrency = 1;
        private long seed;
        private Pruner pruner = (trial, all, step) -> PruneDecision.keep("no pruner");
        private Predicate<Map<String, Object>> feasible = params -> true;

        private Builder(SearchSpace space, Sampler sampler) {
            this.space = Objects.requireNonNull(space, "space");
            this.sampler = Objects.requireNonNull(sampler, "sampler");
        }

        /** How many trials to start (default 100). */
        public Builder trials(int n) {
            if (n < 0) {
                throw new IllegalArgumentException("trials must be >= 0, but got " + n);
            }
            this.trials = n;
            return this;
        }

        /** How many trials run at once (default 1). */
        public Builder concurrency(int k) {
            if (k < 1) {
                throw new IllegalArgumentException("concurrency must be >= 1, but got " + k);
            }
            this.concurrency = k;
            return this;
        }

        /** Seeds the simulated trial durations. */
        public Builder seed(long s) {
            this.seed = s;
            return this;
        }

        /** The pruner of {@link #runCurves} (default: never prune). */
        public Builder pruner(Pruner p) {
            this.pruner = Objects.requireNonNull(p, "pruner");
            return this;
        }

        /** Which parameter sets satisfy the study's constraints (default: all). */
        public Builder feasible(Predicate<Map<String, Object>> f) {
            this.feasible = Objects.requireNonNull(f, "feasible");
            return this;
        }

        public StudySimulator build() {
            return new StudySimulator(this);
        }
    }
}
