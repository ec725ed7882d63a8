package io.charter.dataset.service;

import io.charter.artifact.ArtifactKeys;
import io.charter.audit.service.AuditService;
import io.charter.charter.domain.ProtectedAttribute;
import io.charter.charter.service.CharterService;
import io.charter.common.data.ETags;
import io.charter.common.data.PageQuery;
import io.charter.common.data.PageResult;
import io.charter.common.data.Timestamps;
import io.charter.common.error.CharterException;
import io.charter.common.error.ErrorCode;
import io.charter.common.error.FieldError;
import io.charter.dataset.domain.ColumnStats;
import io.charter.dataset.domain.Dataset;
import io.charter.dataset.domain.DatasetVersion;
import io.charter.project.service.ProjectService;
import io.charter.tenancy.CurrentUser;
import io.charter.tenancy.Role;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

/** Datasets of the caller's tenant and their versions' metadata. Uploads: {@link DatasetUploadService}. */
@ApplicationScoped
@Transactional
public class DatasetService {

    public static final Map<String, String> SORTABLE = Map.of("name", "name", "createdAt", "createdAt",
            "updatedAt", "updatedAt");

    @Inject
    CurrentUser user;

    @Inject
    ProjectService projects;

    @Inject
    CharterService charters;

    @Inject
    AuditService audit;

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResult<DatasetView> list(UUID projectId, PageQuery page) {
        projects.find(projectId);
        PanacheQuery<Dataset> query = page.q() == null
                ? Dataset.find("projectId", page.sort(), projectId)
                : Dataset.find("projectId = ?1 and lower(name) like ?2 escape '\\'", page.sort(), projectId,
                page.likePattern());
        List<DatasetView> items = query.page(page.page(), page.size()).list().stream().map(DatasetView::of).toList();
        return new PageResult<>(items, page.page(), page.size(), query.count());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public DatasetView get(UUID id) {
        return DatasetView.of(find(id));
    }

    public DatasetView create(UUID projectId, @NotNull @Valid DatasetCommand command) {
        user.require("create datasets", Role.builders());
        projects.find(projectId);
        requireUniqueName(projectId, command.name(), null);
        Dataset d = new Dataset();
        d.id = UUID.randomUUID();
        d.projectId = projectId;
        d.createdAt = Timestamps.now();
        d.createdBy = user.name();
        apply(d, command);
        d.persist();
        d.flush();
        DatasetView view = DatasetView.of(d);
        audit.record("dataset.create", "Dataset", d.id, view);
        return view;
    }

    public DatasetView update(UUID id, long expectedVersion, @NotNull @Valid DatasetCommand command) {
        user.require("edit datasets", Role.builders());
        Dataset d = find(id);
        ETags.check(expectedVersion, d.version);
        requireUniqueName(d.projectId, command.name(), id);
        apply(d, command);
        d.flush();
        DatasetView view = DatasetView.of(d);
        audit.record("dataset.update", "Dataset", d.id, view);
        return view;
    }

    /**
     * Deletes the dataset and, by cascade, its versions, jobs, splits and pipelines; answers the S3
     * folder the caller empties after commit.
     */
    public String delete(UUID id, Long expectedVersion) {
        user.require("delete datasets", Role.builders());
        Dataset d = find(id);
        if (expectedVersion != null) {
            ETags.check(expectedVersion, d.version);
        }
        long versions = DatasetVersion.count("datasetId", id);
        audit.record("dataset.delete", "Dataset", d.id, Map.of("id", d.id, "name", d.name, "versions", versions));
        DatasetVersion.delete("datasetId", id);
        d.delete();
        return ArtifactKeys.datasetPrefix(user.tenant(), d.projectId, d.id);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<VersionView> versions(UUID datasetId) {
        Dataset d = find(datasetId);
        Set<String> protectedColumns = protectedColumns(d.projectId);
        return DatasetVersion.<DatasetVersion>find("datasetId", Sort.descending("uploadedAt"), datasetId).list()
                .stream().map(v -> view(d, v, protectedColumns)).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public VersionView version(UUID datasetId, String versionId) {
        Dataset d = find(datasetId);
        return view(d, findVersion(datasetId, versionId), protectedColumns(d.projectId));
    }

    /** The version row, or 404 (also for another tenant's dataset). */
    public DatasetVersion findVersion(UUID datasetId, String versionId) {
        return DatasetVersion.<DatasetVersion>find("datasetId = ?1 and sha256 = ?2", datasetId, versionId)
                .firstResultOptional()
                .orElseThrow(() -> CharterException.notFound("Version", versionId + " of dataset " + datasetId));
    }

    /** The dataset, or 404 — also for another tenant's id, which the tenant filter makes invisible. */
    public Dataset find(UUID id) {
        user.tenant();
        Dataset d = Dataset.findById(id);
        if (d == null) {
            throw CharterException.notFound("Dataset", id);
        }
        return d;
    }

    VersionView view(Dataset d, DatasetVersion v, Set<String> protectedColumns) {
        List<VersionView.Column> columns = new ArrayList<>();
        for (ColumnStats c : v.columns) {
            List<String> roles = new ArrayList<>();
            if (c.name().equals(d.targetColumn)) {
                roles.add("TARGET");
            }
            if (protectedColumns.contains(c.name())) {
                roles.add("PROTECTED");
            }
            columns.add(new VersionView.Column(c.name(), c.inferredType(),
                    d.typeOverrides.getOrDefault(c.name(), c.inferredType()), roles, c.nonMissing(), c.missing(),
                    c.distinct(), c.distinctCapped()));
        }
        return new VersionView(v.sha256, v.datasetId, v.format, v.sizeBytes, v.rowCount, columns, v.origin,
                v.parentSha256, v.pipelineId, v.uploadedAt, v.uploadedBy);
    }

    /** Protected attributes of the approved ethics charter, else of the latest draft. */
    Set<String> protectedColumns(UUID projectId) {
        return charters.protectedAttributes(projectId).stream().map(ProtectedAttribute::column)
                .collect(Collectors.toSet());
    }

    private void apply(Dataset d, DatasetCommand c) {
        d.name = c.name().trim();
        d.description = c.description();
        d.sourceType = c.sourceType();
        d.origin = c.origin();
        d.collectionMethod = c.collectionMethod();
        d.licence = c.licence();
        d.knownBiases = c.knownBiases();
        d.containsPersonalData = c.containsPersonalData();
        d.owner = c.owner() == null || c.owner().isBlank() ? user.name() : c.owner();
        d.targetColumn = c.targetColumn() == null || c.targetColumn().isBlank() ? null : c.targetColumn();
        d.typeOverrides = c.typeOverrides() == null ? Map.of() : new TreeMap<>(c.typeOverrides());
        d.updatedAt = Timestamps.now();
        d.updatedBy = user.name();
    }

    private void requireUniqueName(UUID projectId, String name, UUID except) {
        String lower = name.trim().toLowerCase();
        long clashes = except == null
                ? Dataset.count("projectId = ?1 and lower(name) = ?2", projectId, lower)
                : Dataset.count("projectId = ?1 and lower(name) = ?2 and id <> ?3", projectId, lower, except);
        if (clashes > 0) {
            throw new CharterException(ErrorCode.CONFLICT, "A dataset named '" + name.trim()
                    + "' already exists in this project", List.of(new FieldError("name", "already used")));
        }
    }
}
