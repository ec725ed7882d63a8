package io.charter.training.service;

import io.charter.worker.training.AlgorithmSpec;
import java.util.List;

/**
 * The spec a worker fetches (docs/worker-protocol.md): everything it runs, with the storage keys
 * the server built from ids.
 */
public record WorkerSpec(String jobId, String type, int attempt, String runId, String task, AlgorithmSpec algorithm,
                         long seed, int threads, int checkpointEvery, int heartbeatSeconds, Data data, Split split,
                         Pipeline pipeline, String positiveClass, List<String> protectedAttributes,
                         String evaluateOn, String artifactPrefix, String resumeFrom, Model model) {

    public record Data(String key, String delimiter, String sha256) {
    }

    public record Split(String key, int fold) {
    }

    public record Pipeline(String key, String target) {
    }

    public record Model(String prefix) {
    }
}
