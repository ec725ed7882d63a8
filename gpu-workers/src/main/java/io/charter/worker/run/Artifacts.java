package io.charter.worker.run;

import io.charter.governance.eval.Evaluation;
import io.charter.governance.eval.EvaluationJson;
import io.charter.worker.protocol.ProtocolJson;
import io.charter.worker.storage.ObjectStore;
import io.charter.worker.training.TrainedModel;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Writes a run's artifacts under its {@code artifactPrefix} (docs/worker-protocol.md, "Artifacts"),
 * logging each upload.
 */
final class Artifacts {

    static final String MODEL_DIR = "model/";
    static final String CLASSES = "classes.json";
    static final String PIPELINE = "pipeline.json";
    static final String EVALUATION = "evaluation.json";
    static final String METRICS = "metrics.json";

    private static final String JSON = "application/json";

    private final ObjectStore store;
    private final String prefix;
    private final PrintStream log;

    Artifacts(ObjectStore store, String prefix, PrintStream log) {
        this.store = store;
        this.prefix = prefix;
        this.log = log;
    }

    /** Saves the model into {@code dir} and uploads every file of it under {@code model/}. */
    void model(TrainedModel model, Path dir) throws IOException {
        model.save(dir);
        List<String> keys = store.uploadAll(dir, prefix + MODEL_DIR);
        log.printf("uploaded %s (%d files)%n", prefix + MODEL_DIR, keys.size());
    }

    void classes(List<String> classes) throws IOException {
        put(CLASSES, ProtocolJson.MAPPER.writeValueAsString(classes));
    }

    void pipeline(String json) throws IOException {
        put(PIPELINE, json);
    }

    void evaluation(Evaluation evaluation) throws IOException {
        put(EVALUATION, EvaluationJson.write(evaluation));
    }

    void metrics(Map<String, Double> metrics) throws IOException {
        put(METRICS, ProtocolJson.MAPPER.writeValueAsString(metrics));
    }

    private void put(String name, String json) throws IOException {
        store.put(prefix + name, json.getBytes(StandardCharsets.UTF_8), JSON);
        log.println("uploaded " + prefix + name);
    }
}
