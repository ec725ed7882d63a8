package io.charter.project.domain;

import io.charter.common.persistence.Tracked;
import io.charter.common.persistence.JsonListConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.util.List;

/** A project and its problem charter (seed §1.2 Phase I): what is to be solved, how success is judged. */
@Entity
@Table(name = "project")
public class Project extends Tracked {

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
