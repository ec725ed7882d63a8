package io.charter.worker.protocol;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.charter.governance.data.split.SplitRole;
import io.charter.governance.eval.TaskType;
import io.charter.worker.training.AlgorithmSpec;
import java.util.List;

/**
 * The job spec of {@code GET /api/v1/worker/jobs/{jobId}} (docs/worker-protocol.md, "Spec"): what
 * to train or evaluate, on which rows, and where every input and output lives in the bucket.
 * Unknown fields are ignored so that the server can add fields before every worker knows them.
 *
 * @param jobId               the job's id
 * @param type                train and evaluate, or evaluate only
 * @param attempt             the attempt this launch runs (1-based)
 * @param runId               the run the artifacts belong to
 * @param task                the task to train or evaluate for
 * @param algorithm           the algorithm and chosen hyperparameters (TRAIN)
 * @param seed                the seed of every random choice
 * @param threads             native threads to use (at least 1)
 * @param checkpointEvery     epochs or rounds between checkpoints; 0 = the family's default
 * @param heartbeatSeconds    seconds between heartbeats
 * @param data                the data CSV
 * @param split               the split assignment and the fold
 * @param pipeline            the fitted pipeline and the target column
 * @param positiveClass       binary classification: the positive label, or null for the last class
 * @param protectedAttributes raw columns whose groups are compared for fairness
 * @param evaluateOn          the role of the evaluated rows
 * @param artifactPrefix      key prefix (ending in '/') of every artifact of the run
 * @param resumeFrom          key of the checkpoint to continue from, or null
 * @param model               EVALUATE: where the model to evaluate lives, else null
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record JobSpec(String jobId, JobType type, int attempt, String runId, TaskType task, AlgorithmSpec algorithm,
                      long seed, int threads, int checkpointEvery, int heartbeatSeconds, DataRef data, SplitRef split,
                      PipelineRef pipeline, String positiveClass, List<String> protectedAttributes,
                      SplitRole evaluateOn, String artifactPrefix, String resumeFrom, ModelRef model) {

    public JobSpec {
        protectedAttributes = protectedAttributes == null ? List.of() : List.copyOf(protectedAttributes);
        threads = Math.max(1, threads);
    }

    /** The data CSV: its key, field delimiter and content hash. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record DataRef(String key, String delimiter, String sha256) {

        /** The delimiter as one character; a comma when absent. */
        public char delimiterChar() {
            return delimiter == null || delimiter.isEmpty() ? ',' : delimiter.charAt(0);
        }
    }

    /** The split assignment ({@code SplitAssignment.readFrom}) and the fold to use. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record SplitRef(String key, int fold) {
    }

    /** The fitted pipeline ({@code FittedPipeline.fromJson}) and the raw target column. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record PipelineRef(String key, String target) {
    }

    /** A saved model: every object under {@code prefix} is the {@code TrainedModel.save} directory. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ModelRef(String prefix) {
    }

    /** Whether the task predicts class labels. */
    public boolean isClassification() {
        return task == TaskType.BINARY_CLASSIFICATION || task == TaskType.MULTICLASS_CLASSIFICATION;
    }
}
