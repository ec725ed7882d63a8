package io.charter.scheduler.tuning.sampler;

import io.charter.scheduler.tuning.Sampler;
import io.charter.scheduler.tuning.Seeds;
import io.charter.scheduler.tuning.Trial;
import io.charter.scheduler.tuning.space.CategoricalParam;
import io.charter.scheduler.tuning.space.FloatParam;
import io.charter.scheduler.tuning.space.IntParam;
import io.charter.scheduler.tuning.space.ParamSpec;
import io.charter.scheduler.tuning.space.SearchSpace;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Tree-structured Parzen Estimator (Bergstra et al., "Algorithms for Hyper-Parameter
 * Optimization", NeurIPS 2011; Watanabe, "Tree-Structured Parzen Estimator: Understanding Its
 * Algorithm Components", 2023), shaped after Optuna's {@code TPESampler}. For each trial:
 *
 * <ol>
 *   <li>fewer than {@code nStartupTrials} finished trials → a random suggestion ({@link Draws});</li>
 *   <li>split the history by γ into good and bad trials ({@link TrialSplit});</li>
 *   <li>fit a Parzen estimator l(x) to the good and g(x) to the bad ({@link ParzenEstimator});</li>
 *   <li>draw {@code nEiCandidates} candidates from l(x);</li>
 *   <li>score each by log l(x) − log g(x) (the expected-improvement ordering) and keep the argmax.</li>
 * </ol>
 *
 * Univariate (default): steps 3–5 run per parameter, parents first, each on the trials that have
 * that parameter, so conditional parameters are sampled only where active. Multivariate: steps 3–5
 * run once, jointly, over the parameters that are always active and have more than one value
 * (Optuna's intersection search space); the conditional ones then follow univariately, as in
 * Optuna's {@code multivariate=True, group=False}.
 */
public final class TpeSampler implements Sampler {

    private final TpeOptions options;

    public TpeSampler(TpeOptions options) {
        this.options = options;
    }

    /** Optuna's defaults (see {@link TpeOptions#defaults()}), seeded. */
    public static TpeSampler withSeed(long seed) {
        return new TpeSampler(TpeOptions.defaults().withSeed(seed));
    }

    public TpeOptions options() {
        return options;
    }

    @Override
    public Map<String, Object> suggest(SearchSpace space, List<Trial> history, long trialNumber) {
        SplittableRandom rng = Seeds.rng(options.seed(), trialNumber);
        List<Trial> others = history.stream().filter(t -> t.number() != trialNumber).toList();
        long finished = others.stream().filter(t -> t.state().finishedWithValue()).count();
        if (finished < options.nStartupTrials()) {
            return Draws.all(space, rng);
        }
        TrialSplit split = TrialSplit.of(others, options.direction(), options.gamma(), options.constantLiar());
        Map<String, Object> values = new LinkedHashMap<>();
        if (options.multivariate()) {
            List<ParamSpec> joint = space.params().stream()
                    .filter(p -> space.alwaysActive(p) && !single(p)).toList();
            if (!joint.isEmpty()) {
                values.putAll(best(joint, split, rng, options.jointBandwidth()));
            }
        }
        for (ParamSpec p : space.params()) {
            if (!values.containsKey(p.name()) && space.isActive(p, values)) {
                values.put(p.name(), single(p) ? only(p) : best(List.of(p), split, rng, TpeOptions.Bandwidth.NEIGHBOUR)
                        .get(p.name()));
            }
        }
        return reorder(space, values);
    }

    /** Steps 3–5 over {@code params}: l and g, candidates from l, argmax of log l − log g. */
    private Map<String, Object> best(List<ParamSpec> params, TrialSplit split, SplittableRandom rng,
                                     TpeOptions.Bandwidth bandwidth) {
        ParzenEstimator good = new ParzenEstimator(params, observations(params, split.below()), options, bandwidth);
        ParzenEstimator bad = new ParzenEstimator(params, observations(params, split.above()), options, bandwidth);
        double[][] candidates = good.sample(rng, options.nEiCandidates());
        double[] logL = good.logPdf(candidates);
        double[] logG = bad.logPdf(candidates);
        int best = 0;
        for (int i = 1; i < candidates.length; i++) {
            if (logL[i] - logG[i] > logL[best] - logG[best]) {
                best = i;
            }
        }
        Map<String, Object> out = new LinkedHashMap<>();
        for (int j = 0; j < params.size(); j++) {
            out.put(params.get(j).name(), external(params.get(j), candidates[best][j]));
        }
        return out;
    }

    /** Rows of the trials that have every one of {@code params} with a legal value, oldest first. */
    private static double[][] observations(List<ParamSpec> params, List<Trial> trials) {
        List<double[]> rows = new ArrayList<>();
        for (Trial t : trials) {
            double[] row = new double[params.size()];
            boolean usable = true;
            for (int j = 0; j < params.size() && usable; j++) {
                Object v = t.params().get(params.get(j).name());
                usable = v != null && params.get(j).contains(v);
                if (usable) {
                    row[j] = internal(params.get(j), v);
                }
            }
            if (usable) {
                rows.add(row);
            }
        }
        return rows.toArray(new double[0][]);
    }

    private static double internal(ParamSpec p, Object v) {
        return p instanceof CategoricalParam c ? c.indexOf(v) : ((Number) v).doubleValue();
    }

    private static Object external(ParamSpec p, double x) {
        if (p instanceof CategoricalParam c) {
            return c.choices().get((int) x);
        }
        if (p instanceof IntParam i) {
            return i.box(Math.round(x));
        }
        return x;
    }

    private static boolean single(ParamSpec p) {
        if (p instanceof CategoricalParam c) {
            return c.choices().size() == 1;
        }
        if (p instanceof IntParam i) {
            return i.low() == i.high();
        }
        FloatParam f = (FloatParam) p;
        return f.low() == f.high();
    }

    private static Object only(ParamSpec p) {
        if (p instanceof CategoricalParam c) {
            return c.choices().get(0);
        }
        if (p instanceof IntParam i) {
            return i.box(i.low());
        }
        return ((FloatParam) p).low();
    }

    private static Map<String, Object> reorder(SearchSpace space, Map<String, Object> values) {
        Map<String, Object> ordered = new LinkedHashMap<>();
        for (ParamSpec p : space.params()) {
            if (values.containsKey(p.name())) {
                ordered.put(p.name(), values.get(p.name()));
            }
        }
        return ordered;
    }
}
