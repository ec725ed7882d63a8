package io.charter.worker.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.charter.governance.eval.TaskType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelDirectoryTest {

    @TempDir
    Path dir;

    @Test
    void shouldRefuseDirectoryWithoutModelJson() {
        assertThatThrownBy(() -> TrainedModel.load(dir)).isInstanceOf(IOException.class)
                .hasMessage(dir + " is not a saved model: it has no model.json");
    }

    @Test
    void shouldRefuseModelOfUnknownAlgorithmOrFormat() throws IOException {
        ModelInfo info = new ModelInfo(ModelInfo.FORMAT, "catboost", TaskType.REGRESSION, Map.of(), "catboost", "1.2", 3,
                0, 1, "00", Map.of());
        ModelDirectory.writeInfo(dir, info);
        assertThatThrownBy(() -> TrainedModel.load(dir)).isInstanceOf(IOException.class)
                .hasMessageStartingWith(dir + " holds a catboost catboost model, which this worker cannot load");
        Files.writeString(dir.resolve("model.json"), Files.readString(dir.resolve("model.json"))
                .replace("\"format\" : 1", "\"format\" : 2"));
        assertThatThrownBy(() -> TrainedModel.load(dir)).isInstanceOf(IOException.class)
                .hasMessageEndingWith("has format 2, but this worker reads format 1");
    }

    @Test
    void shouldWriteInfoWithSortedKeysSoEqualModelsGiveEqualFiles() throws IOException {
        ModelInfo info = new ModelInfo(ModelInfo.FORMAT, "ridge", TaskType.REGRESSION, Map.of("lambda", 1.0), "smile",
                "2.6.0", 3, 0, 1, "ab", Map.of("b", 1, "a", 2));
        ModelDirectory.writeInfo(dir, info);
        assertThat(ModelDirectory.readInfo(dir)).isEqualTo(info);
        assertThat(Files.readString(dir.resolve("model.json"))).containsSubsequence("\"a\" : 2", "\"b\" : 1");
    }
}
