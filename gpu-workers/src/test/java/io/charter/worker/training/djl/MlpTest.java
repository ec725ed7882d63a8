package io.charter.worker.training.djl;

import static io.charter.worker.training.TrainingFixtures.accuracy;
import static io.charter.worker.training.TrainingFixtures.auc;
import static io.charter.worker.training.TrainingFixtures.r2;
import static org.assertj.core.api.Assertions.assertThat;

import io.charter.governance.eval.TaskType;
import io.charter.worker.training.AlgorithmSpec;
import io.charter.worker.training.Algorithms;
import io.charter.worker.training.TrainedModel;
import io.charter.worker.training.TrainingFixtures;
import io.charter.worker.training.TrainingFixtures.Recorder;
import io.charter.worker.training.TrainingFixtures.Split;
import io.charter.worker.training.TrainingRequest;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MlpTest {

    private static final Split BINARY = TrainingFixtures.binary(600, 41);
    private static final Split CIRCLE = TrainingFixtures.circle(600, 42);
    private static final Split MULTI = TrainingFixtures.multiclass(600, 43);
    private static final Split REGRESSION = TrainingFixtures.regression(600, 44);

    @TempDir
    Path dir;

    @Test
    void shouldLearnBinaryReportEpochMetricsAndRoundTrip() throws Exception {
        Recorder recorder = new Recorder();
        TrainingRequest request = TrainingRequest.of(spec(Map.of("layers", List.of(16), "learningRate", 0.01,
                "epochs", 10, "dropout", 0.1)), TaskType.BINARY_CLASSIFICATION, BINARY.train(), 5)
                .withValidation(BINARY.test()).withListener(recorder);
        try (TrainedModel model = Algorithms.train(request)) {
            double[][] p = model.asClassification().predictProba(BINARY.test().x());
            assertThat(auc(BINARY.test().classes(), p)).isGreaterThan(0.85);
            assertThat(p[0][0] + p[0][1]).isCloseTo(1.0, Offset.offset(1e-12));
            assertThat(recorder.steps("train_loss")).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
            assertThat(recorder.steps("validation_loss")).hasSize(10);
            assertThat(recorder.steps("learning_rate")).hasSize(10);
            assertThat(model.info().library()).isEqualTo("djl");
            assertThat(model.info().libraryVersion()).isEqualTo("0.36.0 (PyTorch 2.7.1)");
            assertThat(model.info().hyperparameters()).containsEntry("loss", "bce").containsEntry("optimizer", "adam")
                    .containsEntry("initializer", "he").doesNotContainKeys("momentum", "stepEpochs", "stepFactor");
            TrainingFixtures.assertSaveLoadIdentical(model, BINARY.test().x(), dir);
        }
        TrainingFixtures.assertReproducible(request.withListener(null), BINARY.test().x());
    }

    @Test
    void shouldLearnNonlinearBoundaryWithSoftmaxOverTwoClasses() {
        TrainingRequest request = TrainingRequest.of(spec(Map.of("layers", List.of(32, 32), "learningRate", 0.01,
                "epochs", 30, "loss", "cross_entropy")), TaskType.BINARY_CLASSIFICATION, CIRCLE.train(), 5);
        try (TrainedModel model = Algorithms.train(request)) {
            assertThat(model.asClassification().predictProba(CIRCLE.test().x())[0]).hasSize(2);
            assertThat(accuracy(CIRCLE.test().classes(), model.asClassification().predict(CIRCLE.test().x())))
                    .isGreaterThan(0.85);
        }
    }

    @Test
    void shouldLearnMulticlass() {
        TrainingRequest request = TrainingRequest.of(spec(Map.of("layers", List.of(16), "learningRate", 0.01,
                "epochs", 10)), TaskType.MULTICLASS_CLASSIFICATION, MULTI.train(), 5);
        try (TrainedModel model = Algorithms.train(request)) {
            assertThat(accuracy(MULTI.test().classes(), model.asClassification().predict(MULTI.test().x())))
                    .isGreaterThan(0.8);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"mse", "mae", "huber"})
    void shouldLearnRegressionWithEachLoss(String loss) throws Exception {
        TrainingRequest request = TrainingRequest.of(spec(Map.of("layers", List.of(32), "learningRate", 0.01,
                "epochs", 30, "loss", loss)), TaskType.REGRESSION, REGRESSION.train(), 5);
        try (TrainedModel model = Algorithms.train(request)) {
            assertThat(r2(REGRESSION.test().targets(), model.asRegression().predict(REGRESSION.test().x())))
                    .isGreaterThan(0.9);
            TrainingFixtures.assertSaveLoadIdentical(model, REGRESSION.test().x(), dir.resolve(loss));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sgd:0.1", "momentum:0.05", "nesterov:0.05", "adagrad:0.1", "rmsprop:0.005",
            "adam:0.01", "adamw:0.01"})
    void shouldLearnWithEveryOptimizer(String optimizerAndRate) {
        String[] parts = optimizerAndRate.split(":");
        Map<String, Object> h = new HashMap<>(Map.of("layers", List.of(16), "optimizer", parts[0],
                "learningRate", Double.parseDouble(parts[1]), "epochs", 8));
        if (parts[0].equals("adamw")) {
            h.put("weightDecay", 0.01);
        }
        TrainingRequest request = TrainingRequest.of(spec(h), TaskType.BINARY_CLASSIFICATION, BINARY.train(), 5);
        try (TrainedModel model = Algorithms.train(request)) {
            assertThat(auc(BINARY.test().classes(), model.asClassification().predictProba(BINARY.test().x())))
                    .as(optimizerAndRate).isGreaterThan(0.85);
        }
    }

    @Test
    void shouldLearnWithBatchNormGeluXavierDropoutAndCosineSchedule() {
        Recorder recorder = new Recorder();
        TrainingRequest request = TrainingRequest.of(spec(Map.of("layers", List.of(32, 16), "activation", "gelu",
                "initializer", "xavier", "batchNorm", true, "dropout", 0.2, "schedule", "cosine", "learningRate", 0.02,
                "epochs", 12)), TaskType.BINARY_CLASSIFICATION, CIRCLE.train(), 5).withListener(recorder);
        try (TrainedModel model = Algorithms.train(request)) {
            assertThat(accuracy(CIRCLE.test().classes(), model.asClassification().predict(CIRCLE.test().x())))
                    .isGreaterThan(0.85);
        }
        List<Double> rates = recorder.metrics.stream().filter(m -> m.name().equals("learning_rate"))
                .map(m -> m.value()).toList();
        assertThat(rates.get(0)).isEqualTo(0.02);
        assertThat(rates.get(6)).isCloseTo(0.01, Offset.offset(1e-12));
        assertThat(rates).isSortedAccordingTo((a, b) -> Double.compare(b, a));
    }

    @Test
    void shouldDecayLearningRateInStepsWithTanh() {
        Recorder recorder = new Recorder();
        TrainingRequest request = TrainingRequest.of(spec(Map.of("layers", List.of(16), "activation", "tanh",
                "optimizer", "momentum", "learningRate", 0.1, "schedule", "step", "stepEpochs", 3, "stepFactor", 0.5,
                "epochs", 7)), TaskType.BINARY_CLASSIFICATION, BINARY.train(), 5).withListener(recorder);
        try (TrainedModel model = Algorithms.train(request)) {
            assertThat(auc(BINARY.test().classes(), model.asClassification().predictProba(BINARY.test().x())))
                    .isGreaterThan(0.85);
        }
        assertThat(recorder.metrics.stream().filter(m -> m.name().equals("learning_rate")).map(m -> m.value()))
                .containsExactly(0.1, 0.1, 0.1, 0.05, 0.05, 0.05, 0.025);
    }

    @Test
    void shouldStopEarlyAndKeepTheBestEpoch() {
        Recorder recorder = new Recorder();
        TrainingRequest request = TrainingRequest.of(spec(Map.of("layers", List.of(64, 64), "learningRate", 0.01,
                "epochs", 300, "earlyStoppingPatience", 3)), TaskType.BINARY_CLASSIFICATION, BINARY.train(), 5)
                .withValidation(BINARY.test()).withListener(recorder);
        try (TrainedModel model = Algorithms.train(request)) {
            Map<String, Object> details = model.info().details();
            int run = (Integer) details.get("epochsRun");
            int bestEpoch = (Integer) details.get("bestEpoch");
            assertThat(details).containsEntry("stoppedEarly", true).containsEntry("parametersOfEpoch", bestEpoch);
            assertThat(run).isLessThan(300).isEqualTo(bestEpoch + 3);
            double best = recorder.metrics.stream().filter(m -> m.name().equals("validation_loss"))
                    .mapToDouble(m -> m.value()).min().orElseThrow();
            assertThat(recorder.metrics).filteredOn(m -> m.name().equals("validation_loss") && m.step() == bestEpoch)
                    .singleElement().extracting(m -> m.value()).isEqualTo(best);
        }
    }

    private static AlgorithmSpec spec(Map<String, Object> hyperparameters) {
        return new AlgorithmSpec("mlp", hyperparameters);
    }
}
