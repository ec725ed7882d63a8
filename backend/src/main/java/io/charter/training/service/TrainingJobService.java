package io.charter.training.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.charter.audit.service.AuditService;
import io.charter.charter.service.CharterService;
import io.charter.charter.service.CharterView;
import io.charter.common.data.PageQuery;
import io.charter.common.data.PageResult;
import io.charter.common.data.Timestamps;
import io.charter.common.error.CharterException;
import io.charter.common.error.ErrorCode;
import io.charter.common.error.FieldError;
import io.charter.dataset.domain.Dataset;
import io.charter.dataset.service.DatasetService;
import io.charter.dataset.service.ValidationService;
import io.charter.governance.eval.FairnessCriterion;
import io.charter.governance.eval.FairnessMetric;
import io.charter.governance.eval.TaskType;
import io.charter.jobs.JobStatus;
import io.charter.pipeline.domain.PipelineFit;
import io.charter.pipeline.domain.PreprocessingPipeline;
import io.charter.pipeline.service.PipelineService;
import io.charter.project.domain.Project;
import io.charter.project.service.ProjectService;
import io.charter.scheduler.job.JobEvent;
import io.charter.scheduler.job.JobState;
import io.charter.scheduler.job.JobType;
import io.charter.scheduler.job.Transition;
import io.charter.split.domain.DatasetSplit;
import io.charter.split.service.SplitService;
import io.charter.tenancy.CurrentUser;
import io.charter.tenancy.Role;
import io.charter.tracking.domain.Experiment;
import io.charter.tracking.domain.Run;
import io.charter.tracking.domain.RunStatus;
import io.charter.tracking.service.ExperimentView;
import io.charter.tracking.service.RunView;
import io.charter.tracking.service.TrackingCommands.NewExperiment;
import io.charter.tracking.service.TrackingCommands.NewRun;
import io.charter.tracking.service.TrackingService;
import io.charter.tracking.service.TrackingStore;
import io.charter.training.domain.LaunchRecord;
import io.charter.training.domain.TrainingJob;
import io.charter.worker.training.AlgorithmDefinition;
import io.charter.worker.training.AlgorithmSpec;
import io.charter.worker.training.Algorithms;
import io.charter.worker.training.ResolvedSpec;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Training and evaluation jobs as users see them: submission (every check before anything is
 * queued, so a bad spec is a 4xx and never a failed job), reading, cancelling. Scheduling and
 * execution are the {@link JobDispatcher}'s; state changes go through {@link JobLifecycle}.
 */
@ApplicationScoped
@Transactional
public class TrainingJobService {

    public static final Map<String, String> SORTABLE = Map.of("createdAt", "createdAt", "state", "state",
            "algorithm", "algorithm");

    static final double MIN_CPU = 0.1;
    static final double MAX_CPU = 64;
    static final long MIN_MEMORY_MB = 256;
    static final long MAX_MEMORY_MB = 262_144;
    static final int MAX_GPUS = 8;
    static final long DEFAULT_SEED = 42;
    static final int DEFAULT_MAX_ATTEMPTS = 3;

    @Inject
    CurrentUser user;

    @Inject
    AuditService audit;

    @Inject
    ProjectService projects;

    @Inject
    DatasetService datasets;

    @Inject
    ValidationService validation;

    @Inject
    PipelineService pipelines;

    @Inject
    SplitService splits;

    @Inject
    CharterService charters;

    @Inject
    TrackingService tracking;

    @Inject
    TrackingStore trackingStore;

    @Inject
    JobLifecycle lifecycle;

    @Inject
    ObjectMapper mapper;

    @Inject
    JobDispatcher dispatcher;

