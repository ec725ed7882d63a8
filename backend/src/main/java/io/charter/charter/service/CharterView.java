package io.charter.charter.service;

import io.charter.charter.domain.CharterStatus;
import io.charter.charter.domain.EthicsCharter;
import io.charter.charter.domain.FairnessCriterion;
import io.charter.charter.domain.ProtectedAttribute;
import io.charter.charter.domain.RiskTier;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One version of an ethics charter as clients read it. */
public record CharterView(UUID id, UUID projectId, int version, CharterStatus status,
                          List<ProtectedAttribute> protectedAttributes, List<FairnessCriterion> fairnessCriteria,
                          String privacy, String transparency, String societalImpact, String dualUse,
                          RiskTier riskTier, Instant createdAt, String createdBy, String approvedBy,
                          Instant approvedAt) {

    static CharterView of(EthicsCharter c) {
        return new CharterView(c.id, c.projectId, c.version, c.status, c.protectedAttributes, c.fairnessCriteria,
                c.privacy, c.transparency, c.societalImpact, c.dualUse, c.riskTier, c.createdAt, c.createdBy,
                c.approvedBy, c.approvedAt);
    }
}
