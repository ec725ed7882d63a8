package io.charter.study.service;

import io.charter.training.service.JobCommand;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A study as a client submits it ({@code POST /api/v1/projects/{id}/studies}).
 *
 * @param name              unique in the project
 * @param objective         the run metric to optimise; default: the project's first KPI
 * @param constraints       bounds on further run metrics (e.g. {@code predict_latency_p99_ms ≤ 5});
 *                          a trial outside them is recorded as infeasible and never chosen as best
 * @param searchSpace       HPO: {@code {"<param>": {"type": "float"|"int"|"categorical", "low", "high",
 *                          "log", "step", "choices", "condition": {"param", "in"}}}}; merged over the
 *                          trial template's fixed hyperparameters
 * @param nas               NAS: the architecture space (instead of {@code searchSpace}); sampler
 *                          NAS_RANDOM or NAS_EVOLUTION
 * @param sampler           GRID, RANDOM, TPE (default), NAS_RANDOM, NAS_EVOLUTION
 * @param samplerOptions    TPE: {@code multivariate} (default true), {@code constantLiar} (default
 *                          true), {@code startupTrials} (10), {@code eiCandidates} (24); GRID:
 *                          {@code floatPoints} (5)
 * @param pruner            NONE (default), MEDIAN, SUCCESSIVE_HALVING, ASHA, HYPERBAND
 * @param pruning           what the pruner watches and its rungs
 * @param maxTrials         1–1000 (default 20)
 * @param parallelism       trials running at once, 1–32 (default 2); the tenant's job quota applies too
 * @param timeBudgetSeconds no new trial after this much running time (optional)
 * @param seed              every suggestion derives from it (default 42)
 * @param trial             what each trial trains: data, algorithm, fixed hyperparameters, resources
 */
public record StudyCommand(
        @NotBlank @Size(max = 256) String name,
        @Valid Objective objective,
        List<@Valid Constraint> constraints,
        Map<String, Object> searchSpace,
        @Valid Nas nas,
        String sampler,
        Map<String, Object> samplerOptions,
        String pruner,
        @Valid Pruning pruning,
        Integer maxTrials,
        Integer parallelism,
        Long timeBudgetSeconds,
        Long seed,
        @NotNull @Valid TrialTemplate trial) {

    /** @param metric a run metric (final, as the worker reports it); @param direction MINIMIZE or MAXIMIZE */
    public record Objective(@NotBlank @Size(max = 250) String metric, String direction) {
    }

    /** @param metric a run metric; @param min lowest allowed value; @param max highest allowed value */
    public record Constraint(@NotBlank @Size(max = 250) String metric, Double min, Double max) {
    }

    /**
     * @param metric          the intermediate metric reported per epoch or round (default
     *                        {@code validation_loss} for the MLP)
     * @param direction       its direction (default MINIMIZE)
     * @param minResource     the first rung's step (default 1)
     * @param maxResource     the last step a trial can reach (default: the trial's epochs or rounds)
     * @param reductionFactor η, ≥ 2 (default 3)
     * @param startupTrials   MEDIAN: trials that finish before anything is pruned (default 5)
     * @param warmupSteps     MEDIAN: steps of a trial before it can be pruned (default 0)
     */
    public record Pruning(@Size(max = 250) String metric, String direction, Long minResource, Long maxResource,
                          Integer reductionFactor, Integer startupTrials, Integer warmupSteps) {
    }

    /**
     * The architecture space of a NAS study over the worker's MLP.
     *
     * @param minLayers      hidden layers, at least (default 1)
     * @param maxLayers      hidden layers, at most (default 4)
     * @param widths         widths a layer may have (default 16, 32, 64, 128, 256)
     * @param activations    relu, tanh, sigmoid, gelu (default all)
     * @param dropouts       dropout rates (default 0, 0.1, 0.2, 0.3)
     * @param batchNorm      whether batch normalization may be chosen (default true)
     * @param costMetric     the second objective: a run metric such as {@code predict_latency_p99_ms}
     *                       (default) or {@code model_size_bytes}; lower is better
     * @param costTarget     MnasNet reward's target cost for evolution's tournaments (default: none,
     *                       tournaments use the objective alone)
     * @param costWeight     MnasNet's exponent w (default −0.07)
     * @param populationSize regularized evolution's population P (default 20)
     * @param sampleSize     its tournament size S (default 5)
     */
    public record Nas(Integer minLayers, Integer maxLayers, List<Integer> widths, List<String> activations,
                      List<Double> dropouts, Boolean batchNorm, @Size(max = 250) String costMetric, Double costTarget,
                      Double costWeight, Integer populationSize, Integer sampleSize) {
    }

    /**
     * @param pipelineFitId   the fitted pipeline every trial reads its data through
     * @param algorithm       the catalog algorithm (NAS: mlp)
     * @param hyperparameters fixed values; searched parameters override them
     * @param resources       per trial
     * @param maxAttempts     per trial (default 2)
     */
    public record TrialTemplate(@NotNull UUID pipelineFitId, @NotBlank @Size(max = 64) String algorithm,
                                Map<String, Object> hyperparameters, @Valid JobCommand.ResourceRequest resources,
                                Integer maxAttempts) {
    }
}