    /** The algorithm catalog, for forms and clients. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AlgorithmDefinition> algorithms() {
        user.tenant();
        return Algorithms.definitions();
    }

    /** Checks and queues a job, creating its run; call {@link JobDispatcher#wake()} after commit. */
    public TrainingJobView submit(UUID projectId, @NotNull @Valid JobCommand command) {
        user.require("submit training jobs", Role.builders());
        Project project = projects.find(projectId);
        TaskType task = task(project);
        if (command.type() != JobType.TRAIN && command.type() != JobType.EVALUATE) {
            throw CharterException.invalid("type", "must be TRAIN or EVALUATE, but is " + command.type());
        }
        Lineage lineage = lineage(projectId, command.pipelineFitId());
        validation.requireUsable(lineage.dataset.id, lineage.split.versionSha256);
        if (task != TaskType.CLUSTERING && lineage.fit.targetColumn == null) {
            throw CharterException.invalid("pipelineFitId", "was fitted without a target column, which "
                    + task + " needs; set the dataset's target column and fit the pipeline again");
        }
        List<FieldError> problems = new ArrayList<>();
        String evaluateOn = evaluateOn(command, problems);
        long cpuMillis = cpuMillis(command, problems);
        long memoryMb = memoryMb(command, problems);
        int gpus = gpus(command, problems);
        String algorithm;
        Map<String, Object> hyperparameters;
        TrainingJob source = null;
        if (command.type() == JobType.TRAIN) {
            if (command.algorithm() == null) {
                throw CharterException.invalid("algorithm", "is required for a TRAIN job");
            }
            ResolvedSpec resolved = resolve(command.algorithm(), task, problems);
            algorithm = command.algorithm().name();
            hyperparameters = resolved == null ? Map.of() : resolved.hyperparameters();
        } else {
            source = source(command, problems);
            algorithm = source == null ? "" : source.algorithm;
            hyperparameters = source == null ? Map.of() : stored(source).hyperparameters();
        }
        if (!problems.isEmpty()) {
            throw CharterException.invalid(problems);
        }
        Optional<CharterView> charter = charters.approved(projectId)
                .or(() -> charters.history(projectId).stream().findFirst());
        StoredSpec spec = new StoredSpec(hyperparameters, evaluateOn, blankToNull(command.positiveClass()),
                charter.map(c -> c.protectedAttributes().stream().map(a -> a.column()).toList()).orElse(List.of()),
                charter.map(c -> c.fairnessCriteria().stream().map(f -> new FairnessCriterion(
                        FairnessMetric.valueOf(f.metric().name()), f.threshold())).toList()).orElse(List.of()),
                source == null ? null : source.runId.toString());

        TrainingJob j = new TrainingJob();
        j.id = UUID.randomUUID();
        j.projectId = projectId;
        j.experimentId = experiment(project, command.experimentId());
        j.type = command.type();
        j.algorithm = algorithm;
        j.task = task.name();
        j.spec = json(spec);
        j.datasetId = lineage.dataset.id;
        j.versionSha256 = lineage.split.versionSha256;
        j.splitId = lineage.split.id;
        j.pipelineFitId = lineage.fit.id;
        j.sourceRunId = source == null ? null : source.runId;
        j.seed = command.seed() == null ? DEFAULT_SEED : command.seed();
        j.cpuMillis = cpuMillis;
        j.memoryMb = memoryMb;
        j.gpus = gpus;
        j.maxAttempts = command.maxAttempts() == null ? DEFAULT_MAX_ATTEMPTS : command.maxAttempts();
        j.maxRuntimeSeconds = command.maxRuntimeSeconds();
        j.state = JobState.QUEUED;
        j.attempt = 1;
        j.createdAt = Timestamps.now();
        j.stateSince = j.createdAt;
        j.enqueuedAt = j.createdAt;
        j.createdBy = user.name();
        j.runId = createRun(j, spec, command, lineage).id();
        j.persist();
        audit.record("job.submit", "TrainingJob", j.id, Map.of("type", j.type, "algorithm", algorithm,
                "hyperparameters", hyperparameters, "pipelineFit", j.pipelineFitId, "seed", j.seed,
                "evaluateOn", evaluateOn, "run", j.runId, "maxAttempts", j.maxAttempts));
        if ("TEST".equals(evaluateOn)) {
            audit.record("split.test.read", "DatasetSplit", j.splitId, Map.of("job", j.id, "run", j.runId));
        }
        return TrainingJobView.of(j, spec, position(j));
    }

