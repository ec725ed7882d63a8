package io.charter.worker.training.smile;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.charter.governance.eval.TaskType;
import io.charter.worker.training.AlgorithmSpec;
import io.charter.worker.training.Algorithms;
import io.charter.worker.training.Samples;
import io.charter.worker.training.TrainedModel;
import io.charter.worker.training.TrainingRequest;
import java.io.File;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SmileSerializationTest {

    @TempDir
    Path dir;

    @Test
    void shouldRefuseModelFileHoldingClassesOutsideTheAllowList() throws IOException {
        try (TrainedModel model = Algorithms.train(TrainingRequest.of(new AlgorithmSpec("kmeans", Map.of("k", 2)),
                TaskType.CLUSTERING, Samples.unlabeled(new double[][] {{0}, {1}, {10}, {11}}), 1))) {
            model.save(dir);
        }
        // a tampered file: any class outside Smile, this package, java.lang and java.util is refused before it is built
        List<Object> payload = new ArrayList<>(List.of(new File("/etc/passwd")));
        try (OutputStream out = Files.newOutputStream(dir.resolve("model.ser"));
             ObjectOutputStream objects = new ObjectOutputStream(out)) {
            objects.writeObject(payload);
        }
        assertThatThrownBy(() -> TrainedModel.load(dir)).isInstanceOf(IOException.class)
                .hasMessageContaining("holds a class a Smile model never contains");
    }

    @Test
    void shouldRefuseModelFileOfAnotherTask() throws IOException {
        try (TrainedModel model = Algorithms.train(TrainingRequest.of(new AlgorithmSpec("kmeans", Map.of("k", 2)),
                TaskType.CLUSTERING, Samples.unlabeled(new double[][] {{0}, {1}, {10}, {11}}), 1))) {
            model.save(dir);
        }
        Files.writeString(dir.resolve("model.json"), Files.readString(dir.resolve("model.json"))
                .replace("\"CLUSTERING\"", "\"REGRESSION\""));
        assertThatThrownBy(() -> TrainedModel.load(dir)).isInstanceOf(IOException.class)
                .hasMessageEndingWith("holds a Centroids, not a REGRESSION model as model.json says");
    }
}
