package io.charter.study.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.charter.audit.service.AuditService;
import io.charter.common.data.PageQuery;
import io.charter.common.data.PageResult;
import io.charter.common.data.Timestamps;
import io.charter.common.error.CharterException;
import io.charter.common.error.ErrorCode;
import io.charter.common.error.FieldError;
import io.charter.project.domain.Kpi;
import io.charter.project.domain.Project;
import io.charter.project.service.ProjectService;
import io.charter.scheduler.job.JobType;
import io.charter.scheduler.tuning.Direction;
import io.charter.scheduler.tuning.Importance;
import io.charter.scheduler.tuning.Pareto;
import io.charter.scheduler.tuning.Trial;
import io.charter.scheduler.tuning.TrialState;
import io.charter.study.domain.Study;
import io.charter.study.domain.StudyKind;
import io.charter.study.domain.StudyState;
import io.charter.study.domain.StudyTrial;
import io.charter.tenancy.CurrentUser;
import io.charter.tenancy.Role;
import io.charter.tracking.service.ExperimentView;
import io.charter.tracking.service.TrackingCommands.NewExperiment;
import io.charter.tracking.service.TrackingService;
import io.charter.training.service.JobCommand;
import io.charter.training.service.TrainingJobService;
import io.charter.training.service.TrainingJobView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Tuning studies and architecture searches as users see them: creating one (every check before
 * anything runs, so a bad space is a 400 naming the parameter), reading it and its trials with
 * the analyses the study page plots, stopping and resuming it, and training a final model with a
 * trial's parameters. The trials themselves are the {@link StudyDriver}'s.
 */
@ApplicationScoped
@Transactional
public class StudyService {

    public static final Map<String, String> SORTABLE = Map.of("createdAt", "createdAt", "name", "name",
            "state", "state");
    static final String STOPPED_REASON = "stopped with the study";

    @Inject
    CurrentUser user;

    @Inject
    AuditService audit;

    @Inject
    ProjectService projects;

    @Inject
    TrackingService tracking;

    @Inject
    TrainingJobService jobs;

    @Inject
    ObjectMapper mapper;

    /** Checks and starts a study; call {@link StudyDriver#wake()} after commit. */
    public StudyView create(UUID projectId, @NotNull @Valid StudyCommand command) {
        user.require("create studies", Role.builders());
        Project project = projects.find(projectId);
        StudyPlan plan = StudyPlan.of(command, defaultObjective(project));
        jobs.checkTrainable(projectId, command.trial().pipelineFitId(), command.trial().algorithm());
        checkFirstTrial(projectId, plan);
        if (Study.count("projectId = ?1 and name = ?2", projectId, plan.command().name()) > 0) {
            throw CharterException.invalid("name", "is taken by another study of this project");
        }
        Study s = new Study();
        s.id = UUID.randomUUID();
        s.projectId = projectId;
        ExperimentView experiment = tracking.createExperiment(projectId, new NewExperiment(
                "study " + plan.command().name() + " " + s.id.toString().substring(0, 8), null,
                Map.of("charter.study", s.id.toString())));
        s.experimentId = experiment.id();
        s.name = plan.command().name();
        s.kind = plan.kind();
        s.spec = json(plan.command());
        s.objectiveMetric = plan.command().objective().metric();
        s.direction = plan.command().objective().direction();
        s.sampler = plan.command().sampler();
        s.pruner = plan.command().pruner();
        s.maxTrials = plan.command().maxTrials();
        s.parallelism = plan.command().parallelism();
        s.timeBudgetSeconds = plan.command().timeBudgetSeconds();
        s.seed = plan.command().seed();
        s.state = StudyState.RUNNING;
        s.createdAt = Timestamps.now();
        s.createdBy = user.name();
        s.startedAt = s.createdAt;
        s.runningSince = s.createdAt;
        s.persist();
        audit.record("study.create", "Study", s.id, Map.of("name", s.name, "kind", s.kind, "sampler", s.sampler,
                "pruner", s.pruner, "objective", s.objectiveMetric, "maxTrials", s.maxTrials,
                "parallelism", s.parallelism));
        return view(s, List.of());
    }

