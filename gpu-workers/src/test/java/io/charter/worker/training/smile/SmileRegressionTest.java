package io.charter.worker.training.smile;

import static io.charter.worker.training.TrainingFixtures.r2;
import static org.assertj.core.api.Assertions.assertThat;

import io.charter.governance.eval.TaskType;
import io.charter.worker.training.AlgorithmSpec;
import io.charter.worker.training.Algorithms;
import io.charter.worker.training.Metric;
import io.charter.worker.training.TrainedModel;
import io.charter.worker.training.TrainingFixtures;
import io.charter.worker.training.TrainingFixtures.Recorder;
import io.charter.worker.training.TrainingFixtures.Split;
import io.charter.worker.training.TrainingRequest;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SmileRegressionTest {

    private static final Split DATA = TrainingFixtures.regression(400, 11);

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"linear_regression", "ridge", "lasso"})
    void shouldFitLinearModelsAndRoundTrip(String algorithm) throws Exception {
        Recorder recorder = new Recorder();
        TrainingRequest request = TrainingRequest.of(new AlgorithmSpec(algorithm,
                algorithm.equals("linear_regression") ? Map.of() : Map.of("lambda", 0.1)), TaskType.REGRESSION,
                DATA.train(), 5).withListener(recorder);
        try (TrainedModel model = Algorithms.train(request)) {
            // noise variance 0.25 against a signal variance of 13.25: R² ≈ 0.98 is reachable, 0 is the mean
            assertThat(r2(DATA.test().targets(), model.asRegression().predict(DATA.test().x()))).isGreaterThan(0.95);
            assertThat(recorder.metrics).extracting(Metric::name).containsExactly("train_rss");
            TrainingFixtures.assertSaveLoadIdentical(model, DATA.test().x(), dir);
        }
        TrainingFixtures.assertReproducible(request, DATA.test().x());
    }

    @Test
    void shouldZeroIrrelevantCoefficientsWithLassoButKeepRelevantOnes() {
        TrainingRequest request = TrainingRequest.of(new AlgorithmSpec("lasso", Map.of("lambda", 50.0)),
                TaskType.REGRESSION, DATA.train(), 5);
        try (TrainedModel model = Algorithms.train(request)) {
            double[][] unit = new double[6][5];
            for (int j = 0; j < 5; j++) {
                unit[j + 1][j] = 1;
            }
            double[] at = model.asRegression().predict(unit);
            // effect of each feature = prediction at e_j minus prediction at 0
            assertThat(at[1] - at[0]).isGreaterThan(2);
            assertThat(at[2] - at[0]).isLessThan(-1);
            // Smile's lasso is an interior-point solver: "zero" is within its tolerance
            assertThat(Math.abs(at[4] - at[0])).isLessThan(1e-3);
            assertThat(Math.abs(at[5] - at[0])).isLessThan(1e-3);
        }
    }

    @Test
    void shouldFitRegressionTreeWithoutSplitRule() throws Exception {
        TrainingRequest request = TrainingRequest.of(new AlgorithmSpec("decision_tree", Map.of("maxDepth", 6)),
                TaskType.REGRESSION, DATA.train(), 5);
        try (TrainedModel model = Algorithms.train(request)) {
            // a depth-6 tree approximates the plane in steps: clearly better than the mean, short of 0.95
            assertThat(r2(DATA.test().targets(), model.asRegression().predict(DATA.test().x()))).isGreaterThan(0.7);
            assertThat(model.info().hyperparameters()).doesNotContainKey("splitRule");
            TrainingFixtures.assertSaveLoadIdentical(model, DATA.test().x(), dir);
        }
    }
}
