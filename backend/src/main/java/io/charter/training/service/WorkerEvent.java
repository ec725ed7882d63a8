package io.charter.training.service;

import io.charter.tracking.service.MetricPoint;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;

/**
 * What a worker reports (docs/worker-protocol.md): a START, HEARTBEAT, SUCCEED or FAIL, with the
 * metric points, params, tags, progress and checkpoint it carries.
 */
public record WorkerEvent(
        @NotNull String type,
        @Valid Progress progress,
        List<MetricPoint> metrics,
        Map<String, String> params,
        Map<String, String> tags,
        @Valid CheckpointRef checkpoint,
        @Size(max = 4000) String reason,
        Boolean retryable) {

    /** @param unit EPOCH, ROUND or ITERATION; @param total null when unknown */
    public record Progress(@NotNull @Size(max = 16) String unit, int completed, Integer total) {
    }

    /** @param key where the worker uploaded it; @param completed epochs or rounds it holds */
    public record CheckpointRef(@NotNull @Size(max = 512) String key, int completed) {
    }
}
