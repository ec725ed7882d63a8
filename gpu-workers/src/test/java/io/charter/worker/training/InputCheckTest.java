package io.charter.worker.training;

import static io.charter.governance.eval.TaskType.BINARY_CLASSIFICATION;
import static io.charter.governance.eval.TaskType.CLUSTERING;
import static io.charter.governance.eval.TaskType.MULTICLASS_CLASSIFICATION;
import static io.charter.governance.eval.TaskType.REGRESSION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.charter.governance.pipeline.SpecProblem;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InputCheckTest {

    private static final double[][] X = {{1, 2}, {3, 4}, {5, 6}, {7, 8}};

    @Test
    void shouldAcceptValidInputs() {
        assertThat(Algorithms.check(request("logistic_regression", BINARY_CLASSIFICATION,
                Samples.classification(X, new int[] {0, 1, 0, 1})))).isEmpty();
    }

    @Test
    void shouldNameRaggedRowsAndMissingFeatures() {
        double[][] ragged = {{1, 2}, {3}, {5, 6}, {7, 8, 9}};
        assertThat(Algorithms.check(request("ridge", REGRESSION, Samples.regression(ragged, new double[4]))))
                .containsExactly(new SpecProblem("train.x[1]", "must have 2 features like train.x[0], but has 1"));
        assertThat(Algorithms.check(request("ridge", REGRESSION, Samples.regression(new double[0][], new double[0]))))
                .containsExactly(new SpecProblem("train.x", "must have at least one row, but has none"));
    }

    @Test
    void shouldAcceptMissingValuesOnlyWhereTheAlgorithmDoes() {
        double[][] x = {{1, Double.NaN}, {3, 4}, {Double.NaN, 6}, {7, 8}};
        int[] y = {0, 1, 0, 1};
        assertThat(Algorithms.check(request("xgboost", BINARY_CLASSIFICATION, Samples.classification(x, y)))).isEmpty();
        assertThat(Algorithms.check(request("decision_tree", BINARY_CLASSIFICATION, Samples.classification(x, y))))
                .containsExactly(new SpecProblem("train.x[0][1]", "must be a number (decision_tree does not accept "
                        + "missing values; impute them first), but is NaN (1 more such cells)"));
    }

    @Test
    void shouldRejectInfiniteAndSinglePrecisionOverflowingValues() {
        double[][] x = {{1, Double.POSITIVE_INFINITY}, {3, 1e300}, {5, 6}, {7, 8}};
        assertThat(Algorithms.check(request("xgboost", REGRESSION, Samples.regression(x, new double[4]))))
                .containsExactly(
                        new SpecProblem("train.x[0][1]", "must be finite (NaN marks a missing value), but is Infinity"),
                        new SpecProblem("train.x[1][1]", "must be within ±3.4028235E38 (xgboost computes in single "
                                + "precision), but is 1.0E300"));
        assertThat(Algorithms.check(request("ridge", REGRESSION, Samples.regression(new double[][] {{1e300}, {2}},
                new double[] {1, 2})))).isEmpty();
    }

    @Test
    void shouldCheckClassLabels() {
        assertThat(Algorithms.check(request("svm", BINARY_CLASSIFICATION, Samples.classification(X,
                new int[] {0, 1, 2, 1})))).containsExactly(
                new SpecProblem("train.y[2]", "must be 0 or 1 for BINARY_CLASSIFICATION, but is 2"));
        assertThat(Algorithms.check(request("logistic_regression", MULTICLASS_CLASSIFICATION, Samples.classification(X,
                new int[] {0, 2, 2, 3})))).containsExactly(new SpecProblem("train.y", "must contain every class 0..3 "
                + "(classes are indexes, and a model cannot learn a class it never sees), but class 1 is absent"));
        assertThat(Algorithms.check(request("mlp", BINARY_CLASSIFICATION, Samples.classification(X, new int[] {0, 1}))))
                .containsExactly(new SpecProblem("train.y", "must have one class per row (4), but has 2"));
        assertThat(Algorithms.check(request("mlp", BINARY_CLASSIFICATION, Samples.regression(X, new double[4]))))
                .containsExactly(new SpecProblem("train.y", "must be class indexes 0..k-1 for BINARY_CLASSIFICATION, "
                        + "but is missing"));
    }

    @Test
    void shouldCheckValidationAgainstTraining() {
        TrainingRequest request = request("logistic_regression", BINARY_CLASSIFICATION,
                Samples.classification(X, new int[] {0, 1, 0, 1}))
                .withValidation(Samples.classification(new double[][] {{1, 2, 3}, {4, 5}}, new int[] {1, 2}));
        assertThat(Algorithms.check(request)).containsExactly(
                new SpecProblem("validation.x[0]", "must have 2 features like train.x, but has 3"),
                new SpecProblem("validation.y[1]", "must be 0 or 1 for BINARY_CLASSIFICATION, but is 2"));
    }

    @Test
    void shouldCheckRegressionTargets() {
        assertThat(Algorithms.check(request("linear_regression", REGRESSION, Samples.regression(X,
                new double[] {1, Double.NaN, 3, 4})))).containsExactly(
                new SpecProblem("train.y[1]", "must be a finite number, but is NaN"));
    }

    @Test
    void shouldCheckWhatOnlyTheDataRevealsAndTheRunOptions() {
        assertThat(Algorithms.check(new TrainingRequest(new AlgorithmSpec("kmeans", Map.of("k", 5)), CLUSTERING,
                Samples.unlabeled(X), null, 1, 0, -1, null, null))).containsExactly(
                new SpecProblem("threads", "must be ≥ 1, but is 0"),
                new SpecProblem("checkpointEvery", "must be ≥ 0 (0 = the default), but is -1"));
        assertThat(Algorithms.check(TrainingRequest.of(new AlgorithmSpec("kmeans", Map.of("k", 4)), CLUSTERING,
                Samples.unlabeled(X), 1))).isEmpty();
        assertThat(Algorithms.check(TrainingRequest.of(new AlgorithmSpec("kmeans", Map.of("k", 5)), CLUSTERING,
                Samples.unlabeled(X), 1))).containsExactly(new SpecProblem("hyperparameters.k",
                "must be at most the number of training rows (4), but is 5"));
    }

    @Test
    void shouldRefuseToTrainOnInvalidInput() {
        assertThatThrownBy(() -> Algorithms.train(request("ridge", REGRESSION, Samples.regression(X, null))))
                .isInstanceOf(InvalidSpecException.class)
                .hasMessage("train.y must be numeric targets for REGRESSION, but is missing");
    }

    @Test
    void shouldCheckPredictionInputWidth() {
        try (TrainedModel model = Algorithms.train(request("ridge", REGRESSION, Samples.regression(X,
                new double[] {1, 2, 3, 4})))) {
            assertThatThrownBy(() -> model.asRegression().predict(new double[][] {{1, 2}, {1, 2, 3}}))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("x[1] must have 2 features (as the training data had), but has 3");
            assertThatThrownBy(model::asClassification).isInstanceOf(IllegalStateException.class)
                    .hasMessage("ridge trained for REGRESSION is not a classifier");
        }
    }

    private static TrainingRequest request(String algorithm, io.charter.governance.eval.TaskType task, Samples train) {
        return TrainingRequest.of(AlgorithmSpec.of(algorithm), task, train, 1);
    }
}
