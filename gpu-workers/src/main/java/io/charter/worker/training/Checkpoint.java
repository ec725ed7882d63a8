package io.charter.worker.training;

import com.fasterxml.jackson.core.type.TypeReference;
import io.charter.governance.eval.TaskType;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * A resumable training state, emitted through {@link TrainingListener#onCheckpoint}. It names the
 * run it belongs to (algorithm, hyperparameters, seed, data hash): resuming checks them, so a
 * checkpoint cannot silently continue a different training. {@code state} is the family's own
 * encoding (network parameters and optimizer state, or booster bytes) and is opaque here.
 *
 * @param algorithm          the algorithm's name
 * @param task               the task
 * @param hyperparameters    the resolved hyperparameters of the run
 * @param seed               the run's seed
 * @param trainingDataSha256 hash of the run's data ({@link ModelInfo#trainingDataSha256()})
 * @param unit               what {@code completed} counts
 * @param completed          epochs or rounds finished; a resumed run starts with the next one
 * @param optimizerStep      parameter updates made so far (batches for an MLP, rounds for boosting)
 * @param state              the family's state bytes
 */
public record Checkpoint(String algorithm, TaskType task, Map<String, Object> hyperparameters, long seed,
                         String trainingDataSha256, StepUnit unit, int completed, long optimizerStep, byte[] state) {

    private static final String MAGIC = "CHARTER-CHECKPOINT";
    private static final int VERSION = 1;

    public Checkpoint {
        hyperparameters = Collections.unmodifiableMap(new TreeMap<>(hyperparameters));
    }

    /** Writes the checkpoint as a small header (JSON) followed by the state bytes; does not close {@code out}. */
    public void write(OutputStream out) throws IOException {
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("algorithm", algorithm);
        header.put("task", task.name());
        header.put("hyperparameters", hyperparameters);
        header.put("seed", seed);
        header.put("trainingDataSha256", trainingDataSha256);
        header.put("unit", unit.name());
        header.put("completed", completed);
        header.put("optimizerStep", optimizerStep);
        byte[] json = Json.MAPPER.writeValueAsBytes(header);
        DataOutputStream data = new DataOutputStream(out);
        data.writeUTF(MAGIC);
        data.writeInt(VERSION);
        data.writeInt(json.length);
        data.write(json);
        data.writeInt(state.length);
        data.write(state);
        data.flush();
    }

    public static Checkpoint read(InputStream in) throws IOException {
        DataInputStream data = new DataInputStream(in);
        String magic = data.readUTF();
        int version = data.readInt();
        if (!MAGIC.equals(magic) || version != VERSION) {
            throw new IOException("not a checkpoint of version " + VERSION + " (read " + magic + " " + version + ")");
        }
        byte[] json = data.readNBytes(data.readInt());
        byte[] state = data.readNBytes(data.readInt());
        Map<String, Object> h = Json.MAPPER.readValue(new String(json, StandardCharsets.UTF_8), new TypeReference<>() { });
        @SuppressWarnings("unchecked")
        Map<String, Object> hyperparameters = (Map<String, Object>) h.get("hyperparameters");
        return new Checkpoint((String) h.get("algorithm"), TaskType.valueOf((String) h.get("task")), hyperparameters,
                ((Number) h.get("seed")).longValue(), (String) h.get("trainingDataSha256"),
                StepUnit.valueOf((String) h.get("unit")), ((Number) h.get("completed")).intValue(),
                ((Number) h.get("optimizerStep")).longValue(), state);
    }

    @Override
    public String toString() {
        return "Checkpoint[" + algorithm + ", " + unit + " " + completed + ", step " + optimizerStep + ", "
                + state.length + " bytes]";
    }
}
