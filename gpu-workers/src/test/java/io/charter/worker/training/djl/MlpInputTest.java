package io.charter.worker.training.djl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.charter.governance.eval.TaskType;
import io.charter.governance.pipeline.SpecProblem;
import io.charter.worker.training.AlgorithmSpec;
import io.charter.worker.training.Algorithms;
import io.charter.worker.training.InvalidSpecException;
import io.charter.worker.training.Samples;
import io.charter.worker.training.TrainingFixtures;
import io.charter.worker.training.TrainingRequest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MlpInputTest {

    @Test
    void shouldRejectMissingValuesBeforeTraining() {
        Samples data = TrainingFixtures.binary(50, 62).train();
        data.x()[17][3] = Double.NaN;
        data.x()[30][0] = Double.NaN;
        TrainingRequest request = TrainingRequest.of(AlgorithmSpec.of("mlp"), TaskType.BINARY_CLASSIFICATION, data, 1);
        assertThatThrownBy(() -> Algorithms.train(request)).isInstanceOf(InvalidSpecException.class)
                .extracting(e -> ((InvalidSpecException) e).problems()).isEqualTo(List.of(new SpecProblem(
                        "train.x[17][3]", "must be a number (mlp does not accept missing values; impute them first), "
                        + "but is NaN (1 more such cells)")));
    }

    @Test
    void shouldRequireValidationForEarlyStoppingAndBatchesOfTwoForBatchNorm() {
        Samples data = TrainingFixtures.binary(50, 63).train();
        TrainingRequest request = TrainingRequest.of(new AlgorithmSpec("mlp", Map.of("earlyStoppingPatience", 3,
                "batchNorm", true, "batchSize", 1)), TaskType.BINARY_CLASSIFICATION, data, 1);
        assertThat(Algorithms.check(request)).containsExactly(
                new SpecProblem("hyperparameters.earlyStoppingPatience", "needs a validation set to watch, but the "
                        + "request has none (give one, or set it to 0), and is 3"),
                new SpecProblem("hyperparameters.batchSize", "must be ≥ 2 with batchNorm (a batch of one has no "
                        + "variance to normalize by), but is 1"));
    }
}
