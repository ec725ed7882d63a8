package io.charter.split.service;

import io.charter.governance.data.split.SplitSpec;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A new split of a version of the dataset. */
public record SplitCommand(@NotBlank @Size(max = 64) String versionId, @NotBlank @Size(max = 128) String name,
                           @NotNull SplitSpec spec) {
}
