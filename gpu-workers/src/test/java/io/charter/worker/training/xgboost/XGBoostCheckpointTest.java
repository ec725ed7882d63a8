package io.charter.worker.training.xgboost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.charter.governance.eval.TaskType;
import io.charter.governance.pipeline.SpecProblem;
import io.charter.worker.training.AlgorithmSpec;
import io.charter.worker.training.Algorithms;
import io.charter.worker.training.Checkpoint;
import io.charter.worker.training.InvalidSpecException;
import io.charter.worker.training.StepUnit;
import io.charter.worker.training.TrainedModel;
import io.charter.worker.training.TrainingFixtures;
import io.charter.worker.training.TrainingFixtures.Recorder;
import io.charter.worker.training.TrainingFixtures.Split;
import io.charter.worker.training.TrainingRequest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Map;
import org.junit.jupiter.api.Test;

class XGBoostCheckpointTest {

    private static final Split DATA = TrainingFixtures.binary(500, 31);
    private static final AlgorithmSpec SPEC = new AlgorithmSpec("xgboost", Map.of("numRounds", 12, "eta", 0.3,
            "subsample", 0.8, "colsample", 0.8));

    @Test
    void shouldCheckpointEveryNRoundsAndResumeToTheSameModel() throws Exception {
        Recorder first = new Recorder();
        TrainingRequest request = TrainingRequest.of(SPEC, TaskType.BINARY_CLASSIFICATION, DATA.train(), 8)
                .withValidation(DATA.test()).withCheckpointEvery(4);
        double[][] uninterrupted;
        try (TrainedModel model = Algorithms.train(request.withListener(first))) {
            uninterrupted = model.asClassification().predictProba(DATA.test().x());
        }
        assertThat(first.checkpoints).extracting(Checkpoint::completed).containsExactly(4, 8);
        Checkpoint atFour = roundTrip(first.checkpoints.get(0));
        assertThat(atFour.unit()).isEqualTo(StepUnit.ROUND);
        assertThat(atFour.hyperparameters()).containsEntry("numRounds", 12);

        Recorder resumed = new Recorder();
        try (TrainedModel model = Algorithms.train(request.withListener(resumed).withResumeFrom(atFour))) {
            assertThat(resumed.steps("train_logloss")).containsExactly(5, 6, 7, 8, 9, 10, 11, 12);
            assertThat(resumed.checkpoints).extracting(Checkpoint::completed).containsExactly(8);
            assertThat(model.asClassification().predictProba(DATA.test().x())).isDeepEqualTo(uninterrupted);
        }
    }

    @Test
    void shouldRefuseCheckpointOfAnotherRun() {
        Recorder recorder = new Recorder();
        TrainingRequest request = TrainingRequest.of(SPEC, TaskType.BINARY_CLASSIFICATION, DATA.train(), 8)
                .withCheckpointEvery(4).withListener(recorder);
        Algorithms.train(request).close();
        Checkpoint checkpoint = recorder.checkpoints.get(0);
        TrainingRequest otherSeed = TrainingRequest.of(SPEC, TaskType.BINARY_CLASSIFICATION, DATA.train(), 9)
                .withResumeFrom(checkpoint);
        assertThatThrownBy(() -> Algorithms.train(otherSeed)).isInstanceOf(InvalidSpecException.class)
                .extracting(e -> ((InvalidSpecException) e).problems()).asList().singleElement()
                .satisfies(p -> {
                    assertThat(((SpecProblem) p).path()).isEqualTo("resumeFrom");
                    assertThat(((SpecProblem) p).message()).endsWith("but its seed is 8");
                });
        TrainingRequest otherData = TrainingRequest.of(SPEC, TaskType.BINARY_CLASSIFICATION, DATA.test(), 8)
                .withResumeFrom(checkpoint);
        assertThatThrownBy(() -> Algorithms.train(otherData)).isInstanceOf(InvalidSpecException.class)
                .hasMessageContaining("it was trained on other data");
    }

    @Test
    void shouldRequireValidationSetForEarlyStopping() {
        TrainingRequest request = TrainingRequest.of(new AlgorithmSpec("xgboost", Map.of("earlyStoppingRounds", 5)),
                TaskType.BINARY_CLASSIFICATION, DATA.train(), 8);
        assertThat(Algorithms.check(request)).containsExactly(new SpecProblem("hyperparameters.earlyStoppingRounds",
                "needs a validation set to watch, but the request has none (give one, or set it to 0), and is 5"));
    }

    private static Checkpoint roundTrip(Checkpoint checkpoint) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        checkpoint.write(bytes);
        return Checkpoint.read(new ByteArrayInputStream(bytes.toByteArray()));
    }
}
