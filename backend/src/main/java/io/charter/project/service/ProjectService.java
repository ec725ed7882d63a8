package io.charter.project.service;

import io.charter.audit.service.AuditService;
import io.charter.common.data.ETags;
import io.charter.common.data.Timestamps;
import io.charter.common.data.PageQuery;
import io.charter.common.data.PageResult;
import io.charter.common.error.CharterException;
import io.charter.common.error.ErrorCode;
import io.charter.common.error.FieldError;
import io.charter.project.domain.Project;
import io.charter.project.domain.ProjectStatus;
import io.charter.tenancy.CurrentUser;
import io.charter.tenancy.Role;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Projects of the caller's tenant. Reads are open to every role; writes to the roles that build
 * models and to tenant admins. Every write is audited in its own transaction.
 */
@ApplicationScoped
@Transactional
public class ProjectService {

    public static final Map<String, String> SORTABLE = Map.of("name", "name", "createdAt", "createdAt",
            "updatedAt", "updatedAt", "taskType", "taskType", "status", "status");

    @Inject
    CurrentUser user;

    @Inject
    AuditService audit;

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResult<ProjectView> list(PageQuery page) {
        user.tenant();
        PanacheQuery<Project> query = page.q() == null
                ? Project.findAll(page.sort())
                : Project.find("lower(name) like ?1 escape '\\' or lower(problemStatement) like ?1 escape '\\'",
                page.sort(), page.likePattern());
        List<ProjectView> items = query.page(page.page(), page.size()).list().stream().map(ProjectView::of).toList();
        return new PageResult<>(items, page.page(), page.size(), query.count());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ProjectView get(UUID id) {
        return ProjectView.of(find(id));
    }

    public ProjectView create(@NotNull @Valid ProjectCommand command) {
        user.require("create projects", Role.builders());
        requireUniqueName(command.name(), null);
        Project p = new Project();
        p.id = UUID.randomUUID();
        p.createdAt = Timestamps.now();
        p.createdBy = user.name();
        apply(p, command);
        p.persist();
        p.flush();
        ProjectView view = ProjectView.of(p);
        audit.record("project.create", "Project", p.id, view);
        return view;
    }

    public ProjectView update(UUID id, long expectedVersion, @NotNull @Valid ProjectCommand command) {
        user.require("edit projects", Role.builders());
        Project p = find(id);
        ETags.check(expectedVersion, p.version);
        requireUniqueName(command.name(), id);
        apply(p, command);
        p.flush();
        ProjectView view = ProjectView.of(p);
        audit.record("project.update", "Project", p.id, view);
        return view;
    }

    public void delete(UUID id, Long expectedVersion) {
        user.require("delete projects", Role.builders());
        Project p = find(id);
        if (expectedVersion != null) {
            ETags.check(expectedVersion, p.version);
        }
        audit.record("project.delete", "Project", p.id, Map.of("id", p.id, "name", p.name, "version", p.version));
        p.delete();
    }

    /** The project, or 404 — also for another tenant's id, which the tenant filter makes invisible. */
    public Project find(UUID id) {
        user.tenant();
        Project p = Project.findById(id);
        if (p == null) {
            throw CharterException.notFound("Project", id);
        }
        return p;
    }

    private void apply(Project p, ProjectCommand c) {
        p.name = c.name().trim();
        p.problemStatement = c.problemStatement();
        p.businessNeed = c.businessNeed();
        p.taskType = c.taskType();
        p.kpis = c.kpis() == null ? List.of() : List.copyOf(c.kpis());
        p.constraints = c.constraints();
        p.scopeIn = c.scopeIn();
        p.scopeOut = c.scopeOut();
        p.stakeholders = c.stakeholders() == null ? List.of() : List.copyOf(c.stakeholders());
        p.dataFeasibility = c.dataFeasibility();
        p.status = c.status() == null ? (p.status == null ? ProjectStatus.SCOPING : p.status) : c.status();
        p.updatedAt = Timestamps.now();
        p.updatedBy = user.name();
    }

    private void requireUniqueName(String name, UUID except) {
        long clashes = except == null
                ? Project.count("lower(name) = ?1", name.trim().toLowerCase())
                : Project.count("lower(name) = ?1 and id <> ?2", name.trim().toLowerCase(), except);
        if (clashes > 0) {
            throw new CharterException(ErrorCode.CONFLICT,
                    "A project named '" + name.trim() + "' already exists in your tenant",
                    List.of(new FieldError("name", "already used by another project")));
        }
    }

}
