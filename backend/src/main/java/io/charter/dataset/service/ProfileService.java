package io.charter.dataset.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.charter.artifact.ArtifactKeys;
import io.charter.artifact.ArtifactStore;
import io.charter.audit.service.AuditService;
import io.charter.charter.service.CharterService;
import io.charter.common.error.CharterException;
import io.charter.common.error.ErrorCode;
import io.charter.dataset.domain.ColumnStats;
import io.charter.dataset.domain.Dataset;
import io.charter.dataset.domain.DatasetProfileJob;
import io.charter.dataset.domain.DatasetVersion;
import io.charter.jobs.JobStatus;
import io.charter.jobs.JobView;
import io.charter.governance.data.profile.ColumnSpec;
import io.charter.governance.data.profile.DatasetProfile;
import io.charter.governance.data.profile.ProfileRequest;
import io.charter.governance.data.profile.ProtectedGroupSpec;
import io.charter.tenancy.CurrentUser;
import io.charter.tenancy.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Profiling (EDA) of dataset versions as background jobs: queued with every new version,
 * re-run on request, read back when done. The work itself is {@link ProfileJobs}.
 */
@ApplicationScoped
@Transactional
public class ProfileService {

    /** Groups below this share of rows are flagged as under-represented. */
    static final double MIN_GROUP_SHARE = 0.10;
    /** Rows sampled for Cramér's V between categorical columns. */
    static final int SAMPLE_ROWS = 100_000;

    @Inject
    CurrentUser user;

    @Inject
    DatasetService datasets;

    @Inject
    CharterService charters;

    @Inject
    AuditService audit;

    @Inject
    ArtifactStore store;

    @Inject
    ObjectMapper mapper;

    /** Queues a job for a version (in the caller's transaction); {@link ProfileJobs#submit} it after commit. */
    @Transactional(Transactional.TxType.MANDATORY)
    public DatasetProfileJob queue(Dataset d, DatasetVersion v) {
        DatasetProfileJob job = job(d.id, v.sha256).orElse(null);
        boolean created = job == null;
        if (created) {
            job = new DatasetProfileJob();
            job.id = UUID.randomUUID();
            job.datasetId = d.id;
            job.versionSha256 = v.sha256;
            job.s3Key = ArtifactKeys.datasetProfile(user.tenant(), d.projectId, d.id, v.sha256);
        }
        job.request = json(request(d, v));
        job.queue(v.rowCount);
        if (created) {
            job.persist(); // after every column is set: the insert carries the state of this moment
        }
        return job;
    }

    /** Re-runs profiling (e.g. after the charter's protected attributes changed); answers the queued job. */
    public DatasetProfileJob rerun(UUID datasetId, String versionId) {
        user.require("profile datasets", Role.builders());
        Dataset d = datasets.find(datasetId);
        DatasetVersion v = datasets.findVersion(datasetId, versionId);
        Optional<DatasetProfileJob> running = job(datasetId, versionId)
                .filter(j -> j.status.active());
        if (running.isPresent()) {
            return running.get();
        }
        DatasetProfileJob job = queue(d, v);
        audit.record("dataset.profile.request", "DatasetVersion", versionId, Map.of("dataset", datasetId));
        return job;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public JobView status(UUID datasetId, String versionId) {
        datasets.findVersion(datasetId, versionId);
        return job(datasetId, versionId).map(j -> JobView.of(versionId, j)).orElseThrow(() -> CharterException.notFound(
                "Profile", "of version " + versionId));
    }

    /** The finished profile as stored JSON; 202-worthy states are the caller's to check first via {@link #status}. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public InputStream profileJson(UUID datasetId, String versionId) {
        DatasetProfileJob job = job(datasetId, versionId).orElseThrow();
        if (job.status == JobStatus.FAILED) {
            throw CharterException.conflict("Profiling failed: " + job.error + "; POST to this URL to retry");
        }
        if (job.status != JobStatus.SUCCEEDED) {
            throw new CharterException(ErrorCode.CONFLICT, "The profile is not ready yet");
        }
        return store.open(job.s3Key);
    }

    /** The finished profile, parsed (for the UI). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public DatasetProfile profile(UUID datasetId, String versionId) {
        try (InputStream json = profileJson(datasetId, versionId)) {
            return mapper.readValue(json, DatasetProfile.class);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("The stored profile could not be read", e);
        }
    }

    private static Optional<DatasetProfileJob> job(UUID datasetId, String versionId) {
        return DatasetProfileJob.find("datasetId = ?1 and versionSha256 = ?2", datasetId, versionId)
                .firstResultOptional();
    }

    private ProfileRequest request(Dataset d, DatasetVersion v) {
        List<ColumnSpec> columns = v.columns.stream()
                .map(c -> new ColumnSpec(c.name(), d.typeOverrides.getOrDefault(c.name(), c.inferredType())))
                .toList();
        List<String> names = v.columns.stream().map(ColumnStats::name).toList();
        List<ProtectedGroupSpec> groups = charters.protectedAttributes(d.projectId).stream()
                .filter(a -> names.contains(a.column()))
                .map(a -> new ProtectedGroupSpec(a.column(), a.groups())).toList();
        String target = d.targetColumn != null && names.contains(d.targetColumn) ? d.targetColumn : null;
        return new ProfileRequest(columns, v.delimiter.charAt(0), target, groups, MIN_GROUP_SHARE, SAMPLE_ROWS);
    }

    private String json(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a profile request is always serialisable", e);
        }
    }
}
