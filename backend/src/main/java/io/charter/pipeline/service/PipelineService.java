package io.charter.pipeline.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.charter.artifact.ArtifactKeys;
import io.charter.artifact.ArtifactStore;
import io.charter.audit.service.AuditService;
import io.charter.common.data.Timestamps;
import io.charter.common.error.CharterException;
import io.charter.common.error.ErrorCode;
import io.charter.common.error.FieldError;
import io.charter.jobs.JobStatus;
import io.charter.jobs.JobView;
import io.charter.dataset.domain.ColumnStats;
import io.charter.dataset.domain.Dataset;
import io.charter.dataset.domain.DatasetVersion;
import io.charter.dataset.service.DatasetService;
import io.charter.dataset.service.ValidationService;
import io.charter.governance.pipeline.PipelineSpec;
import io.charter.governance.pipeline.InvalidPipelineException;
import io.charter.governance.pipeline.PipelineSpecs;
import io.charter.pipeline.domain.PipelineFit;
import io.charter.pipeline.domain.PreprocessingPipeline;
import io.charter.split.domain.DatasetSplit;
import io.charter.split.service.SplitService;
import io.charter.tenancy.CurrentUser;
import io.charter.tenancy.Role;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Preprocessing pipelines: versioned specs checked against the dataset's columns, and fits on
 * the TRAIN rows of a split of a version that passed validation (or was overridden). Fitting
 * never reads validation or test rows: the leakage guard is the split's row filter.
 */
@ApplicationScoped
@Transactional
public class PipelineService {

    @Inject
    CurrentUser user;

    @Inject
    DatasetService datasets;

    @Inject
    SplitService splits;

    @Inject
    ValidationService validations;

    @Inject
    AuditService audit;

    @Inject
    ArtifactStore store;

    @Inject
    ObjectMapper mapper;

