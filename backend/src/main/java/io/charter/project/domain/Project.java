package io.charter.project.domain;

import io.charter.common.persistence.JsonListConverter;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.TenantId;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A project and its problem charter (seed §1.2 Phase I): what is to be solved, how success is judged. */
@Entity
@Table(name = "project")
public class Project extends PanacheEntityBase {

    @Id
    public UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    public String tenantId;

    public String name;

    @Column(name = "problem_statement")
    public String problemStatement;

    @Column(name = "business_need")
    public String businessNeed;

    @Enumerated(EnumType.STRING)
    @Column(name = "task_type")
    public TaskType taskType;

    @Convert(converter = KpiList.class)
    public List<Kpi> kpis = List.of();

    @Embedded
    public Constraints constraints;

    @Column(name = "scope_in")
    public String scopeIn;

    @Column(name = "scope_out")
    public String scopeOut;

    @Convert(converter = StringList.class)
    public List<String> stakeholders = List.of();

    @Column(name = "data_feasibility")
    public String dataFeasibility;

    @Enumerated(EnumType.STRING)
    public ProjectStatus status = ProjectStatus.SCOPING;

    @Version
    public long version;

    @Column(name = "created_at", updatable = false)
    public Instant createdAt;

    @Column(name = "created_by", updatable = false)
    public String createdBy;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Column(name = "updated_by")
    public String updatedBy;

    public static class KpiList extends JsonListConverter<Kpi> {
        public KpiList() {
            super(Kpi.class);
        }
    }

    public static class StringList extends JsonListConverter<String> {
        public StringList() {
            super(String.class);
        }
    }
}
