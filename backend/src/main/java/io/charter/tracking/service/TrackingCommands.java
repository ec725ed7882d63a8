package io.charter.tracking.service;

import io.charter.tracking.domain.RunStatus;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;

/** What clients send to create and change experiments and runs. */
public final class TrackingCommands {

    private TrackingCommands() {
    }

    /** A new experiment. */
    public record NewExperiment(@NotBlank @Size(max = 256) String name, @Size(max = 5000) String description,
                                Map<String, String> tags) {
    }

    /** A new run; {@code startTime} defaults to now, {@code name} to a generated one. */
    public record NewRun(@Size(max = 256) String name, Long startTime, Map<String, String> tags) {
    }

    /** A change of a run's status, end time or name; null fields stay as they are. */
    public record RunUpdate(RunStatus status, Long endTime, @Size(max = 256) String name) {
    }

    /** What {@code log-batch} carries. */
    public record Batch(List<MetricPoint> metrics, Map<String, String> params, Map<String, String> tags) {
    }
}
