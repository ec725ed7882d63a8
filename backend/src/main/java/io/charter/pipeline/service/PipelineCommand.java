package io.charter.pipeline.service;

import io.charter.governance.pipeline.PipelineSpec;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A pipeline spec saved under a name; the same name again makes a new revision. */
public record PipelineCommand(@NotBlank @Size(max = 128) String name, @NotNull PipelineSpec spec) {
}
