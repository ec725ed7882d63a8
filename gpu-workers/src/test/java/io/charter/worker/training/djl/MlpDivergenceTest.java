package io.charter.worker.training.djl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.charter.governance.eval.TaskType;
import io.charter.worker.training.AlgorithmSpec;
import io.charter.worker.training.Algorithms;
import io.charter.worker.training.Samples;
import io.charter.worker.training.TrainingDivergedException;
import io.charter.worker.training.TrainingFixtures;
import io.charter.worker.training.TrainingRequest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MlpDivergenceTest {

    @Test
    void shouldFailWithClearMessageWhenLossBecomesNonFinite() {
        // unscaled data (features × 100, targets × 1000) with plain SGD at the largest allowed rate:
        // each step overshoots further until the squared error overflows float32
        Samples base = TrainingFixtures.regression(200, 61).train();
        double[][] x = new double[base.rows()][];
        double[] y = new double[base.rows()];
        for (int i = 0; i < x.length; i++) {
            x[i] = base.x()[i].clone();
            for (int j = 0; j < x[i].length; j++) {
                x[i][j] *= 100;
            }
            y[i] = base.targets()[i] * 1000;
        }
        TrainingRequest request = TrainingRequest.of(new AlgorithmSpec("mlp", Map.of("layers", List.of(8),
                "optimizer", "sgd", "learningRate", 1.0, "epochs", 5)), TaskType.REGRESSION, Samples.regression(x, y), 1);
        assertThatThrownBy(() -> Algorithms.train(request)).isInstanceOf(TrainingDivergedException.class)
                .hasMessageMatching("loss became (NaN|Infinity) at epoch 1, batch \\d+; lower the learning rate "
                        + "\\(it was 1\\.0\\), scale the features and targets, or add batch normalization")
                .satisfies(e -> assertThat(((TrainingDivergedException) e).batch()).isGreaterThan(0));
    }
}
