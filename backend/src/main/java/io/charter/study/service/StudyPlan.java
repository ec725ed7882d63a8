package io.charter.study.service;

import io.charter.common.error.CharterException;
import io.charter.common.error.FieldError;
import io.charter.scheduler.tuning.Direction;
import io.charter.scheduler.tuning.Pruner;
import io.charter.scheduler.tuning.Sampler;
import io.charter.scheduler.tuning.nas.Activation;
import io.charter.scheduler.tuning.nas.Fitness;
import io.charter.scheduler.tuning.nas.NasRandomSearch;
import io.charter.scheduler.tuning.nas.NasSpace;
import io.charter.scheduler.tuning.nas.RegularizedEvolution;
import io.charter.scheduler.tuning.pruner.AshaPruner;
import io.charter.scheduler.tuning.pruner.HyperbandPruner;
import io.charter.scheduler.tuning.pruner.MedianPruner;
import io.charter.scheduler.tuning.pruner.NopPruner;
import io.charter.scheduler.tuning.pruner.SuccessiveHalvingPruner;
import io.charter.scheduler.tuning.sampler.GridSampler;
import io.charter.scheduler.tuning.sampler.RandomSampler;
import io.charter.scheduler.tuning.sampler.TpeOptions;
import io.charter.scheduler.tuning.sampler.TpeSampler;
import io.charter.scheduler.tuning.space.SearchSpace;
import io.charter.scheduler.tuning.space.SearchSpaceException;
import io.charter.study.domain.StudyKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A study's command with every default resolved, and what the scheduler's pure tuning code is
 * built from: the search space, the sampler, the pruner and the trial's hyperparameters. It is
 * stored as the study's spec, so a restarted driver rebuilds the very same sampler.
 *
 * @param command         the command, defaults filled in
 * @param kind            HPO or NAS
 * @param pruningMetric   the intermediate metric watched (null without a pruner)
 * @param pruningMaximize whether higher intermediate values are better
 */
public record StudyPlan(StudyCommand command, StudyKind kind, String pruningMetric, boolean pruningMaximize) {

    public static final int MAX_TRIALS = 1000;
    public static final int MAX_PARALLELISM = 32;
    static final List<String> SAMPLERS = List.of("GRID", "RANDOM", "TPE", "NAS_RANDOM", "NAS_EVOLUTION");
    static final List<String> PRUNERS = List.of("NONE", "MEDIAN", "SUCCESSIVE_HALVING", "ASHA", "HYPERBAND");
    /** Per-step metrics the worker reports, by algorithm, for a pruner's default. */
    private static final Map<String, String> STEP_METRICS = Map.of("mlp", "validation_loss");
    /** The hyperparameter holding a trial's full budget in steps, by algorithm. */
    private static final Map<String, String> BUDGETS = Map.of("mlp", "epochs", "xgboost", "numRounds",
            "random_forest", "numRounds");

