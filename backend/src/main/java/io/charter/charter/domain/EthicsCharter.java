package io.charter.charter.domain;

import io.charter.common.persistence.TenantOwned;
import io.charter.common.persistence.JsonListConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One immutable version of a project's ethics charter (seed §1.2: protected attributes,
 * fairness criteria, privacy, transparency, societal impact, risk tier). Only {@link #status}
 * and the approval fields change after the row is written.
 */
@Entity
@Table(name = "ethics_charter")
public class EthicsCharter extends TenantOwned {

    @Column(name = "project_id", updatable = false)
    public UUID projectId;

    @Column(updatable = false)
    public int version;

    @Enumerated(EnumType.STRING)
    public CharterStatus status;

    @Convert(converter = ProtectedAttributeList.class)
    @Column(name = "protected_attributes", updatable = false)
    public List<ProtectedAttribute> protectedAttributes = List.of();

    @Convert(converter = FairnessCriterionList.class)
    @Column(name = "fairness_criteria", updatable = false)
    public List<FairnessCriterion> fairnessCriteria = List.of();

    @Column(updatable = false)
    public String privacy;

    @Column(updatable = false)
    public String transparency;

    @Column(name = "societal_impact", updatable = false)
    public String societalImpact;

    @Column(name = "dual_use", updatable = false)
    public String dualUse;

    @Enumerated(EnumType.STRING)
    @Column(name = "risk_tier", updatable = false)
    public RiskTier riskTier;

    @Column(name = "created_at", updatable = false)
    public Instant createdAt;

    @Column(name = "created_by", updatable = false)
    public String createdBy;

    @Column(name = "approved_by")
    public String approvedBy;

    @Column(name = "approved_at")
    public Instant approvedAt;

    public static class ProtectedAttributeList extends JsonListConverter<ProtectedAttribute> {
        public ProtectedAttributeList() {
            super(ProtectedAttribute.class);
        }
    }

    public static class FairnessCriterionList extends JsonListConverter<FairnessCriterion> {
        public FairnessCriterionList() {
            super(FairnessCriterion.class);
        }
    }
}
