package io.charter.worker.protocol;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * One event of {@code POST /api/v1/worker/jobs/{jobId}/events} (docs/worker-protocol.md, "Events").
 * Absent parts are left out of the JSON. Build with the factories, which give each type exactly
 * the parts the protocol lets it carry.
 *
 * @param type       START, HEARTBEAT, SUCCEED or FAIL
 * @param progress   how far the training is, or null
 * @param metrics    metric points, at most {@link #MAX_METRICS}; null when none
 * @param params     START: the resolved hyperparameters as text
 * @param tags       START: library and JVM versions
 * @param checkpoint a checkpoint uploaded just before, or null
 * @param reason     FAIL: why
 * @param retryable  FAIL: whether another attempt may succeed
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record WorkerEvent(Type type, Progress progress, List<MetricPoint> metrics, Map<String, String> params,
                          Map<String, String> tags, CheckpointRef checkpoint, String reason, Boolean retryable) {

    /** Most metrics one event may carry. */
    public static final int MAX_METRICS = 1000;
    /** Most params, and most tags, one event may carry. */
    public static final int MAX_PARAMS = 100;

    /** The event types, in the order a launch sends them. */
    public enum Type { START, HEARTBEAT, SUCCEED, FAIL }

    /**
     * @param unit      EPOCH, ROUND or ITERATION
     * @param completed steps finished
     * @param total     steps planned, or null when unknown
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Progress(String unit, long completed, Long total) {
    }

    /**
     * @param key       metric name (MLflow's rules)
     * @param value     a finite value
     * @param step      the epoch, round or iteration; 0 for final metrics
     * @param timestamp epoch milliseconds when it was measured
     */
    public record MetricPoint(String key, double value, long step, long timestamp) {
    }

    /**
     * @param key       the checkpoint's key, under {@code artifactPrefix + "checkpoints/"}
     * @param completed steps the checkpoint holds
     */
    public record CheckpointRef(String key, int completed) {
    }

    public WorkerEvent {
        if (metrics != null && metrics.size() > MAX_METRICS) {
            throw new IllegalArgumentException("an event carries at most " + MAX_METRICS + " metrics, but got "
                    + metrics.size());
        }
        metrics = metrics == null || metrics.isEmpty() ? null : List.copyOf(metrics);
        params = params == null ? null : Map.copyOf(params);
        tags = tags == null ? null : Map.copyOf(tags);
    }

    public static WorkerEvent start(Map<String, String> params, Map<String, String> tags) {
        return new WorkerEvent(Type.START, null, null, params, tags, null, null, null);
    }

    public static WorkerEvent heartbeat(Progress progress, List<MetricPoint> metrics, CheckpointRef checkpoint) {
        return new WorkerEvent(Type.HEARTBEAT, progress, metrics, null, null, checkpoint, null, null);
    }

    public static WorkerEvent succeed(Progress progress, List<MetricPoint> metrics) {
        return new WorkerEvent(Type.SUCCEED, progress, metrics, null, null, null, null, null);
    }

    public static WorkerEvent fail(String reason, boolean retryable) {
        return new WorkerEvent(Type.FAIL, null, null, null, null, null, reason, retryable);
    }
}
