package io.charter.worker.training;

import io.charter.governance.pipeline.SpecProblem;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The contract of one library's algorithms (Katib's habit: each algorithm behind a small contract,
 * one package each). Families are found with {@link java.util.ServiceLoader}, so this package does
 * not depend on Smile, XGBoost or DJL, and checking a spec loads none of them.
 */
public interface AlgorithmFamily {

    /** The library name recorded in {@link ModelInfo#library()}. */
    String library();

    /** The algorithms this family trains, with their hyperparameters. */
    List<AlgorithmDefinition> algorithms();

    /**
     * Problems only visible with the data at hand (k-means' k above the row count, early stopping
     * without a validation set). Shapes, values and labels are already checked.
     */
    default List<SpecProblem> checkInput(ResolvedSpec spec, TrainingRequest request) {
        return List.of();
    }

    /**
     * Trains; {@code job.resumeFrom()}, when set, is a checkpoint of this very run.
     *
     * @throws TrainingDivergedException when the loss becomes NaN or infinite
     */
    TrainedModel train(TrainingJob job);

    /** Loads what a model of this family saved into {@code dir}; {@code info} was read from it. */
    TrainedModel load(Path dir, ModelInfo info) throws IOException;
}