    /**
     * Resolves defaults and checks everything that does not need the database; every problem is a
     * 400 naming its field ({@code searchSpace.<param>}, {@code sampler}, {@code pruning.metric} …).
     *
     * @param defaultObjective the project's first KPI as (metric, direction), or null
     */
    public static StudyPlan of(StudyCommand c, StudyCommand.Objective defaultObjective) {
        List<FieldError> problems = new ArrayList<>();
        String sampler = upper(c.sampler(), c.nas() != null ? "NAS_EVOLUTION" : "TPE");
        if (!SAMPLERS.contains(sampler)) {
            problems.add(new FieldError("sampler", "must be one of " + SAMPLERS + ", but is '" + c.sampler() + "'"));
        }
        StudyKind kind = sampler.startsWith("NAS_") ? StudyKind.NAS : StudyKind.HPO;
        if (kind == StudyKind.NAS && c.searchSpace() != null && !c.searchSpace().isEmpty()) {
            problems.add(new FieldError("searchSpace", "must be absent for a NAS study: the space is 'nas'"));
        }
        if (kind == StudyKind.HPO && (c.searchSpace() == null || c.searchSpace().isEmpty())) {
            problems.add(new FieldError("searchSpace", "is required for sampler " + sampler));
        }
        if (kind == StudyKind.HPO && c.nas() != null) {
            problems.add(new FieldError("nas", "needs sampler NAS_RANDOM or NAS_EVOLUTION, but sampler is " + sampler));
        }
        if (kind == StudyKind.NAS && !"mlp".equals(c.trial().algorithm())) {
            problems.add(new FieldError("trial.algorithm", "must be mlp for a NAS study, but is '"
                    + c.trial().algorithm() + "'"));
        }
        StudyCommand.Objective objective = c.objective() != null ? c.objective() : defaultObjective;
        if (objective == null) {
            problems.add(new FieldError("objective", "is required: the project has no KPI to default to"));
        } else {
            String d = upper(objective.direction(), "MAXIMIZE");
            if (!d.equals("MINIMIZE") && !d.equals("MAXIMIZE")) {
                problems.add(new FieldError("objective.direction", "must be MINIMIZE or MAXIMIZE, but is '"
                        + objective.direction() + "'"));
            }
            objective = new StudyCommand.Objective(objective.metric().strip(), d);
        }
        List<StudyCommand.Constraint> constraints = c.constraints() == null ? List.of() : c.constraints();
        for (int i = 0; i < constraints.size(); i++) {
            StudyCommand.Constraint k = constraints.get(i);
            if (k.min() == null && k.max() == null) {
                problems.add(new FieldError("constraints[" + i + "]", "needs min, max or both"));
            } else if (k.min() != null && k.max() != null && k.min() > k.max()) {
                problems.add(new FieldError("constraints[" + i + "]", "min must be <= max, but got min=" + k.min()
                        + ", max=" + k.max()));
            }
        }
        int maxTrials = bounded(c.maxTrials(), 20, 1, MAX_TRIALS, "maxTrials", problems);
        int parallelism = bounded(c.parallelism(), 2, 1, MAX_PARALLELISM, "parallelism", problems);
        if (c.timeBudgetSeconds() != null && c.timeBudgetSeconds() < 1) {
            problems.add(new FieldError("timeBudgetSeconds", "must be >= 1, but is " + c.timeBudgetSeconds()));
        }
        String pruner = upper(c.pruner(), "NONE");
        if (!PRUNERS.contains(pruner)) {
            problems.add(new FieldError("pruner", "must be one of " + PRUNERS + ", but is '" + c.pruner() + "'"));
        }
        StudyCommand.Pruning pruning = pruning(c, pruner, problems);
        StudyCommand.Nas nas = kind == StudyKind.NAS ? nas(c.nas()) : null;
        Map<String, Object> samplerOptions = c.samplerOptions() == null ? Map.of() : c.samplerOptions();
        StudyCommand resolved = new StudyCommand(c.name().strip(), objective, constraints,
                kind == StudyKind.HPO ? c.searchSpace() : null, nas, sampler, samplerOptions, pruner, pruning,
                maxTrials, parallelism, c.timeBudgetSeconds(), c.seed() == null ? 42L : c.seed(),
                new StudyCommand.TrialTemplate(c.trial().pipelineFitId(), c.trial().algorithm(),
                        c.trial().hyperparameters() == null ? Map.of() : c.trial().hyperparameters(),
                        c.trial().resources(), c.trial().maxAttempts() == null ? 2 : c.trial().maxAttempts()));
        StudyPlan plan = new StudyPlan(resolved, kind, pruning == null ? null : pruning.metric(),
                pruning != null && "MAXIMIZE".equals(pruning.direction()));
        if (problems.isEmpty()) {
            plan.check(problems);
        }
        if (!problems.isEmpty()) {
            throw CharterException.invalid(problems);
        }
        return plan;
    }

    /** Builds the space, sampler and pruner once, turning the scheduler's refusals into field errors. */
    private void check(List<FieldError> problems) {
        try {
            SearchSpace space = space();
            sampler().validate(space);
            pruner();
        } catch (SearchSpaceException e) {
            String where = kind == StudyKind.NAS ? "nas" : "searchSpace";
            problems.add(new FieldError(e.parameter() == null ? where : where + "." + e.parameter(), e.getMessage()));
        } catch (IllegalArgumentException | ClassCastException | NullPointerException e) {
            problems.add(new FieldError(kind == StudyKind.NAS ? "nas" : "samplerOptions", String.valueOf(e.getMessage())));
        }
    }

