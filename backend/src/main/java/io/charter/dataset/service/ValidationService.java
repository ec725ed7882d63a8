package io.charter.dataset.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.charter.audit.service.AuditService;
import io.charter.common.data.ETags;
import io.charter.common.data.Timestamps;
import io.charter.common.error.CharterException;
import io.charter.common.error.ErrorCode;
import io.charter.common.error.FieldError;
import io.charter.jobs.JobStatus;
import io.charter.dataset.domain.Dataset;
import io.charter.dataset.domain.DatasetValidation;
import io.charter.dataset.domain.DatasetVersion;
import io.charter.governance.data.validation.ValidationReport;
import io.charter.governance.data.validation.ValidationRules;
import io.charter.tenancy.CurrentUser;
import io.charter.tenancy.Role;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Validation rules per dataset and their run on every version (seed §3.3, "expectations"). A new
 * version is validated after upload; changing the rules validates the newest version again. A
 * version whose validation failed is not usable for training until a data scientist overrides
 * it with a reason; the override is audited.
 */
@ApplicationScoped
@Transactional
public class ValidationService {

    /** An override must say why in at least this many characters. */
    static final int MIN_REASON_CHARS = 10;
    static final int MAX_REASON_CHARS = 2000;

    @Inject
    CurrentUser user;

    @Inject
    DatasetService datasets;

    @Inject
    AuditService audit;

    @Inject
    ObjectMapper mapper;

    @Transactional(Transactional.TxType.SUPPORTS)
    public RulesView rules(UUID datasetId) {
        Dataset d = datasets.find(datasetId);
        return new RulesView(d.id, d.validationRules, d.version);
    }

    /** Replaces the rules; answers them and the validation job queued for the newest version, if any. */
    public Updated updateRules(UUID datasetId, long expectedVersion, @NotNull @Valid RulesCommand command) {
        user.require("edit validation rules", Role.builders());
        Dataset d = datasets.find(datasetId);
        ETags.check(expectedVersion, d.version);
        List<FieldError> problems = ValidationRules.check(command.rules()).stream()
                .map(p -> new FieldError(p.path(), p.message())).toList();
        if (!problems.isEmpty()) {
            throw CharterException.invalid(problems);
        }
        d.validationRules = List.copyOf(command.rules());
        d.updatedAt = Timestamps.now();
        d.updatedBy = user.name();
        d.flush();
        audit.record("dataset.rules.update", "Dataset", d.id, Map.of("rules", d.validationRules));
        DatasetValidation job = DatasetVersion.<DatasetVersion>find("datasetId", Sort.descending("uploadedAt"), d.id)
                .firstResultOptional().map(v -> queue(d, v)).orElse(null);
        return new Updated(new RulesView(d.id, d.validationRules, d.version), job);
    }

    /** The rules after an update, and the job to submit after commit (null if the dataset has no version). */
    public record Updated(RulesView rules, DatasetValidation job) {
    }

    /**
     * Queues the validation of a version against the dataset's current rules (in the caller's
     * transaction); answers the job, to {@link ValidationJobs#submit} after commit unless it is
     * already done (no rules: passed at once).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public DatasetValidation queue(Dataset d, DatasetVersion v) {
        DatasetValidation job = job(d.id, v.sha256).orElse(null);
        boolean created = job == null;
        if (created) {
            job = new DatasetValidation();
            job.id = UUID.randomUUID();
            job.datasetId = d.id;
            job.versionSha256 = v.sha256;
        }
        job.rules = json(d.validationRules);
        job.passed = null;
        job.report = null;
        job.overrideReason = null;
        job.overriddenBy = null;
        job.overriddenAt = null;
        job.queue(v.rowCount);
        if (d.validationRules.isEmpty()) {
            job.status = JobStatus.SUCCEEDED;
            job.passed = true;
            job.rowsRead = v.rowCount;
            job.finishedAt = Timestamps.now();
        }
        if (created) {
            job.persist(); // after every column is set: the insert carries the state of this moment
        }
        return job;
    }

    /** Validates the version again against the current rules; answers the queued job. */
    public DatasetValidation rerun(UUID datasetId, String versionId) {
        user.require("validate datasets", Role.builders());
        Dataset d = datasets.find(datasetId);
        DatasetVersion v = datasets.findVersion(datasetId, versionId);
        Optional<DatasetValidation> running = job(datasetId, versionId).filter(j -> j.status.active());
        if (running.isPresent()) {
            return running.get();
        }
        DatasetValidation job = queue(d, v);
        audit.record("dataset.validation.request", "DatasetVersion", versionId,
                Map.of("dataset", datasetId, "rules", d.validationRules.size()));
        return job;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ValidationView get(UUID datasetId, String versionId) {
        datasets.findVersion(datasetId, versionId);
        DatasetValidation v = job(datasetId, versionId).orElseThrow(() -> CharterException.notFound(
                "Validation", "of version " + versionId));
        return ValidationView.of(v, report(v));
    }

    /** Accepts a failing version for training, with a reason; only data scientists may. */
    public ValidationView override(UUID datasetId, String versionId, String reason) {
        user.require("override a failed validation", Role.DATA_SCIENTIST);
        datasets.findVersion(datasetId, versionId);
        String why = reason == null ? "" : reason.strip();
        if (why.length() < MIN_REASON_CHARS || why.length() > MAX_REASON_CHARS) {
            throw CharterException.invalid("reason", "must say why the failing version may be used, in "
                    + MIN_REASON_CHARS + " to " + MAX_REASON_CHARS + " characters; got " + why.length());
        }
        DatasetValidation v = job(datasetId, versionId).orElseThrow(() -> CharterException.notFound(
                "Validation", "of version " + versionId));
        if (v.status != JobStatus.SUCCEEDED || !Boolean.FALSE.equals(v.passed)) {
            throw new CharterException(ErrorCode.CONFLICT, "Only a finished validation that failed can be "
                    + "overridden; this one is " + (v.status == JobStatus.SUCCEEDED ? "passed" : v.status));
        }
        v.overrideReason = why;
        v.overriddenBy = user.name();
        v.overriddenAt = Timestamps.now();
        audit.record("dataset.validation.override", "DatasetVersion", versionId,
                Map.of("dataset", datasetId, "reason", why));
        return ValidationView.of(v, report(v));
    }

    /**
     * Throws 409 unless the version passed validation or was overridden: what training, pipeline
     * fitting and splits call before they use a version.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public void requireUsable(UUID datasetId, String versionId) {
        DatasetValidation v = job(datasetId, versionId).orElse(null);
        if (v == null || !v.usable()) {
            String state = v == null ? "has not been validated" : v.status.active() ? "is still being validated"
                    : v.status == JobStatus.FAILED ? "could not be validated: " + v.error
                    : "failed validation";
            throw new CharterException(ErrorCode.CONFLICT, "Version " + versionId + " " + state
                    + "; a data scientist may override a failed validation with a reason",
                    List.of(new FieldError("versionId", "not usable for training")));
        }
    }

    private static Optional<DatasetValidation> job(UUID datasetId, String versionId) {
        return DatasetValidation.find("datasetId = ?1 and versionSha256 = ?2", datasetId, versionId)
                .firstResultOptional();
    }

    private ValidationReport report(DatasetValidation v) {
        if (v.report == null) {
            return null;
        }
        try {
            return mapper.readValue(v.report, ValidationReport.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored validation report of " + v.versionSha256 + " is unreadable", e);
        }
    }

    private String json(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("validation rules are always serialisable", e);
        }
    }
}
