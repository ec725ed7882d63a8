package io.charter.project.domain;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A success criterion such as {@code F1 >= 0.75}: the metric, which way is better, and the bar. */
public record Kpi(
        @NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9_.@ -]+", message = "may contain only letters, digits, space and _ . @ -")
        String metric,
        @NotNull Direction direction,
        @NotNull Double threshold) {

    /** Whether a measured value meets this KPI. */
    public boolean isMetBy(double value) {
        return direction == Direction.MAXIMIZE ? value >= threshold : value <= threshold;
    }
}