    public Direction direction() {
        return Direction.valueOf(command.objective().direction());
    }

    public SearchSpace space() {
        return kind == StudyKind.NAS ? nasSpace().toSearchSpace() : SearchSpace.parse(command.searchSpace());
    }

    NasSpace nasSpace() {
        StudyCommand.Nas n = command.nas();
        return new NasSpace(n.minLayers(), n.maxLayers(), n.widths(),
                n.activations().stream().map(Activation::of).toList(), n.dropouts(), n.batchNorm(), false, 0, 0,
                List.of(), List.of());
    }

    public Sampler sampler() {
        long seed = command.seed();
        Map<String, Object> o = command.samplerOptions();
        return switch (command.sampler()) {
            case "GRID" -> new GridSampler(seed, intOption(o, "floatPoints", GridSampler.DEFAULT_FLOAT_POINTS),
                    GridSampler.DEFAULT_MAX_POINTS);
            case "RANDOM" -> new RandomSampler(seed);
            case "TPE" -> new TpeSampler(TpeOptions.defaults().withDirection(direction()).withSeed(seed)
                    .withMultivariate(boolOption(o, "multivariate", true))
                    .withConstantLiar(boolOption(o, "constantLiar", true))
                    .withStartupTrials(intOption(o, "startupTrials", 10))
                    .withEiCandidates(intOption(o, "eiCandidates", 24)));
            case "NAS_RANDOM" -> new NasRandomSearch(nasSpace(), seed);
            case "NAS_EVOLUTION" -> {
                StudyCommand.Nas n = command.nas();
                Fitness fitness = n.costTarget() == null ? Fitness.objective(direction())
                        : Fitness.mnas(n.costTarget(), n.costWeight());
                yield new RegularizedEvolution(nasSpace(), n.populationSize(), n.sampleSize(), fitness, seed);
            }
            default -> throw new IllegalStateException("unknown sampler " + command.sampler());
        };
    }

    public Pruner pruner() {
        StudyCommand.Pruning p = command.pruning();
        if (p == null) {
            return new NopPruner();
        }
        Direction d = Direction.valueOf(p.direction());
        return switch (command.pruner()) {
            case "MEDIAN" -> new MedianPruner(d, p.startupTrials(), p.warmupSteps(), 1, 1);
            case "SUCCESSIVE_HALVING" -> new SuccessiveHalvingPruner(d, p.minResource(), p.reductionFactor(), 0);
            case "ASHA" -> new AshaPruner(d, p.minResource(), p.maxResource(), p.reductionFactor(), 0);
            case "HYPERBAND" -> new HyperbandPruner(d, p.minResource(), p.maxResource(), p.reductionFactor(),
                    command.name());
            default -> new NopPruner();
        };
    }

    /**
     * The hyperparameters of trial with {@code params}: the template's fixed values, overridden by
     * the searched ones (NAS: the architecture's MLP settings).
     */
    public Map<String, Object> hyperparameters(Map<String, Object> params) {
        Map<String, Object> h = new LinkedHashMap<>(command.trial().hyperparameters());
        if (kind == StudyKind.NAS) {
            Map<String, Object> architecture = nasSpace().fromParams(params).toHyperparameters();
            architecture.remove("skip"); // never allowed: the worker's MLP has no skip connections
            h.putAll(architecture);
        } else {
            h.putAll(params);
        }
        return h;
    }

