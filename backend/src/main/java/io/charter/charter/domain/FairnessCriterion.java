package io.charter.charter.domain;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;

/** A fairness metric and the threshold the model must respect on every protected attribute. */
public record FairnessCriterion(
        @NotNull FairnessMetric metric,
        @NotNull @DecimalMin(value = "0.0") @DecimalMax(value = "1.0") Double threshold) {
}
