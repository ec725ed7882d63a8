package io.charter.worker.training;

import io.charter.governance.eval.TaskType;
import io.charter.governance.pipeline.SpecProblem;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * The training library's entry point: the catalog of algorithms, spec checking and resolution,
 * training and loading. The families ({@code smile}, {@code xgboost}, {@code djl}) are found with
 * {@link ServiceLoader}; each algorithm name belongs to exactly one family.
 *
 * <pre>{@code
 * List<SpecProblem> problems = Algorithms.check(spec, TaskType.BINARY_CLASSIFICATION);
 * try (TrainedModel model = Algorithms.train(TrainingRequest.of(spec, task, train, seed).withValidation(valid))) {
 *     double[][] p = model.asClassification().predictProba(test);
 *     model.save(dir);
 * }
 * }</pre>
 */
public final class Algorithms {

    private static final Map<String, AlgorithmFamily> FAMILIES = new LinkedHashMap<>();
    private static final Map<String, AlgorithmDefinition> CATALOG = new LinkedHashMap<>();

    static {
        for (AlgorithmFamily family : ServiceLoader.load(AlgorithmFamily.class, Algorithms.class.getClassLoader())) {
            FAMILIES.put(family.library(), family);
            for (AlgorithmDefinition definition : family.algorithms()) {
                AlgorithmDefinition before = CATALOG.putIfAbsent(definition.name(), definition);
                if (before != null) {
                    throw new IllegalStateException("algorithm " + definition.name() + " is defined by both "
                            + before.library() + " and " + definition.library());
                }
            }
        }
    }

    private Algorithms() {
    }

    /** Every algorithm, by name. */
    public static List<AlgorithmDefinition> definitions() {
        return CATALOG.values().stream().sorted(Comparator.comparing(AlgorithmDefinition::name)).toList();
    }

    public static Optional<AlgorithmDefinition> definition(String name) {
        return Optional.ofNullable(CATALOG.get(name));
    }

    /** Every problem of {@code spec} for {@code task}; empty if it can be trained. */
    public static List<SpecProblem> check(AlgorithmSpec spec, TaskType task) {
        return SpecChecker.run(spec, task, CATALOG).problems();
    }

    /** Every problem of the spec and of the data of {@code request}. */
    public static List<SpecProblem> check(TrainingRequest request) {
        SpecChecker.Result result = SpecChecker.run(request.spec(), request.task(), CATALOG);
        if (!result.problems().isEmpty()) {
            return result.problems();
        }
        return inputProblems(request, result).problems();
    }

    /**
     * The spec with every hyperparameter explicit.
     *
     * @throws InvalidSpecException listing every problem
     */
    public static ResolvedSpec resolve(AlgorithmSpec spec, TaskType task) {
        SpecChecker.Result result = SpecChecker.run(spec, task, CATALOG);
        if (!result.problems().isEmpty()) {
            throw new InvalidSpecException(result.problems());
        }
        return result.spec();
    }

    /**
     * Checks the request, then trains.
     *
     * @throws InvalidSpecException       listing every problem of the spec, the data or the checkpoint
     * @throws TrainingDivergedException  when the loss became NaN or infinite
     */
    public static TrainedModel train(TrainingRequest request) {
        SpecChecker.Result result = SpecChecker.run(request.spec(), request.task(), CATALOG);
        if (!result.problems().isEmpty()) {
            throw new InvalidSpecException(result.problems());
        }
        InputCheck.Result input = inputProblems(request, result);
        if (!input.problems().isEmpty()) {
            throw new InvalidSpecException(input.problems());
        }
        String sha = Fingerprint.of(request.train(), request.validation());
        ResolvedSpec spec = result.spec();
        if (request.resumeFrom() != null) {
            checkResume(request, spec, sha);
        }
        TrainingJob job = new TrainingJob(spec, request.train(), request.validation(), request.seed(),
                request.threads(), request.checkpointEvery(), request.listener(), request.resumeFrom(),
                input.classCount(), sha);
        return FAMILIES.get(result.definition().library()).train(job);
    }

    /** Loads a model saved by {@link TrainedModel#save}. */
    public static TrainedModel load(Path dir) throws IOException {
        ModelInfo info = ModelDirectory.readInfo(dir);
        AlgorithmFamily family = FAMILIES.get(info.library());
        if (family == null || !CATALOG.containsKey(info.algorithm())) {
            throw new IOException(dir + " holds a " + info.library() + " " + info.algorithm()
                    + " model, which this worker cannot load (it knows " + CATALOG.keySet() + ")");
        }
        return family.load(dir, info);
    }

    private static InputCheck.Result inputProblems(TrainingRequest request, SpecChecker.Result result) {
        InputCheck.Result input = InputCheck.run(request, result.definition());
        if (!input.problems().isEmpty()) {
            return input;
        }
        List<SpecProblem> problems = FAMILIES.get(result.definition().library()).checkInput(result.spec(), request);
        return new InputCheck.Result(problems, input.classCount());
    }

    private static void checkResume(TrainingRequest request, ResolvedSpec spec, String sha) {
        Checkpoint c = request.resumeFrom();
        List<String> differences = new ArrayList<>();
        if (!c.algorithm().equals(spec.algorithm()) || c.task() != spec.task()) {
            differences.add("it is of " + c.algorithm() + " for " + c.task());
        } else if (!c.hyperparameters().equals(spec.hyperparameters())) {
            differences.add("its hyperparameters are " + c.hyperparameters());
        }
        if (c.seed() != request.seed()) {
            differences.add("its seed is " + c.seed());
        }
        if (!c.trainingDataSha256().equals(sha)) {
            differences.add("it was trained on other data (SHA-256 " + c.trainingDataSha256() + ")");
        }
        if (!differences.isEmpty()) {
            throw new InvalidSpecException(List.of(new SpecProblem("resumeFrom", "must be a checkpoint of this run "
                    + "(same algorithm, hyperparameters " + spec.hyperparameters() + ", seed " + request.seed()
                    + " and data), but " + String.join(", ", differences))));
        }
    }
}
