package io.charter.worker.training;

import io.charter.governance.eval.TaskType;
import java.io.IOException;
import java.nio.file.Path;

/**
 * A trained model of any family. Predict through the task's view ({@link #asClassification()},
 * {@link #asRegression()}, {@link #asClustering()}); save to a directory and load it back with
 * {@link #load}, which gives identical predictions. Models of the native libraries hold native
 * memory: close them (try-with-resources).
 */
public interface TrainedModel extends AutoCloseable {

    ModelInfo info();

    /** Writes {@code model.json} and the library's files into {@code dir} (created if needed). */
    void save(Path dir) throws IOException;

    /** Loads a model saved by {@link #save}, whatever its family. */
    static TrainedModel load(Path dir) throws IOException {
        return Algorithms.load(dir);
    }

    default ClassificationModel asClassification() {
        if (this instanceof ClassificationModel c) {
            return c;
        }
        throw wrongView("a classifier");
    }

    default RegressionModel asRegression() {
        if (this instanceof RegressionModel r) {
            return r;
        }
        throw wrongView("a regressor");
    }

    default ClusteringModel asClustering() {
        if (this instanceof ClusteringModel c) {
            return c;
        }
        throw wrongView("a clustering");
    }

    private IllegalStateException wrongView(String what) {
        TaskType task = info().task();
        return new IllegalStateException(info().algorithm() + " trained for " + task + " is not " + what);
    }

    @Override
    default void close() {
    }
}
