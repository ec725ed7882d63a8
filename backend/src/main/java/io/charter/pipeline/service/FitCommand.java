package io.charter.pipeline.service;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/** Fit a pipeline on the TRAIN rows of {@code fold} (0 for holdout splits) of a split of the same dataset. */
public record FitCommand(@NotNull UUID splitId, @Min(0) Integer fold) {
}
