package io.charter.project.service;

import io.charter.project.domain.Constraints;
import io.charter.project.domain.Kpi;
import io.charter.project.domain.Project;
import io.charter.project.domain.ProjectStatus;
import io.charter.project.domain.TaskType;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A project as clients read it. */
public record ProjectView(UUID id, long version, String name, String problemStatement, String businessNeed,
                          TaskType taskType, List<Kpi> kpis, Constraints constraints, String scopeIn,
                          String scopeOut, List<String> stakeholders, String dataFeasibility,
                          ProjectStatus status, Instant createdAt, String createdBy, Instant updatedAt,
                          String updatedBy) {

    public static ProjectView of(Project p) {
        return new ProjectView(p.id, p.version, p.name, p.problemStatement, p.businessNeed, p.taskType, p.kpis,
                p.constraints, p.scopeIn, p.scopeOut, p.stakeholders, p.dataFeasibility, p.status, p.createdAt,
                p.createdBy, p.updatedAt, p.updatedBy);
    }
}
