package io.charter.worker.run;

/**
 * Where a checkpoint is stored: {@code artifactPrefix + "checkpoints/attempt-<a>-<completed>.ckpt"},
 * completed zero-padded to six digits so that the keys of one attempt sort by progress, and the
 * attempt in the name so that a retried attempt never overwrites the checkpoint it resumes from.
 */
public final class CheckpointKeys {

    private CheckpointKeys() {
    }

    public static String key(String artifactPrefix, int attempt, int completed) {
        return String.format("%scheckpoints/attempt-%d-%06d.ckpt", artifactPrefix, attempt, completed);
    }
}