    private static StudyCommand.Pruning pruning(StudyCommand c, String pruner, List<FieldError> problems) {
        if ("NONE".equals(pruner)) {
            return null;
        }
        StudyCommand.Pruning p = c.pruning() == null
                ? new StudyCommand.Pruning(null, null, null, null, null, null, null) : c.pruning();
        String metric = p.metric() != null && !p.metric().isBlank() ? p.metric().strip()
                : STEP_METRICS.get(c.trial().algorithm());
        if (metric == null) {
            problems.add(new FieldError("pruning.metric", "is required: say which per-step metric of "
                    + c.trial().algorithm() + " the pruner watches (e.g. validation_logloss)"));
        }
        String direction = upper(p.direction(), "validation_loss".equals(metric) || metric == null
                || metric.endsWith("loss") || metric.endsWith("error") ? "MINIMIZE" : "MAXIMIZE");
        if (!direction.equals("MINIMIZE") && !direction.equals("MAXIMIZE")) {
            problems.add(new FieldError("pruning.direction", "must be MINIMIZE or MAXIMIZE, but is '"
                    + p.direction() + "'"));
        }
        long min = p.minResource() == null ? 1 : p.minResource();
        long max = p.maxResource() != null ? p.maxResource() : budget(c);
        if (min < 1) {
            problems.add(new FieldError("pruning.minResource", "must be >= 1, but is " + min));
        }
        if (max < min) {
            problems.add(new FieldError("pruning.maxResource", "must be >= minResource=" + min + ", but is " + max));
        }
        int eta = p.reductionFactor() == null ? 3 : p.reductionFactor();
        if (eta < 2) {
            problems.add(new FieldError("pruning.reductionFactor", "must be >= 2, but is " + eta));
        }
        return new StudyCommand.Pruning(metric, direction, min, max, eta,
                p.startupTrials() == null ? 5 : p.startupTrials(), p.warmupSteps() == null ? 0 : p.warmupSteps());
    }

    /** The trial's full budget in steps: its fixed epochs or rounds, else 100. */
    private static long budget(StudyCommand c) {
        String key = BUDGETS.get(c.trial().algorithm());
        Object fixed = key == null || c.trial().hyperparameters() == null ? null : c.trial().hyperparameters().get(key);
        return fixed instanceof Number n ? n.longValue() : 100;
    }

    private static StudyCommand.Nas nas(StudyCommand.Nas n) {
        StudyCommand.Nas x = n == null ? new StudyCommand.Nas(null, null, null, null, null, null, null, null, null,
                null, null) : n;
        return new StudyCommand.Nas(x.minLayers() == null ? 1 : x.minLayers(), x.maxLayers() == null ? 4 : x.maxLayers(),
                x.widths() == null ? List.of(16, 32, 64, 128, 256) : x.widths(),
                x.activations() == null ? List.of("relu", "tanh", "sigmoid", "gelu") : x.activations(),
                x.dropouts() == null ? List.of(0.0, 0.1, 0.2, 0.3) : x.dropouts(),
                x.batchNorm() == null || x.batchNorm(),
                x.costMetric() == null || x.costMetric().isBlank() ? "predict_latency_p99_ms" : x.costMetric().strip(),
                x.costTarget(), x.costWeight() == null ? -0.07 : x.costWeight(),
                x.populationSize() == null ? 20 : x.populationSize(), x.sampleSize() == null ? 5 : x.sampleSize());
    }

    private static int bounded(Integer value, int fallback, int min, int max, String field, List<FieldError> problems) {
        int v = value == null ? fallback : value;
        if (v < min || v > max) {
            problems.add(new FieldError(field, "must be in [" + min + ", " + max + "], but is " + v));
        }
        return v;
    }

    private static String upper(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value.strip().toUpperCase(Locale.ROOT);
    }

    private static int intOption(Map<String, Object> o, String key, int fallback) {
        Object v = o.get(key);
        if (v == null) {
            return fallback;
        }
        if (!(v instanceof Number n) || n.doubleValue() != Math.rint(n.doubleValue())) {
            throw CharterException.invalid("samplerOptions." + key, "must be an integer, but is " + v);
        }
        return n.intValue();
    }

    private static boolean boolOption(Map<String, Object> o, String key, boolean fallback) {
        Object v = o.get(key);
        if (v == null) {
            return fallback;
        }
        if (!(v instanceof Boolean b)) {
            throw CharterException.invalid("samplerOptions." + key, "must be true or false, but is " + v);
        }
        return b;
    }
}
