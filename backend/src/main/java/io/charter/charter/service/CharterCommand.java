package io.charter.charter.service;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.charter.charter.domain.FairnessCriterion;
import io.charter.charter.domain.ProtectedAttribute;
import io.charter.charter.domain.RiskTier;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * The content of a new charter version. Server-set fields read back from a GET are ignored;
 * {@code version} is the precondition (the version the edit is based on).
 */
@JsonIgnoreProperties(value = {"id", "projectId", "status", "createdAt", "createdBy", "approvedBy", "approvedAt"})
public record CharterCommand(
        @Size(max = 20) List<@NotNull @Valid ProtectedAttribute> protectedAttributes,
        @Size(max = 20) List<@NotNull @Valid FairnessCriterion> fairnessCriteria,
        @Size(max = 8000) String privacy,
        @Size(max = 8000) String transparency,
        @Size(max = 8000) String societalImpact,
        @Size(max = 8000) String dualUse,
        @NotNull RiskTier riskTier,
        Long version) {
}
