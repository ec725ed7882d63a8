package io.charter.worker.training.smile;

import static io.charter.worker.training.TrainingFixtures.accuracy;
import static io.charter.worker.training.TrainingFixtures.auc;
import static org.assertj.core.api.Assertions.assertThat;

import io.charter.governance.eval.TaskType;
import io.charter.worker.training.AlgorithmSpec;
import io.charter.worker.training.Algorithms;
import io.charter.worker.training.ClassificationModel;
import io.charter.worker.training.TrainedModel;
import io.charter.worker.training.TrainingFixtures;
import io.charter.worker.training.TrainingFixtures.Split;
import io.charter.worker.training.TrainingRequest;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SmileClassifiersTest {

    private static final Split BINARY = TrainingFixtures.binary(600, 1);
    private static final Split CIRCLE = TrainingFixtures.circle(600, 2);
    private static final Split MULTI = TrainingFixtures.multiclass(600, 3);

    @TempDir
    Path dir;

    @Test
    void shouldLearnBinaryLogisticRegressionAndRoundTrip() throws Exception {
        TrainingRequest request = TrainingRequest.of(new AlgorithmSpec("logistic_regression", Map.of("lambda", 0.5)),
                TaskType.BINARY_CLASSIFICATION, BINARY.train(), 7);
        try (TrainedModel model = Algorithms.train(request)) {
            ClassificationModel classifier = model.asClassification();
            // Bayes AUC of the generating process is about 0.9; chance is 0.5
            assertThat(auc(BINARY.test().classes(), classifier.predictProba(BINARY.test().x()))).isGreaterThan(0.85);
            assertThat(model.info().classCount()).isEqualTo(2);
            assertThat(model.info().library()).isEqualTo("smile");
            assertThat(model.info().libraryVersion()).isEqualTo("2.6.0");
            assertThat(model.info().hyperparameters()).containsEntry("lambda", 0.5).containsEntry("maxIter", 500);
            TrainingFixtures.assertSaveLoadIdentical(model, BINARY.test().x(), dir);
        }
        TrainingFixtures.assertReproducible(request, BINARY.test().x());
    }

    @Test
    void shouldLearnMulticlassLogisticRegression() {
        TrainingRequest request = TrainingRequest.of(AlgorithmSpec.of("logistic_regression"),
                TaskType.MULTICLASS_CLASSIFICATION, MULTI.train(), 7);
        try (TrainedModel model = Algorithms.train(request)) {
            ClassificationModel classifier = model.asClassification();
            double[][] p = classifier.predictProba(MULTI.test().x());
            assertThat(p[0]).hasSize(3);
            assertThat(p[0][0] + p[0][1] + p[0][2]).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
            // three classes 3 sd apart: about 0.9 is reachable, chance is 1/3
            assertThat(accuracy(MULTI.test().classes(), classifier.predict(MULTI.test().x()))).isGreaterThan(0.8);
        }
    }

    @Test
    void shouldLearnNonlinearBoundaryWithDecisionTree() throws Exception {
        TrainingRequest request = TrainingRequest.of(new AlgorithmSpec("decision_tree",
                Map.of("maxDepth", 8, "splitRule", "entropy")), TaskType.BINARY_CLASSIFICATION, CIRCLE.train(), 7);
        try (TrainedModel model = Algorithms.train(request)) {
            // a linear model stays near the majority rate (~0.6) on the circle; a tree gets well above
            assertThat(accuracy(CIRCLE.test().classes(), model.asClassification().predict(CIRCLE.test().x())))
                    .isGreaterThan(0.85);
            TrainingFixtures.assertSaveLoadIdentical(model, CIRCLE.test().x(), dir);
        }
        TrainingFixtures.assertReproducible(request, CIRCLE.test().x());
    }

    @Test
    void shouldLearnMulticlassDecisionTree() {
        TrainingRequest request = TrainingRequest.of(new AlgorithmSpec("decision_tree", Map.of("maxDepth", 5)),
                TaskType.MULTICLASS_CLASSIFICATION, MULTI.train(), 7);
        try (TrainedModel model = Algorithms.train(request)) {
            assertThat(accuracy(MULTI.test().classes(), model.asClassification().predict(MULTI.test().x())))
                    .isGreaterThan(0.8);
        }
    }

    @Test
    void shouldLearnCircleWithGaussianSvmAndCalibrateOnValidation() throws Exception {
        TrainingRequest request = TrainingRequest.of(new AlgorithmSpec("svm", Map.of("C", 5, "sigma", 1.0)),
                TaskType.BINARY_CLASSIFICATION, CIRCLE.train(), 7).withValidation(CIRCLE.test());
        try (TrainedModel model = Algorithms.train(request)) {
            ClassificationModel svm = model.asClassification();
            assertThat(accuracy(CIRCLE.test().classes(), svm.predict(CIRCLE.test().x()))).isGreaterThan(0.85);
            assertThat(auc(CIRCLE.test().classes(), svm.predictProba(CIRCLE.test().x()))).isGreaterThan(0.9);
            assertThat(model.info().details()).containsEntry("probability", "platt scaling on the validation set");
            assertThat(model.info().hyperparameters()).containsEntry("kernel", "gaussian").containsEntry("sigma", 1.0);
            TrainingFixtures.assertSaveLoadIdentical(model, CIRCLE.test().x(), dir);
        }
        TrainingFixtures.assertReproducible(request, CIRCLE.test().x());
    }

    @Test
    void shouldLearnLinearSvmWithoutSigma() {
        TrainingRequest request = TrainingRequest.of(new AlgorithmSpec("svm", Map.of("kernel", "linear")),
                TaskType.BINARY_CLASSIFICATION, BINARY.train(), 7);
        try (TrainedModel model = Algorithms.train(request)) {
            assertThat(auc(BINARY.test().classes(), model.asClassification().predictProba(BINARY.test().x())))
                    .isGreaterThan(0.85);
            assertThat(model.info().hyperparameters()).doesNotContainKey("sigma");
            assertThat(model.info().details()).containsEntry("probability", "platt scaling on the training set");
        }
    }
}
