package io.charter.split.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.charter.artifact.ArtifactKeys;
import io.charter.artifact.ArtifactStore;
import io.charter.audit.service.AuditService;
import io.charter.common.error.CharterException;
import io.charter.common.error.ErrorCode;
import io.charter.common.error.FieldError;
import io.charter.jobs.JobStatus;
import io.charter.jobs.JobView;
import io.charter.dataset.domain.Dataset;
import io.charter.dataset.domain.DatasetVersion;
import io.charter.dataset.domain.ColumnStats;
import io.charter.dataset.service.DatasetService;
import io.charter.dataset.service.VersionRows;
import io.charter.split.domain.DatasetSplit;
import io.charter.governance.data.RowSource;
import io.charter.governance.data.split.SplitAssignment;
import io.charter.governance.data.split.SplitRole;
import io.charter.governance.data.split.SplitSpec;
import io.charter.governance.data.split.SplitSpecs;
import io.charter.governance.data.split.SplitSummary;
import io.charter.tenancy.CurrentUser;
import io.charter.tenancy.Role;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.io.IOException;
import io.charter.governance.data.CsvExport;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Split definitions of dataset versions. Planning runs as a job ({@link SplitJobs}); the rows of
 * the training and validation roles can be read by training paths, the test rows cannot: they
 * are locked for final evaluation ({@link #finalEvaluationRows}).
 */
@ApplicationScoped
@Transactional
public class SplitService {

    @Inject
    CurrentUser user;

    @Inject
    DatasetService datasets;

    @Inject
    AuditService audit;

    @Inject
    ArtifactStore store;

    @Inject
    VersionRows rows;

    @Inject
    ObjectMapper mapper;

    /** Records the split and queues its planning; {@link SplitJobs#submit} the answer's job after commit. */
    public DatasetSplit create(UUID datasetId, @NotNull @Valid SplitCommand command) {
        user.require("define splits", Role.builders());
        Dataset d = datasets.find(datasetId);
        DatasetVersion v = datasets.findVersion(datasetId, command.versionId());
        List<String> header = v.columns.stream().map(ColumnStats::name).toList();
        List<FieldError> problems = SplitSpecs.check(command.spec(), header).stream()
                .map(p -> p.within("spec")).map(p -> new FieldError(p.path(), p.message())).toList();
        if (!problems.isEmpty()) {
            throw CharterException.invalid(problems);
        }
        String name = command.name().strip();
        if (DatasetSplit.count("datasetId = ?1 and lower(name) = ?2", datasetId, name.toLowerCase()) > 0) {
            throw new CharterException(ErrorCode.CONFLICT, "A split named '" + name + "' already exists for this "
                    + "dataset", List.of(new FieldError("name", "already used")));
        }
        DatasetSplit s = new DatasetSplit();
        s.id = UUID.randomUUID();
        s.datasetId = datasetId;
        s.versionSha256 = v.sha256;
        s.name = name;
        s.spec = json(command.spec());
        s.s3Key = ArtifactKeys.datasetSplit(user.tenant(), d.projectId, d.id, v.sha256, s.id);
        s.createdBy = user.name();
        s.queue(v.rowCount);
        s.persist();
        audit.record("dataset.split.create", "DatasetSplit", s.id,
                Map.of("dataset", datasetId, "version", v.sha256, "name", name, "spec", command.spec()));
        return s;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SplitView> list(UUID datasetId) {
        datasets.find(datasetId);
        return DatasetSplit.<DatasetSplit>find("datasetId", Sort.descending("createdAt"), datasetId).list().stream()
                .map(this::view).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public SplitView get(UUID splitId) {
        return view(find(splitId));
    }

    /** Deletes the split; answers the S3 key the caller removes after commit. */
    public String delete(UUID splitId) {
        user.require("delete splits", Role.builders());
        DatasetSplit s = find(splitId);
        audit.record("dataset.split.delete", "DatasetSplit", s.id, Map.of("dataset", s.datasetId, "name", s.name));
        s.delete();
        return s.s3Key;
    }

    /** The split, or 404 — also for another tenant's id. */
    public DatasetSplit find(UUID splitId) {
        user.tenant();
        DatasetSplit s = DatasetSplit.findById(splitId);
        if (s == null) {
            throw CharterException.notFound("Split", splitId);
        }
        return s;
    }

    /**
     * What a training path may read: the rows of TRAIN or VALIDATION in {@code fold}. TEST is
     * refused (403): the test rows are locked until final evaluation.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public SplitRows trainingRows(UUID splitId, SplitRole role, int fold) {
        if (role == SplitRole.TEST) {
            throw new CharterException(ErrorCode.FORBIDDEN, "The test split is locked: its rows are read only by "
                    + "the final evaluation of a registered model, never by training, tuning or preprocessing",
                    List.of(new FieldError("role", "must be TRAIN or VALIDATION")));
        }
        if (role == SplitRole.UNUSED) {
            throw CharterException.invalid("role", "must be TRAIN or VALIDATION");
        }
        return rows(find(splitId), role, fold);
    }

    /** The locked test rows, for the final evaluation only (not reachable from any REST read). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public SplitRows finalEvaluationRows(UUID splitId) {
        return rows(find(splitId), SplitRole.TEST, 0);
    }

    /**
     * The rows of a role and fold of a split the caller already found (a job, in its tenant); the
     * caller is responsible for the test lock.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public SplitRows rows(DatasetSplit s, SplitRole role, int fold) {
        if (s.status != JobStatus.SUCCEEDED) {
            throw new CharterException(ErrorCode.CONFLICT, "The split is " + s.status.name().toLowerCase()
                    + (s.status == JobStatus.FAILED ? ": " + s.error : "; wait until it is planned"));
        }
        SplitAssignment assignment = assignment(s);
        if (fold < 0 || fold >= assignment.folds()) {
            throw CharterException.invalid("fold", "must be between 0 and " + (assignment.folds() - 1)
                    + ", but is " + fold);
        }
        DatasetVersion v = datasets.findVersion(s.datasetId, s.versionSha256);
        return new SplitRows(s.id, role, fold, rows.of(v), assignment, v.columns.stream().map(ColumnStats::name)
                .toList());
    }

    /** Rows of one role and fold of a split: the version's rows filtered by the stored assignment. */
    public record SplitRows(UUID splitId, SplitRole role, int fold, RowSource source, SplitAssignment assignment,
                            List<String> header) {

        /** True if data row {@code row} (0-based) belongs to this role and fold. */
        public boolean includes(long row) {
            return assignment.role(row, fold) == role;
        }

        /** Streams the header and these rows as CSV, formula-looking cells escaped; closes {@code out}. */
        public void writeCsv(OutputStream out) throws IOException {
            try (CsvExport csv = CsvExport.to(out)) {
                csv.row(header);
                source.forEach((row, fields) -> {
                    if (includes(row)) {
                        csv.row(fields);
                    }
                });
            }
        }
    }

    private SplitAssignment assignment(DatasetSplit s) {
        try (InputStream in = store.open(s.s3Key)) {
            return SplitAssignment.readFrom(in);
        } catch (IOException e) {
            throw new UncheckedIOException("the stored assignment of split " + s.id + " is unreadable", e);
        }
    }

    private SplitView view(DatasetSplit s) {
        try {
            return new SplitView(s.id, s.datasetId, s.versionSha256, s.name, mapper.readValue(s.spec, SplitSpec.class),
                    JobView.of(s.versionSha256, s),
                    s.summary == null ? null : mapper.readValue(s.summary, SplitSummary.class), s.createdBy);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored split " + s.id + " is unreadable", e);
        }
    }

    private String json(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a split spec is always serialisable", e);
        }
    }
}
