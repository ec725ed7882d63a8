package io.charter.worker.training;

import static io.charter.governance.eval.TaskType.BINARY_CLASSIFICATION;
import static io.charter.governance.eval.TaskType.CLUSTERING;
import static io.charter.governance.eval.TaskType.MULTICLASS_CLASSIFICATION;
import static io.charter.governance.eval.TaskType.REGRESSION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.charter.governance.eval.TaskType;
import io.charter.governance.pipeline.SpecProblem;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SpecCheckTest {

    @Test
    void shouldListEveryAlgorithmOnce() {
        assertThat(Algorithms.definitions()).extracting(AlgorithmDefinition::name).containsExactly("dbscan",
                "decision_tree", "kmeans", "lasso", "linear_regression", "logistic_regression", "mlp", "random_forest",
                "ridge", "svm", "xgboost");
        assertThat(Algorithms.definition("xgboost")).get().extracting(AlgorithmDefinition::library).isEqualTo("xgboost");
    }

    @Test
    void shouldRejectUnknownAlgorithm() {
        assertThat(Algorithms.check(AlgorithmSpec.of("xgb"), BINARY_CLASSIFICATION)).containsExactly(
                new SpecProblem("algorithm", "must be one of [dbscan, decision_tree, kmeans, lasso, linear_regression, "
                        + "logistic_regression, mlp, random_forest, ridge, svm, xgboost], but is \"xgb\""));
        assertThat(Algorithms.check(new AlgorithmSpec(null, Map.of()), REGRESSION)).extracting(SpecProblem::message)
                .singleElement().asString().endsWith("but is null");
    }

    @Test
    void shouldRejectAlgorithmThatDoesNotFitTheTask() {
        assertThat(Algorithms.check(AlgorithmSpec.of("kmeans"), BINARY_CLASSIFICATION)).containsExactly(
                new SpecProblem("algorithm", "must be an algorithm for BINARY_CLASSIFICATION [decision_tree, "
                        + "logistic_regression, mlp, random_forest, svm, xgboost], but is \"kmeans\", which supports "
                        + "CLUSTERING"));
        assertThat(Algorithms.check(AlgorithmSpec.of("mlp"), CLUSTERING)).extracting(SpecProblem::path)
                .containsExactly("algorithm");
        assertThat(Algorithms.check(AlgorithmSpec.of("mlp"), null)).containsExactly(
                new SpecProblem("task", "must be a task type, but is missing"));
    }

    @Test
    void shouldReportOutOfRangeValueWithExpectedAndActual() {
        assertThat(Algorithms.check(new AlgorithmSpec("mlp", Map.of("learningRate", 5)), BINARY_CLASSIFICATION))
                .containsExactly(new SpecProblem("hyperparameters.learningRate", "must be > 0 and ≤ 1, but is 5"));
        assertThat(Algorithms.check(new AlgorithmSpec("xgboost", Map.of("eta", 0, "numRounds", 0)), REGRESSION))
                .containsExactly(
                        new SpecProblem("hyperparameters.numRounds", "must be ≥ 1 and ≤ 10000, but is 0"),
                        new SpecProblem("hyperparameters.eta", "must be > 0 and ≤ 1, but is 0"));
        assertThat(Algorithms.check(new AlgorithmSpec("mlp", Map.of("dropout", 1.0)), REGRESSION)).containsExactly(
                new SpecProblem("hyperparameters.dropout", "must be ≥ 0 and < 1, but is 1"));
    }

    @Test
    void shouldReportWrongTypes() {
        Map<String, Object> h = new HashMap<>();
        h.put("maxDepth", 2.5);
        h.put("eta", Double.NaN);
        h.put("subsample", "0.5");
        h.put("lambda", null);
        assertThat(Algorithms.check(new AlgorithmSpec("xgboost", h), REGRESSION)).containsExactly(
                new SpecProblem("hyperparameters.maxDepth", "must be an integer ≥ 1 and ≤ 32, but is 2.5"),
                new SpecProblem("hyperparameters.eta", "must be a finite number > 0 and ≤ 1, but is NaN"),
                new SpecProblem("hyperparameters.subsample", "must be a finite number > 0 and ≤ 1, but is \"0.5\""),
                new SpecProblem("hyperparameters.lambda", "must be a finite number ≥ 0 and ≤ 1000000, but is null"));
        assertThat(Algorithms.check(new AlgorithmSpec("mlp", Map.of("batchNorm", "yes", "activation", "swish",
                "layers", 64)), REGRESSION)).containsExactly(
                new SpecProblem("hyperparameters.layers", "must be a list of integers, but is 64"),
                new SpecProblem("hyperparameters.activation", "must be one of [relu, tanh, sigmoid, gelu], but is \"swish\""),
                new SpecProblem("hyperparameters.batchNorm", "must be true or false, but is \"yes\""));
    }

    @Test
    void shouldCheckEveryElementOfALayerList() {
        assertThat(Algorithms.check(new AlgorithmSpec("mlp", Map.of("layers", List.of(64, 0, 8.5))), REGRESSION))
                .containsExactly(
                        new SpecProblem("hyperparameters.layers[1]", "must be ≥ 1 and ≤ 4096, but is 0"),
                        new SpecProblem("hyperparameters.layers[2]", "must be an integer ≥ 1 and ≤ 4096, but is 8.5"));
        assertThat(Algorithms.check(new AlgorithmSpec("mlp", Map.of("layers", List.of(1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
                1, 1, 1, 1, 1, 1))), REGRESSION)).containsExactly(
                new SpecProblem("hyperparameters.layers", "must have 0 to 16 elements, but has 17"));
    }

    @Test
    void shouldRejectUnknownHyperparametersAndSuggestTheSpelledName() {
        assertThat(Algorithms.check(new AlgorithmSpec("mlp", Map.of("learning_rate", 0.1)), REGRESSION))
                .containsExactly(new SpecProblem("hyperparameters.learning_rate",
                        "is not a hyperparameter of mlp, but is given; did you mean \"learningRate\"?"));
        assertThat(Algorithms.check(new AlgorithmSpec("ridge", Map.of("alpha", 0.1)), REGRESSION)).containsExactly(
                new SpecProblem("hyperparameters.alpha", "is not a hyperparameter of ridge, but is given; "
                        + "ridge reads lambda"));
    }

    @Test
    void shouldRejectHyperparameterItsConditionDoesNotRead() {
        assertThat(Algorithms.check(new AlgorithmSpec("svm", Map.of("kernel", "linear", "sigma", 2)),
                BINARY_CLASSIFICATION)).containsExactly(new SpecProblem("hyperparameters.sigma",
                "is only read with kernel \"gaussian\", but kernel is \"linear\""));
        assertThat(Algorithms.check(new AlgorithmSpec("mlp", Map.of("momentum", 0.5)), REGRESSION)).containsExactly(
                new SpecProblem("hyperparameters.momentum",
                        "is only read with optimizer \"momentum\" or \"nesterov\", but optimizer is \"adam\""));
        assertThat(Algorithms.check(new AlgorithmSpec("decision_tree", Map.of("splitRule", "gini")), REGRESSION))
                .containsExactly(new SpecProblem("hyperparameters.splitRule",
                        "is only read for BINARY_CLASSIFICATION or MULTICLASS_CLASSIFICATION, but the task is REGRESSION"));
    }

    @Test
    void shouldOfferLossesOfTheTaskOnly() {
        assertThat(Algorithms.check(new AlgorithmSpec("mlp", Map.of("loss", "mse")), BINARY_CLASSIFICATION))
                .containsExactly(new SpecProblem("hyperparameters.loss",
                        "must be one of [bce, cross_entropy] for BINARY_CLASSIFICATION, but is \"mse\""));
        assertThat(Algorithms.check(new AlgorithmSpec("mlp", Map.of("loss", "bce")), MULTICLASS_CLASSIFICATION))
                .extracting(SpecProblem::message).containsExactly(
                        "must be one of [cross_entropy] for MULTICLASS_CLASSIFICATION, but is \"bce\"");
        assertThat(Algorithms.check(new AlgorithmSpec("mlp", Map.of("loss", "huber")), REGRESSION)).isEmpty();
    }

    @Test
    void shouldResolveEveryDefaultExplicitly() {
        ResolvedSpec mlp = Algorithms.resolve(new AlgorithmSpec("mlp", Map.of("optimizer", "nesterov",
                "learningRate", 0.01, "epochs", 5.0)), BINARY_CLASSIFICATION);
        assertThat(mlp.hyperparameters()).containsExactlyEntriesOf(new java.util.TreeMap<>(Map.ofEntries(
                Map.entry("activation", "relu"), Map.entry("batchNorm", false), Map.entry("batchSize", 32),
                Map.entry("dropout", 0.0), Map.entry("earlyStoppingPatience", 0), Map.entry("epochs", 5),
                Map.entry("initializer", "he"), Map.entry("layers", List.of(64, 64)),
                Map.entry("learningRate", 0.01), Map.entry("loss", "bce"), Map.entry("momentum", 0.9),
                Map.entry("optimizer", "nesterov"), Map.entry("schedule", "constant"),
                Map.entry("weightDecay", 0.0))));
        assertThat(mlp.integer("epochs")).isEqualTo(5);
        ResolvedSpec xgboost = Algorithms.resolve(AlgorithmSpec.of("xgboost"), REGRESSION);
        assertThat(xgboost.hyperparameters()).containsExactlyEntriesOf(new java.util.TreeMap<>(Map.of(
                "numRounds", 100, "maxDepth", 6, "eta", 0.3, "subsample", 1.0, "colsample", 1.0, "lambda", 1.0,
                "alpha", 0.0, "minChildWeight", 1.0, "earlyStoppingRounds", 0)));
    }

    @Test
    void shouldResolveDefaultsOfEveryAlgorithmForEveryTaskAndAgainToTheSame() {
        for (AlgorithmDefinition definition : Algorithms.definitions()) {
            for (TaskType task : definition.tasks()) {
                ResolvedSpec resolved = Algorithms.resolve(AlgorithmSpec.of(definition.name()), task);
                assertThat(Algorithms.resolve(resolved.toSpec(), task)).as(definition.name() + " " + task)
                        .isEqualTo(resolved);
            }
        }
    }

    @Test
    void shouldThrowEveryProblemOnResolve() {
        assertThatThrownBy(() -> Algorithms.resolve(new AlgorithmSpec("random_forest", Map.of("numTrees", -1,
                "subsample", 1.0)), REGRESSION)).isInstanceOf(InvalidSpecException.class)
                .hasMessage("hyperparameters.numTrees must be ≥ 1 and ≤ 5000, but is -1; "
                        + "hyperparameters.subsample must be > 0 and < 1, but is 1")
                .extracting(e -> ((InvalidSpecException) e).problems()).asList().hasSize(2);
    }

    @Test
    void shouldDescribeRangesForSearchSpaces() {
        Hyperparameter eta = Algorithms.definition("xgboost").orElseThrow().hyperparameter("eta").orElseThrow();
        assertThat(eta.kind()).isEqualTo(Hyperparameter.Kind.NUMBER);
        assertThat(eta.lower()).isEqualTo(new Hyperparameter.Bound(0, false));
        assertThat(eta.upper()).isEqualTo(new Hyperparameter.Bound(1, true));
        assertThat(Arrays.asList(eta.rangeText(), eta.description())).containsExactly("> 0 and ≤ 1",
                "learning rate: shrinkage of each tree");
    }
}
