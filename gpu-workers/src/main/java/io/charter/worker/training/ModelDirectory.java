package io.charter.worker.training;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The layout of a saved model: a directory holding {@code model.json} ({@link ModelInfo}) and the
 * library's own files beside it ({@code model.ser}, {@code booster.ubj}, {@code mlp.params}).
 * {@link TrainedModel#load} reads {@code model.json} first to know which family loads the rest.
 */
public final class ModelDirectory {

    public static final String INFO_FILE = "model.json";

    private ModelDirectory() {
    }

    /** Creates {@code dir} if needed and writes {@code model.json}. */
    public static void writeInfo(Path dir, ModelInfo info) throws IOException {
        Files.createDirectories(dir);
        Json.MAPPER.writeValue(dir.resolve(INFO_FILE).toFile(), info);
    }

    public static ModelInfo readInfo(Path dir) throws IOException {
        Path file = dir.resolve(INFO_FILE);
        if (!Files.isRegularFile(file)) {
            throw new IOException(dir + " is not a saved model: it has no " + INFO_FILE);
        }
        ModelInfo info = Json.MAPPER.readValue(file.toFile(), ModelInfo.class);
        if (info.format() != ModelInfo.FORMAT) {
            throw new IOException(file + " has format " + info.format() + ", but this worker reads format "
                    + ModelInfo.FORMAT);
        }
        return info;
    }
}