    /** Saves a spec as the next revision of its name; checked against the newest version's columns. */
    public PipelineView create(UUID datasetId, @NotNull @Valid PipelineCommand command) {
        user.require("define preprocessing pipelines", Role.builders());
        Dataset d = datasets.find(datasetId);
        DatasetVersion newest = DatasetVersion.<DatasetVersion>find("datasetId", Sort.descending("uploadedAt"),
                datasetId).firstResultOptional().orElseThrow(() -> new CharterException(ErrorCode.CONFLICT,
                "Upload a version first: a pipeline is checked against the dataset's columns"));
        check(command.spec(), newest, d.targetColumn);
        String name = command.name().strip();
        Integer last = PreprocessingPipeline.<PreprocessingPipeline>find("datasetId = ?1 and name = ?2",
                Sort.descending("revision"), datasetId, name).firstResultOptional().map(p -> p.revision).orElse(0);
        PreprocessingPipeline p = new PreprocessingPipeline();
        p.id = UUID.randomUUID();
        p.datasetId = d.id;
        p.name = name;
        p.revision = last + 1;
        p.spec = PipelineSpecs.toJson(command.spec());
        p.createdBy = user.name();
        p.createdAt = Timestamps.now();
        p.persist();
        PipelineView view = view(p);
        audit.record("pipeline.create", "PreprocessingPipeline", p.id, view);
        return view;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PipelineView> list(UUID datasetId) {
        datasets.find(datasetId);
        return PreprocessingPipeline.<PreprocessingPipeline>find("datasetId",
                Sort.ascending("name").and("revision", Sort.Direction.Descending), datasetId).list().stream()
                .map(this::view).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PipelineView get(UUID pipelineId) {
        return view(find(pipelineId));
    }

    /** Queues a fit on the TRAIN rows of a fold of a split; {@link FitJobs#submit} the answer after commit. */
    public PipelineFit fit(UUID pipelineId, @NotNull @Valid FitCommand command) {
        user.require("fit preprocessing pipelines", Role.builders());
        PreprocessingPipeline p = find(pipelineId);
        DatasetSplit s = DatasetSplit.findById(command.splitId());
        if (s == null || !s.datasetId.equals(p.datasetId)) {
            throw new CharterException(ErrorCode.INVALID_INPUT, "The split must be one of the pipeline's dataset",
                    List.of(new FieldError("splitId", "no split " + command.splitId() + " of this dataset")));
        }
        if (s.status != JobStatus.SUCCEEDED) {
            throw new CharterException(ErrorCode.CONFLICT, "The split is not planned yet (" + s.status + ")",
                    List.of(new FieldError("splitId", "not planned")));
        }
        validations.requireUsable(s.datasetId, s.versionSha256);
        Dataset d = datasets.find(p.datasetId);
        DatasetVersion v = datasets.findVersion(s.datasetId, s.versionSha256);
        check(spec(p), v, d.targetColumn);
        int fold = command.fold() == null ? 0 : command.fold();
        PipelineFit f = new PipelineFit();
        f.id = UUID.randomUUID();
        f.pipelineId = p.id;
        f.splitId = s.id;
        f.fold = fold;
        f.targetColumn = d.targetColumn;
        f.s3Key = ArtifactKeys.fittedPipeline(user.tenant(), d.projectId, d.id, f.id);
        f.createdBy = user.name();
        f.queue(v.rowCount);
        f.persist();
        audit.record("pipeline.fit", "PipelineFit", f.id,
                Map.of("pipeline", p.id, "split", s.id, "fold", fold, "version", s.versionSha256));
        return f;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<FitView> fits(UUID pipelineId) {
        find(pipelineId);
        return PipelineFit.<PipelineFit>find("pipelineId", Sort.descending("createdAt"), pipelineId).list().stream()
                .map(this::view).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public FitView getFit(UUID fitId) {
        return view(findFit(fitId));
    }

    /** The fitted pipeline as its stored JSON; 409 unless the fit succeeded. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public InputStream artifact(UUID fitId) {
        PipelineFit f = findFit(fitId);
        if (f.status != JobStatus.SUCCEEDED) {
            throw CharterException.conflict("The fit is " + f.status.name().toLowerCase()
                    + (f.status == JobStatus.FAILED ? ": " + f.error : "; it has no artifact yet"));
        }
        return store.open(f.s3Key);
    }

    public PreprocessingPipeline find(UUID pipelineId) {
        user.tenant();
        PreprocessingPipeline p = PreprocessingPipeline.findById(pipelineId);
        if (p == null) {
            throw CharterException.notFound("Pipeline", pipelineId);
        }
        return p;
    }

    private PipelineFit findFit(UUID fitId) {
        user.tenant();
        PipelineFit f = PipelineFit.findById(fitId);
        if (f == null) {
            throw CharterException.notFound("Fitted pipeline", fitId);
        }
        return f;
    }

    private void check(PipelineSpec spec, DatasetVersion v, String target) {
        List<FieldError> problems = PipelineSpecs.check(spec, v.columns.stream().map(ColumnStats::name).toList(),
                        target)
                .stream().map(p -> new FieldError("spec." + p.path(), p.message())).toList();
        if (!problems.isEmpty()) {
            throw CharterException.invalid(problems);
        }
    }

    PipelineSpec spec(PreprocessingPipeline p) {
        try {
            return PipelineSpecs.parse(p.spec);
        } catch (InvalidPipelineException e) {
            throw new IllegalStateException("stored pipeline " + p.id + " is unreadable", e);
        }
    }

    private PipelineView view(PreprocessingPipeline p) {
        return new PipelineView(p.id, p.datasetId, p.name, p.revision, spec(p), p.createdBy, p.createdAt);
    }

    private FitView view(PipelineFit f) {
        try {
            List<String> outputs = f.outputColumns == null ? List.of()
                    : List.of(mapper.readValue(f.outputColumns, String[].class));
            return new FitView(f.id, f.pipelineId, f.splitId, f.fold, f.targetColumn, JobView.of(f.splitId.toString(), f),
                    outputs, f.createdBy);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored fit " + f.id + " is unreadable", e);
        }
    }

}
