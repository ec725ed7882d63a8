package io.charter.worker.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.charter.governance.eval.TaskType;
import io.charter.worker.training.AlgorithmSpec;
import io.charter.worker.training.Algorithms;
import io.charter.worker.training.Metric;
import io.charter.worker.training.StepUnit;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProgressTrackerTest {

    @Test
    void countsEpochsOfANetworkAgainstItsEpochs() {
        ProgressTracker tracker = ProgressTracker.of(Algorithms.resolve(
                new AlgorithmSpec("mlp", Map.of("epochs", 7)), TaskType.REGRESSION));
        tracker.observe(new Metric("train_loss", StepUnit.EPOCH, 3, 0.2));

        assertThat(tracker.current().unit()).isEqualTo("EPOCH");
        assertThat(tracker.current().completed()).isEqualTo(3);
        assertThat(tracker.current().total()).isEqualTo(7L);
    }

    @Test
    void countsRoundsOfBoostingAgainstNumRounds() {
        ProgressTracker tracker = ProgressTracker.of(Algorithms.resolve(
                new AlgorithmSpec("xgboost", Map.of("numRounds", 12)), TaskType.BINARY_CLASSIFICATION));
        tracker.observe(new Metric("train_logloss", StepUnit.ROUND, 5, 0.3));
        tracker.observe(new Metric("train_logloss", StepUnit.ROUND, 4, 0.3));

        assertThat(tracker.current().unit()).isEqualTo("ROUND");
        assertThat(tracker.current().completed()).isEqualTo(5);
        assertThat(tracker.current().total()).isEqualTo(12L);
    }

    @Test
    void leavesTheTotalOfAOneShotFitUnknown() {
        ProgressTracker tracker = ProgressTracker.of(Algorithms.resolve(AlgorithmSpec.of("logistic_regression"),
                TaskType.BINARY_CLASSIFICATION));

        assertThat(tracker.current().unit()).isEqualTo("ITERATION");
        assertThat(tracker.current().total()).isNull();
    }
}
