package io.charter.worker.training.xgboost;

import static io.charter.worker.training.TrainingFixtures.accuracy;
import static io.charter.worker.training.TrainingFixtures.auc;
import static io.charter.worker.training.TrainingFixtures.r2;
import static org.assertj.core.api.Assertions.assertThat;

import io.charter.governance.eval.TaskType;
import io.charter.worker.training.AlgorithmSpec;
import io.charter.worker.training.Algorithms;
import io.charter.worker.training.Samples;
import io.charter.worker.training.StepUnit;
import io.charter.worker.training.TrainedModel;
import io.charter.worker.training.TrainingFixtures;
import io.charter.worker.training.TrainingFixtures.Recorder;
import io.charter.worker.training.TrainingFixtures.Split;
import io.charter.worker.training.TrainingRequest;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XGBoostTest {

    private static final Split BINARY = TrainingFixtures.binary(800, 21);
    private static final Split CIRCLE = TrainingFixtures.circle(800, 22);
    private static final Split MULTI = TrainingFixtures.multiclass(600, 23);
    private static final Split REGRESSION = TrainingFixtures.regression(800, 24);

    @TempDir
    Path dir;

    @Test
    void shouldLearnBinaryBoostingReportEveryRoundAndRoundTrip() throws Exception {
        Recorder recorder = new Recorder();
        TrainingRequest request = TrainingRequest.of(new AlgorithmSpec("xgboost", Map.of("numRounds", 30, "eta", 0.2,
                "maxDepth", 3)), TaskType.BINARY_CLASSIFICATION, BINARY.train(), 3).withValidation(BINARY.test())
                .withListener(recorder);
        try (TrainedModel model = Algorithms.train(request)) {
            assertThat(auc(BINARY.test().classes(), model.asClassification().predictProba(BINARY.test().x())))
                    .isGreaterThan(0.85);
            assertThat(recorder.steps("train_logloss")).hasSize(30).startsWith(1, 2).endsWith(30);
            assertThat(recorder.steps("validation_logloss")).hasSize(30);
            assertThat(recorder.metrics).allMatch(m -> m.unit() == StepUnit.ROUND);
            assertThat(model.info().libraryVersion()).isEqualTo("3.4.0");
            assertThat(model.info().details()).containsEntry("usedRounds", 30).containsEntry("stoppedEarly", false);
            TrainingFixtures.assertSaveLoadIdentical(model, BINARY.test().x(), dir);
        }
        TrainingFixtures.assertReproducible(request.withListener(null), BINARY.test().x());
    }

    @Test
    void shouldLearnMulticlassWithSubsamplingReproducibly() {
        TrainingRequest request = TrainingRequest.of(new AlgorithmSpec("xgboost", Map.of("numRounds", 20,
                "subsample", 0.7, "colsample", 0.8)), TaskType.MULTICLASS_CLASSIFICATION, MULTI.train(), 3).withThreads(2);
        try (TrainedModel model = Algorithms.train(request)) {
            assertThat(accuracy(MULTI.test().classes(), model.asClassification().predict(MULTI.test().x())))
                    .isGreaterThan(0.8);
        }
        TrainingFixtures.assertReproducible(request, MULTI.test().x());
    }

    @Test
    void shouldLearnRegression() {
        TrainingRequest request = TrainingRequest.of(new AlgorithmSpec("xgboost", Map.of("numRounds", 80, "eta", 0.2,
                "maxDepth", 3, "lambda", 2, "alpha", 0.1, "minChildWeight", 2)), TaskType.REGRESSION,
                REGRESSION.train(), 3);
        try (TrainedModel model = Algorithms.train(request)) {
            assertThat(r2(REGRESSION.test().targets(), model.asRegression().predict(REGRESSION.test().x())))
                    .isGreaterThan(0.9);
        }
    }

    @Test
    void shouldLearnCircleAndRegressionWithRandomForest() throws Exception {
        TrainingRequest classify = TrainingRequest.of(new AlgorithmSpec("random_forest", Map.of("numTrees", 50)),
                TaskType.BINARY_CLASSIFICATION, CIRCLE.train(), 3);
        try (TrainedModel model = Algorithms.train(classify)) {
            assertThat(accuracy(CIRCLE.test().classes(), model.asClassification().predict(CIRCLE.test().x())))
                    .isGreaterThan(0.85);
            assertThat(model.info().hyperparameters()).containsOnlyKeys("numTrees", "maxDepth", "subsample",
                    "colsampleByNode", "lambda", "minChildWeight");
            TrainingFixtures.assertSaveLoadIdentical(model, CIRCLE.test().x(), dir);
        }
        TrainingFixtures.assertReproducible(classify, CIRCLE.test().x());
        TrainingRequest regress = TrainingRequest.of(new AlgorithmSpec("random_forest", Map.of("numTrees", 50)),
                TaskType.REGRESSION, REGRESSION.train(), 3);
        try (TrainedModel model = Algorithms.train(regress)) {
            assertThat(r2(REGRESSION.test().targets(), model.asRegression().predict(REGRESSION.test().x())))
                    .isGreaterThan(0.75);
        }
    }

    @Test
    void shouldLearnWithMissingValuesInTrainingAndPrediction() {
        Samples train = withMissing(BINARY.train(), 0.1, 5);
        double[][] test = withMissing(BINARY.test(), 0.1, 6).x();
        TrainingRequest request = TrainingRequest.of(new AlgorithmSpec("xgboost", Map.of("numRounds", 30, "eta", 0.2,
                "maxDepth", 3)), TaskType.BINARY_CLASSIFICATION, train, 3);
        try (TrainedModel model = Algorithms.train(request)) {
            // a tenth of the cells missing costs some AUC but stays far above chance
            assertThat(auc(BINARY.test().classes(), model.asClassification().predictProba(test))).isGreaterThan(0.8);
        }
    }

    @Test
    void shouldStopEarlyAndPredictWithTheBestRound() {
        Recorder recorder = new Recorder();
        TrainingRequest request = TrainingRequest.of(new AlgorithmSpec("xgboost", Map.of("numRounds", 300, "eta", 0.5,
                "maxDepth", 6, "earlyStoppingRounds", 5)), TaskType.BINARY_CLASSIFICATION, BINARY.train(), 3)
                .withValidation(BINARY.test()).withListener(recorder);
        try (TrainedModel stopped = Algorithms.train(request)) {
            Map<String, Object> details = stopped.info().details();
            int trained = (Integer) details.get("roundsTrained");
            int used = (Integer) details.get("usedRounds");
            assertThat(details).containsEntry("stoppedEarly", true);
            assertThat(trained).isLessThan(300).isEqualTo(used + 5);
            assertThat(recorder.steps("validation_logloss")).hasSize(trained);
            // with per-round seeding the first rounds are the same trees: the best round's model is the
            // model trained for exactly that many rounds
            TrainingRequest shorter = TrainingRequest.of(new AlgorithmSpec("xgboost", Map.of("numRounds", used,
                    "eta", 0.5, "maxDepth", 6)), TaskType.BINARY_CLASSIFICATION, BINARY.train(), 3);
            try (TrainedModel reference = Algorithms.train(shorter)) {
                assertThat(stopped.asClassification().predictProba(BINARY.test().x()))
                        .isDeepEqualTo(reference.asClassification().predictProba(BINARY.test().x()));
            }
        }
    }

    private static Samples withMissing(Samples samples, double share, long seed) {
        Random r = new Random(seed);
        double[][] x = new double[samples.rows()][];
        for (int i = 0; i < x.length; i++) {
            x[i] = samples.x()[i].clone();
            for (int j = 0; j < x[i].length; j++) {
                if (r.nextDouble() < share) {
                    x[i][j] = Double.NaN;
                }
            }
        }
        return Samples.classification(x, samples.classes());
    }
}
