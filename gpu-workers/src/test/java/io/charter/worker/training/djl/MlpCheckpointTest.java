package io.charter.worker.training.djl;

import static org.assertj.core.api.Assertions.assertThat;

import io.charter.governance.eval.TaskType;
import io.charter.worker.training.AlgorithmSpec;
import io.charter.worker.training.Algorithms;
import io.charter.worker.training.Checkpoint;
import io.charter.worker.training.StepUnit;
import io.charter.worker.training.TrainedModel;
import io.charter.worker.training.TrainingFixtures;
import io.charter.worker.training.TrainingFixtures.Recorder;
import io.charter.worker.training.TrainingFixtures.Split;
import io.charter.worker.training.TrainingRequest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MlpCheckpointTest {

    private static final Split DATA = TrainingFixtures.binary(300, 51);

    @Test
    void shouldCheckpointEveryEpochAndResumeWithTheRemainingEpochsToTheSameModel() throws Exception {
        // dropout, batch norm and Adam: resuming must restore random draws, running statistics and moments
        AlgorithmSpec spec = new AlgorithmSpec("mlp", Map.of("layers", List.of(16, 8), "dropout", 0.2,
                "batchNorm", true, "learningRate", 0.01, "batchSize", 50, "epochs", 4, "earlyStoppingPatience", 10));
        TrainingRequest request = TrainingRequest.of(spec, TaskType.BINARY_CLASSIFICATION, DATA.train(), 6)
                .withValidation(DATA.test());
        Recorder first = new Recorder();
        double[][] uninterrupted;
        try (TrainedModel model = Algorithms.train(request.withListener(first))) {
            uninterrupted = model.asClassification().predictProba(DATA.test().x());
        }
        assertThat(first.checkpoints).extracting(Checkpoint::completed).containsExactly(1, 2, 3);
        Checkpoint atTwo = roundTrip(first.checkpoints.get(1));
        assertThat(atTwo.unit()).isEqualTo(StepUnit.EPOCH);
        assertThat(atTwo.optimizerStep()).isEqualTo(2 * 6); // 300 rows in batches of 50, two epochs

        Recorder resumed = new Recorder();
        try (TrainedModel model = Algorithms.train(request.withListener(resumed).withResumeFrom(atTwo))) {
            assertThat(resumed.steps("train_loss")).containsExactly(3, 4);
            assertThat(resumed.steps("validation_loss")).containsExactly(3, 4);
            assertThat(resumed.checkpoints).extracting(Checkpoint::completed).containsExactly(3);
            assertThat(model.info().details()).containsEntry("epochsRun", 4);
            assertThat(model.asClassification().predictProba(DATA.test().x())).isDeepEqualTo(uninterrupted);
        }
        assertThat(resumed.metrics.stream().filter(m -> m.name().equals("train_loss")).map(m -> m.value()).toList())
                .isEqualTo(first.metrics.stream().filter(m -> m.name().equals("train_loss") && m.step() > 2)
                        .map(m -> m.value()).toList());
    }

    @Test
    void shouldCheckpointEveryNEpochs() {
        AlgorithmSpec spec = new AlgorithmSpec("mlp", Map.of("layers", List.of(4), "epochs", 7));
        Recorder recorder = new Recorder();
        Algorithms.train(TrainingRequest.of(spec, TaskType.BINARY_CLASSIFICATION, DATA.train(), 6)
                .withCheckpointEvery(3).withListener(recorder)).close();
        assertThat(recorder.checkpoints).extracting(Checkpoint::completed).containsExactly(3, 6);
    }

    private static Checkpoint roundTrip(Checkpoint checkpoint) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        checkpoint.write(bytes);
        return Checkpoint.read(new ByteArrayInputStream(bytes.toByteArray()));
    }
}
