package io.charter.project.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Positive;

/** Operational limits the deployed model must respect (seed §1.2: latency, throughput, size). */
@Embeddable
public record Constraints(
        @Positive @Max(3_600_000) @Column(name = "p99_latency_ms") Integer p99LatencyMs,
        @Positive @Column(name = "throughput_rps") Double throughputRps,
        @Positive @Column(name = "max_model_size_mb") Double maxModelSizeMb) {
}