    /**
     * The algorithm's verdict on the first trial the study would run (fixed hyperparameters with the
     * sampler's first suggestion), so that a typo in a fixed value is a 400 now rather than a study of
     * failed trials: {@code trial.hyperparameters.<name>} or {@code searchSpace.<name>}.
     */
    private void checkFirstTrial(UUID projectId, StudyPlan plan) {
        Map<String, Object> first = plan.sampler().suggest(plan.space(), List.of(), 0);
        List<FieldError> problems = jobs.hyperparameterProblems(projectId, plan.command().trial().algorithm(),
                plan.hyperparameters(first));
        if (problems.isEmpty()) {
            return;
        }
        throw CharterException.invalid(problems.stream().map(p -> {
            String name = p.field().startsWith("algorithm.hyperparameters.")
                    ? p.field().substring("algorithm.hyperparameters.".length()) : null;
            String field = name == null ? "trial.algorithm"
                    : first.containsKey(name) && plan.kind() == StudyKind.HPO ? "searchSpace." + name
                    : plan.kind() == StudyKind.NAS && !plan.command().trial().hyperparameters().containsKey(name) ? "nas"
                    : "trial.hyperparameters." + name;
            return new FieldError(field, p.message());
        }).toList());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public StudyView get(UUID id) {
        Study s = find(id);
        return view(s, trialRows(s.id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResult<StudyView> list(UUID projectId, PageQuery page) {
        projects.find(projectId);
        var query = Study.find("projectId", page.sort(), projectId);
        List<StudyView> items = query.page(page.page(), page.size()).<Study>list().stream()
                .map(s -> view(s, trialRows(s.id))).toList();
        return new PageResult<>(items, page.page(), page.size(), query.count());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<TrialView> trials(UUID studyId) {
        Study s = find(studyId);
        StudyPlan plan = plan(s);
        return trialRows(s.id).stream().map(t -> trialView(t, plan)).toList();
    }

    /**
     * First-order importance of each searched parameter for the objective (share of its variance
     * explained by the parameter alone, fANOVA's main effects estimated from the trials).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, Double> importance(UUID studyId) {
        Study s = find(studyId);
        return Importance.mainEffects(trials(s, trialRows(s.id)).stream()
                .filter(t -> t.state() == TrialState.COMPLETE && t.feasible()).toList());
    }

    /** NAS: the trial numbers on the Pareto front of objective vs cost; HPO: empty. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Integer> paretoFront(UUID studyId) {
        Study s = find(studyId);
        if (s.kind != StudyKind.NAS) {
            return List.of();
        }
        List<Trial> done = trials(s, trialRows(s.id)).stream().filter(t -> t.state() == TrialState.COMPLETE
                && t.feasible() && t.extraValues().size() == 1).toList();
        return Pareto.front(done, List.of(Direction.valueOf(s.direction), Direction.MINIMIZE)).stream()
                .map(t -> (int) t.number()).sorted().toList();
    }

    /** No new trials; running ones are cancelled (and do not count against the budget). */
    public StudyView stop(UUID id) {
        user.require("stop studies", Role.builders());
        Study s = find(id);
        if (s.state != StudyState.RUNNING) {
            throw new CharterException(ErrorCode.CONFLICT, "The study is " + s.state + ", not RUNNING");
        }
        Instant now = Timestamps.now();
        s.elapsedSeconds = s.elapsed(now);
        s.runningSince = null;
        s.state = StudyState.STOPPED;
        s.reason = "stopped by " + user.name();
        for (StudyTrial t : trialRows(s.id)) {
            if (t.state == TrialState.RUNNING) {
                t.state = TrialState.FAIL;
                t.reason = STOPPED_REASON;
                t.finishedAt = now;
                if (t.jobId != null) {
                    jobs.cancelForStudy(t.jobId, "the study " + s.name + " was stopped by " + user.name());
                }
            }
        }
        audit.record("study.stop", "Study", s.id, Map.of("by", user.name()));
        return view(s, trialRows(s.id));
    }

    /** Goes on where the study stopped; call {@link StudyDriver#wake()} after commit. */
    public StudyView resume(UUID id) {
        user.require("resume studies", Role.builders());
        Study s = find(id);
        if (s.state != StudyState.STOPPED) {
            throw new CharterException(ErrorCode.CONFLICT, "The study is " + s.state + ", not STOPPED");
        }
        s.state = StudyState.RUNNING;
        s.runningSince = Timestamps.now();
        s.reason = null;
        s.finishedAt = null;
        audit.record("study.resume", "Study", s.id, Map.of("by", user.name()));
        return view(s, trialRows(s.id));
    }

    /**
     * Submits a TRAIN job with trial {@code number}'s hyperparameters into the project's
     * experiment (the final model of the study); call the job dispatcher's wake after commit.
     */
    public TrainingJobView trainFinal(UUID studyId, int number) {
        user.require("train models", Role.builders());
        Study s = find(studyId);
        StudyTrial t = StudyTrial.<StudyTrial>find("studyId = ?1 and number = ?2", s.id, number).firstResultOptional()
                .orElseThrow(() -> CharterException.notFound("Trial", number));
        StudyPlan plan = plan(s);
        StudyCommand.TrialTemplate template = plan.command().trial();
        TrainingJobView job = jobs.submit(s.projectId, new JobCommand(JobType.TRAIN, template.pipelineFitId(),
                new JobCommand.AlgorithmChoice(template.algorithm(), plan.hyperparameters(params(t))), null, null,
                null, null, s.name + " final (trial " + number + ")", s.seed, template.resources(), null));
        audit.record("study.train_final", "Study", s.id, Map.of("trial", number, "job", job.id()));
        return job;
    }

    // ---- package: the driver's reads

    Study find(UUID id) {
        Study s = Study.findById(id);
        if (s == null) {
            throw CharterException.notFound("Study", id);
        }
        return s;
    }

    static List<StudyTrial> trialRows(UUID studyId) {
        return StudyTrial.<StudyTrial>find("studyId", io.quarkus.panache.common.Sort.ascending("number"), studyId).list();
    }

    StudyPlan plan(Study s) {
        try {
            StudyCommand command = mapper.readValue(s.spec, StudyCommand.class);
            return new StudyPlan(command, s.kind, command.pruning() == null ? null : command.pruning().metric(),
                    command.pruning() != null && "MAXIMIZE".equals(command.pruning().direction()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("study " + s.id + " has an unreadable spec", e);
        }
    }

    /** The trials as the scheduler's samplers and pruners see them. */
    List<Trial> trials(Study s, List<StudyTrial> rows) {
        return rows.stream().map(this::trial).toList();
    }

    Trial trial(StudyTrial t) {
        return new Trial(t.number, params(t), t.state, t.value, intermediate(t), t.feasible, extraValues(t));
    }

    Map<String, Object> params(StudyTrial t) {
        return read(t.params, new TypeReference<LinkedHashMap<String, Object>>() { });
    }

    SortedMap<Integer, Double> intermediate(StudyTrial t) {
        return read(t.intermediate, new TypeReference<TreeMap<Integer, Double>>() { });
    }

    List<Double> extraValues(StudyTrial t) {
        return t.extraValues == null ? List.of() : read(t.extraValues, new TypeReference<List<Double>>() { });
    }

    String json(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value, e);
        }
    }

    private <T> T read(String json, TypeReference<T> type) {
        try {
            return mapper.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable trial data: " + json, e);
        }
    }

    private StudyCommand.Objective defaultObjective(Project project) {
        if (project.kpis == null || project.kpis.isEmpty()) {
            return null;
        }
        Kpi kpi = project.kpis.get(0);
        return new StudyCommand.Objective(kpi.metric(), kpi.direction().name());
    }

    StudyView view(Study s, List<StudyTrial> rows) {
        StudyPlan plan = plan(s);
        Map<String, Long> counts = new LinkedHashMap<>();
        for (TrialState state : TrialState.values()) {
            counts.put(state.name(), rows.stream().filter(t -> t.state == state && !STOPPED_REASON.equals(t.reason))
                    .count());
        }
        // cancelled by a stop: not failures, and not counted against the budget
        counts.put("STOPPED", rows.stream().filter(t -> STOPPED_REASON.equals(t.reason)).count());
        TrialView best = s.bestTrial == null ? null : rows.stream().filter(t -> t.number == s.bestTrial).findFirst()
                .map(t -> trialView(t, plan)).orElse(null);
        Instant now = Timestamps.now();
        long elapsed = s.elapsed(now);
        long finished = rows.stream().filter(t -> t.state != TrialState.RUNNING && !STOPPED_REASON.equals(t.reason))
                .count();
        Long eta = null;
        if (s.state == StudyState.RUNNING && finished > 0) {
            long remaining = Math.max(0, s.maxTrials - finished);
            eta = Math.round((double) elapsed / finished * remaining);
            if (s.timeBudgetSeconds != null) {
                eta = Math.min(eta, Math.max(0, s.timeBudgetSeconds - elapsed));
            }
        }
        return new StudyView(s.id, s.projectId, s.experimentId, s.name, s.kind, plan.command(), s.state, s.reason,
                counts, best, s.createdAt, s.createdBy, s.startedAt, s.finishedAt, elapsed, eta);
    }

    TrialView trialView(StudyTrial t, StudyPlan plan) {
        Map<String, Object> params = params(t);
        return new TrialView(t.number, params, plan.hyperparameters(params), t.state,
                t.state == TrialState.COMPLETE ? t.value : null, extraValues(t), t.feasible, intermediate(t),
                t.prunedRung, t.reason, t.jobId, t.runId, t.createdAt, t.finishedAt);
    }

    /** The best feasible complete trial's number under the study's direction, or null. */
    static Integer best(List<StudyTrial> rows, Direction direction) {
        return rows.stream().filter(t -> t.state == TrialState.COMPLETE && t.feasible && t.value != null)
                .min(Comparator.comparingDouble((StudyTrial t) -> direction.loss(t.value)).thenComparingInt(t -> t.number))
                .map(t -> t.number).orElse(null);
    }
}