    /**
     * Refuses, as a study would name it ({@code trial.pipelineFitId}, {@code trial.algorithm}), a
     * fitted pipeline or algorithm a TRAIN job of this project could not use.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public void checkTrainable(UUID projectId, UUID pipelineFitId, String algorithm) {
        Project project = projects.find(projectId);
        TaskType task = task(project);
        Lineage lineage;
        try {
            lineage = lineage(projectId, pipelineFitId);
        } catch (CharterException e) {
            throw new CharterException(e.code(), e.getMessage(), List.of(new FieldError("trial.pipelineFitId",
                    e.getMessage())));
        }
        validation.requireUsable(lineage.dataset.id, lineage.split.versionSha256);
        if (Algorithms.definitions().stream().noneMatch(a -> a.name().equals(algorithm) && a.tasks().contains(task))) {
            throw CharterException.invalid("trial.algorithm", "'" + algorithm + "' is not an algorithm for " + task
                    + " in the catalog (GET /api/v1/algorithms?task=" + task + ")");
        }
    }

    /** What a TRAIN job of {@code algorithm} with {@code hyperparameters} would be refused for; empty if nothing. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<FieldError> hyperparameterProblems(UUID projectId, String algorithm, Map<String, Object> hyperparameters) {
        List<FieldError> problems = new ArrayList<>();
        resolve(new JobCommand.AlgorithmChoice(algorithm, hyperparameters), task(projects.find(projectId)), problems);
        return problems;
    }

    /**
     * Submits {@code command} as the continuation of {@code previousJobId}: the new job's worker
     * resumes from the previous job's last checkpoint (a study's paused trial promoted by ASHA).
     * The caller checked the role.
     */
    public TrainingJobView submitContinuation(UUID projectId, JobCommand command, UUID previousJobId) {
        TrainingJob previous = find(previousJobId);
        TrainingJobView view = submit(projectId, command);
        TrainingJob j = find(view.id());
        j.checkpointKey = previous.checkpointKey;
        trackingStore.putTags(j.runId, Map.of("charter.continues_job", previous.id.toString(),
                "charter.continues_run", previous.runId.toString()));
        audit.record("job.continue", "TrainingJob", j.id, Map.of("from", previous.id,
                "checkpoint", previous.checkpointKey == null ? "none" : previous.checkpointKey));
        return view(j);
    }

