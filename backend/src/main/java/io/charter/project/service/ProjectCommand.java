package io.charter.project.service;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.charter.project.domain.Constraints;
import io.charter.project.domain.Kpi;
import io.charter.project.domain.ProjectStatus;
import io.charter.project.domain.TaskType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * What a client may set on a project. Server-set fields read back from a GET ({@code id},
 * {@code createdAt}, ...) are accepted and ignored so that GET-modify-PUT works; {@code version}
 * is the optimistic-lock precondition; anything else unknown (e.g. {@code tenantId}) is rejected.
 */
@JsonIgnoreProperties(value = {"id", "createdAt", "createdBy", "updatedAt", "updatedBy"})
public record ProjectCommand(
        @NotBlank @Size(max = 120) String name,
        @NotBlank @Size(max = 4000) String problemStatement,
        @Size(max = 4000) String businessNeed,
        @NotNull TaskType taskType,
        @Size(max = 20) List<@NotNull @Valid Kpi> kpis,
        @Valid Constraints constraints,
        @Size(max = 4000) String scopeIn,
        @Size(max = 4000) String scopeOut,
        @Size(max = 50) List<@NotBlank @Size(max = 200) String> stakeholders,
        @Size(max = 4000) String dataFeasibility,
        ProjectStatus status,
        Long version) {
}