    /**
     * Cancels a study's trial job for {@code reason} (the caller checked the role) and stops its
     * worker once the transaction has committed; a job that has already ended is left alone.
     */
    public void cancelForStudy(UUID jobId, String reason) {
        TrainingJob j = find(jobId);
        if (j.state.isTerminal()) {
            return;
        }
        String handle = j.executorHandle;
        lifecycle.apply(j, JobEvent.cancel(reason));
        dispatcher.stopWorkerAfterCommit(handle);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public TrainingJobView get(UUID jobId) {
        TrainingJob j = find(jobId);
        return view(j);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResult<TrainingJobView> list(UUID projectId, String state, PageQuery page) {
        projects.find(projectId);
        var query = state == null ? TrainingJob.find("projectId", page.sort(), projectId)
                : TrainingJob.find("projectId = ?1 and state = ?2", page.sort(), projectId, state(state));
        List<TrainingJobView> items = query.page(page.page(), page.size()).<TrainingJob>list().stream()
                .map(j -> view(j)).toList();
        return new PageResult<>(items, page.page(), page.size(), query.count());
    }

    private TrainingJobView view(TrainingJob j) {
        return TrainingJobView.of(j, stored(j), position(j));
    }

    /**
     * A queued job's place in its tenant's line (priority, then enqueue time, then id: the
     * fair-share round's turn order), counted when asked rather than stored, since every start
     * moves everyone behind it.
     */
    private static Integer position(TrainingJob j) {
        if (j.state != JobState.QUEUED) {
            return null;
        }
        long ahead = TrainingJob.count("tenantId = ?1 and state = ?2 and (priority > ?3 or (priority = ?3 "
                + "and (enqueuedAt < ?4 or (enqueuedAt = ?4 and id < ?5))))", j.tenantId, JobState.QUEUED,
                j.priority, j.enqueuedAt, j.id);
        return (int) ahead + 1;
    }

    /** The job of a run, if a job made it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<TrainingJobView> ofRun(UUID runId) {
        user.tenant();
        return TrainingJob.<TrainingJob>find("runId", runId).firstResultOptional().map(j -> view(j));
    }

    /**
     * Cancels the job; answers the executor handle the caller stops after commit (null when no
     * worker runs). 409 when the job has already ended.
     */
    public String cancel(UUID jobId) {
        user.require("cancel training jobs", Role.builders());
        TrainingJob j = find(jobId);
        String handle = j.executorHandle;
        Transition t = lifecycle.apply(j, JobEvent.cancel("cancelled by " + user.name()));
        if (t instanceof Transition.IllegalTransition illegal) {
            throw new CharterException(ErrorCode.CONFLICT, "The job is " + j.state + " and cannot be cancelled: "
                    + illegal.reason());
        }
        return t instanceof Transition.Moved ? handle : null;
    }

    /** The launches of a job, oldest first: each attempt's log file. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<LaunchRecord> launches(UUID jobId) {
        find(jobId);
        return LaunchRecord.<LaunchRecord>find("jobId", Sort.ascending("createdAt"), jobId).list();
    }

    /** The job, or 404 — also for another tenant's id. */
    public TrainingJob find(UUID jobId) {
        user.tenant();
        TrainingJob j = TrainingJob.findById(jobId);
        if (j == null) {
            throw CharterException.notFound("Job", jobId);
        }
        return j;
    }

    StoredSpec stored(TrainingJob j) {
        try {
            return mapper.readValue(j.spec, StoredSpec.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored spec of job " + j.id + " is unreadable", e);
        }
    }

    // ---- submission checks

    private record Lineage(PipelineFit fit, PreprocessingPipeline pipeline, DatasetSplit split, Dataset dataset) {
    }

    private Lineage lineage(UUID projectId, UUID fitId) {
        PipelineFit fit = PipelineFit.findById(fitId);
        if (fit == null) {
            throw CharterException.invalid("pipelineFitId", "no fitted pipeline " + fitId + " exists in this tenant");
        }
        PreprocessingPipeline pipeline = pipelines.find(fit.pipelineId);
        Dataset dataset = datasets.find(pipeline.datasetId);
        if (!dataset.projectId.equals(projectId)) {
            throw CharterException.invalid("pipelineFitId", "belongs to dataset " + dataset.id
                    + " of another project");
        }
        if (fit.status != JobStatus.SUCCEEDED) {
            throw new CharterException(ErrorCode.CONFLICT, "The pipeline fit is " + fit.status.name()
                    .toLowerCase(Locale.ROOT) + (fit.error == null ? "" : ": " + fit.error),
                    List.of(new FieldError("pipelineFitId", "is not fitted")));
        }
        return new Lineage(fit, pipeline, splits.find(fit.splitId), dataset);
    }

    private static TaskType task(Project project) {
        if (project.taskType == null) {
            throw CharterException.conflict("Project " + project.id + " has no ML task yet; set its task type first");
        }
        try {
            return TaskType.valueOf(project.taskType.name());
        } catch (IllegalArgumentException e) {
            throw CharterException.conflict("Project " + project.id + " frames a " + project.taskType
                    + " task, for which Charter has no trainable algorithm yet");
        }
    }

    private static ResolvedSpec resolve(JobCommand.AlgorithmChoice choice, TaskType task, List<FieldError> problems) {
        AlgorithmSpec spec = new AlgorithmSpec(choice.name(), choice.hyperparameters() == null ? Map.of()
                : choice.hyperparameters());
        List<io.charter.governance.pipeline.SpecProblem> found = Algorithms.check(spec, task);
        if (!found.isEmpty()) {
            found.forEach(p -> problems.add(new FieldError(p.path().isEmpty() ? "algorithm"
                    : p.path().equals("algorithm") ? "algorithm.name" : "algorithm." + p.path(), p.message())));
            return null;
        }
        return Algorithms.resolve(spec, task);
    }

    private TrainingJob source(JobCommand command, List<FieldError> problems) {
        if (command.sourceRunId() == null) {
            problems.add(new FieldError("sourceRunId", "is required for an EVALUATE job"));
            return null;
        }
        if (command.algorithm() != null) {
            problems.add(new FieldError("algorithm", "must be absent for an EVALUATE job: the source run's model "
                    + "is scored"));
        }
        TrainingJob source = TrainingJob.<TrainingJob>find("runId", command.sourceRunId()).firstResult();
        if (source == null || source.type != JobType.TRAIN) {
            problems.add(new FieldError("sourceRunId", "is not a run of a training job in this tenant"));
            return null;
        }
        if (source.state != JobState.SUCCEEDED) {
            problems.add(new FieldError("sourceRunId", "its training job is " + source.state + ", not SUCCEEDED"));
            return null;
        }
        if (!source.pipelineFitId.equals(command.pipelineFitId())) {
            problems.add(new FieldError("pipelineFitId", "must be the fitted pipeline the source run was trained "
                    + "with (" + source.pipelineFitId + ")"));
        }
        return source;
    }

    private static String evaluateOn(JobCommand command, List<FieldError> problems) {
        String value = command.evaluateOn() == null || command.evaluateOn().isBlank()
                ? (command.type() == JobType.EVALUATE ? "TEST" : "VALIDATION")
                : command.evaluateOn().strip().toUpperCase(Locale.ROOT);
        if (command.type() == JobType.TRAIN && !value.equals("VALIDATION")) {
            problems.add(new FieldError("evaluateOn", "a TRAIN job evaluates on VALIDATION; the TEST rows are locked "
                    + "until an EVALUATE job scores a finished run"));
        } else if (!value.equals("VALIDATION") && !value.equals("TEST")) {
            problems.add(new FieldError("evaluateOn", "must be VALIDATION or TEST, but is '" + command.evaluateOn()
                    + "'"));
        }
        return value;
    }

    private static long cpuMillis(JobCommand command, List<FieldError> problems) {
        Double cpu = command.resources() == null ? null : command.resources().cpu();
        double value = cpu == null ? 1.0 : cpu;
        if (!(value >= MIN_CPU && value <= MAX_CPU)) {
            problems.add(new FieldError("resources.cpu", "must be between " + MIN_CPU + " and " + MAX_CPU
                    + " cores, but is " + cpu));
        }
        return Math.round(value * 1000);
    }

    private static long memoryMb(JobCommand command, List<FieldError> problems) {
        Long memory = command.resources() == null ? null : command.resources().memoryMb();
        long value = memory == null ? 2048 : memory;
        if (value < MIN_MEMORY_MB || value > MAX_MEMORY_MB) {
            problems.add(new FieldError("resources.memoryMb", "must be between " + MIN_MEMORY_MB + " and "
                    + MAX_MEMORY_MB + " MiB, but is " + value));
        }
        return value;
    }

    private static int gpus(JobCommand command, List<FieldError> problems) {
        Integer gpus = command.resources() == null ? null : command.resources().gpus();
        int value = gpus == null ? 0 : gpus;
        if (value < 0 || value > MAX_GPUS) {
            problems.add(new FieldError("resources.gpus", "must be between 0 and " + MAX_GPUS + ", but is " + value));
        }
        return value;
    }

    private UUID experiment(Project project, UUID requested) {
        if (requested != null) {
            Experiment e = tracking.findExperiment(requested);
            if (!e.projectId.equals(project.id)) {
                throw CharterException.invalid("experimentId", "belongs to another project");
            }
            return e.id;
        }
        Experiment first = Experiment.<Experiment>find("projectId = ?1 and lifecycleStage = ?2",
                Sort.ascending("createdAt"), project.id, Experiment.ACTIVE).firstResult();
        if (first != null) {
            return first.id;
        }
        String name = project.name + " training";
        Experiment sameName = Experiment.<Experiment>find("name", name).firstResult();
        ExperimentView created = tracking.createExperiment(project.id, new NewExperiment(
                sameName == null ? name : name + " " + project.id.toString().substring(0, 8), null, Map.of()));
        return created.id();
    }

    private RunView createRun(TrainingJob j, StoredSpec spec, JobCommand command, Lineage lineage) {
        Map<String, String> tags = new LinkedHashMap<>();
        tags.put("charter.job", j.id.toString());
        tags.put("charter.job.type", j.type.name());
        tags.put("charter.algorithm", j.algorithm);
        tags.put("charter.task", j.task);
        tags.put("charter.dataset", lineage.dataset.id.toString());
        tags.put("charter.dataset.version", lineage.split.versionSha256);
        tags.put("charter.split", lineage.split.id.toString());
        tags.put("charter.pipeline", lineage.pipeline.id.toString());
        tags.put("charter.pipeline_fit", lineage.fit.id.toString());
        tags.put("charter.platform.commit", PlatformVersion.commit());
        if (j.sourceRunId != null) {
            tags.put("charter.source_run", j.sourceRunId.toString());
        }
        String name = command.runName() != null && !command.runName().isBlank() ? command.runName().strip()
                : (j.type == JobType.EVALUATE ? "evaluate-" : "") + j.algorithm + "-" + j.id.toString().substring(0, 8);
        RunView run = tracking.createRun(j.experimentId, new NewRun(name, j.createdAt.toEpochMilli(), tags));
        Run r = tracking.findRun(run.id());
        r.status = RunStatus.SCHEDULED;
        r.datasetId = lineage.dataset.id;
        r.versionSha256 = lineage.split.versionSha256;
        r.splitId = lineage.split.id;
        r.pipelineFitId = lineage.fit.id;
        r.jobId = j.id;
        Map<String, String> params = new LinkedHashMap<>();
        spec.hyperparameters().forEach((k, v) -> params.put(k, String.valueOf(v)));
        params.put("seed", Long.toString(j.seed));
        trackingStore.putParams(r.id, params);
        return run;
    }

    private String json(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("job spec cannot be written as JSON", e);
        }
    }

    private static JobState state(String value) {
        try {
            return JobState.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw CharterException.invalid("state", "must be one of " + List.of(JobState.values()) + ", but is '"
                    + value + "'");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
