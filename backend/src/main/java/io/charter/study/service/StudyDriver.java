package io.charter.study.service;

import io.charter.audit.service.AuditService;
import io.charter.common.data.Timestamps;
import io.charter.common.error.FieldError;
import io.charter.scheduler.job.JobState;
import io.charter.scheduler.job.JobType;
import io.charter.scheduler.tuning.PruneDecision;
import io.charter.scheduler.tuning.Pruner;
import io.charter.scheduler.tuning.Sampler;
import io.charter.scheduler.tuning.Trial;
import io.charter.scheduler.tuning.TrialState;
import io.charter.scheduler.tuning.pruner.AshaPruner;
import io.charter.scheduler.tuning.space.SearchSpace;
import io.charter.study.domain.Study;
import io.charter.study.domain.StudyKind;
import io.charter.study.domain.StudyState;
import io.charter.study.domain.StudyTrial;
import io.charter.tenancy.Role;
import io.charter.tenancy.TenantBinding;
import io.charter.tracking.domain.Run;
import io.charter.tracking.service.MetricPoint;
import io.charter.tracking.service.TrackingService;
import io.charter.tracking.service.TrackingStore;
import io.charter.training.domain.TrainingJob;
import io.charter.training.service.Conflicts;
import io.charter.training.service.JobCommand;
import io.charter.training.service.JobDispatcher;
import io.charter.training.service.TrainingJobService;
import io.charter.training.service.TrainingJobView;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Runs the studies, on one thread, level-triggered like the job dispatcher: every pass reads each
 * RUNNING study from the database and (1) brings its trials up to date with their jobs — feeds
 * new intermediate values to the pruner and cancels a pruned trial's job at once, records the
 * objective, constraints and cost of a finished one — then (2) asks the sampler for as many new
 * trials as the parallelism and budget allow, each submitted as a training job in its own
 * transaction, and (3) completes the study when its budget is used and nothing runs. Nothing is
 * kept in memory between passes, so a restarted server simply goes on where the study was.
 *
 * <p>Trials are submitted as {@code system:study} with a builder's role: the study's creator was
 * checked as a builder when the study was created.
 */
@ApplicationScoped
public class StudyDriver {

    private static final Logger LOG = Logger.getLogger(StudyDriver.class);
    static final String ACTOR = "system:study";

    @Inject
    EntityManager em;

    @Inject
    StudyService studies;

    @Inject
    TrainingJobService jobs;

    @Inject
    JobDispatcher dispatcher;

    @Inject
    TrackingService tracking;

    @Inject
    TrackingStore store;

    @Inject
    AuditService audit;

    @ConfigProperty(name = "charter.studies.drive", defaultValue = "true")
    boolean drive;

    @ConfigProperty(name = "charter.studies.interval", defaultValue = "1s")
    Duration interval;

    private ScheduledExecutorService loop;

    void start(@Observes StartupEvent event) {
        if (!drive) {
            return;
        }
        loop = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "charter-study-driver");
            t.setDaemon(true);
            return t;
        });
        loop.scheduleWithFixedDelay(this::tick, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        if (loop != null) {
            loop.shutdownNow();
        }
    }

    /** Runs a pass soon (after a study was created or resumed). */
    public void wake() {
        if (loop != null) {
            loop.execute(this::tick);
        }
    }

    void tick() {
        try {
            List<Object[]> running = JobDispatcher.inRequestContext(() -> QuarkusTransaction.requiringNew().call(() ->
                    em.createNativeQuery("SELECT id, tenant_id FROM study WHERE state = 'RUNNING'").getResultList()));
            for (Object[] row : running) {
                try {
                    drive((String) row[1], UUID.fromString(row[0].toString()));
                } catch (RuntimeException e) {
                    LOG.warnf(e, "study %s: pass failed; the next one retries", row[0]);
                }
            }
        } catch (RuntimeException e) {
            LOG.error("study driver pass failed; the next one retries", e);
        }
    }

    /** One pass over one study. */
    void drive(String tenant, UUID studyId) {
        Pass pass = asSystem(tenant, () -> Conflicts.retry(() -> QuarkusTransaction.requiringNew()
                .call(() -> sync(studyId))));
        int started = 0;
        while (started < pass.toStart()
                && asSystem(tenant, () -> QuarkusTransaction.requiringNew().call(() -> startTrial(studyId)))) {
            started++;
        }
        if (started > 0 || pass.promoted()) {
            dispatcher.wake(); // a scheduling round for the jobs this pass submitted or promoted, now committed
        }
    }

    /** What a sync asks of the rest of the pass: new trials to start, and whether it queued promotions. */
    private record Pass(int toStart, boolean promoted) {
    }

    // ---- (1) trials up to date, (3) completion

    private Pass sync(UUID studyId) {
        Study s = Study.findById(studyId);
        if (s == null || s.state != StudyState.RUNNING) {
            return new Pass(0, false);
        }
        StudyPlan plan = studies.plan(s);
        List<StudyTrial> rows = StudyService.trialRows(s.id);
        List<Trial> all = new ArrayList<>(studies.trials(s, rows));
        Pruner pruner = plan.pruner();
        for (int i = 0; i < rows.size(); i++) {
            StudyTrial row = rows.get(i);
            if (row.state != TrialState.RUNNING || row.jobId == null) {
                continue;
            }
            TrainingJob job = TrainingJob.findById(row.jobId);
            boolean ended = job == null || job.state.isTerminal();
            if (plan.pruningMetric() != null) {
                prune(s, row, i, all, pruner, plan, ended);
            }
            if (row.state == TrialState.RUNNING && ended) {
                finish(s, row, job, plan);
                all.set(i, studies.trial(row));
            }
        }
        long running = rows.stream().filter(t -> t.state == TrialState.RUNNING).count();
        boolean promoted = false;
        // ASHA first promotes paused trials that have entered their rung's top 1/η, then starts new ones.
        // With nothing running after this loop, nothing was promotable: parallelism is at least one.
        for (Long number : pruner.promotable(all)) {
            if (running >= s.parallelism) {
                break;
            }
            StudyTrial paused = rows.stream().filter(t -> t.number == number).findFirst().orElseThrow();
            promote(s, paused, plan);
            all.set(rows.indexOf(paused), studies.trial(paused));
            running++;
            promoted = true;
        }
        s.bestTrial = StudyService.best(rows, plan.direction());
        long counted = rows.stream().filter(t -> !StudyService.STOPPED_REASON.equals(t.reason)).count();
        Instant now = Timestamps.now();
        String exhausted = counted >= s.maxTrials ? "all " + s.maxTrials + " trials done"
                : s.timeBudgetSeconds != null && s.elapsed(now) >= s.timeBudgetSeconds
                ? "time budget of " + s.timeBudgetSeconds + " s used"
                : plan.sampler().exhausted(plan.space(), all) ? "every grid point tried" : null;
        if (exhausted != null && running == 0 && pruner instanceof AshaPruner
                && rows.stream().noneMatch(t -> t.state == TrialState.COMPLETE)) {
            // no new trial may start, no rung allows a promotion and no trial has its full budget:
            // rather than end with every trial paused (with few trials the top rungs never fill),
            // the best trial of the highest rung goes on to the end
            StudyTrial top = bestPaused(rows, plan);
            if (top != null) {
                promote(s, top, plan);
                top.reason = top.reason + " (the budget is used and it leads the highest rung)";
                return new Pass(0, true);
            }
        }
        if (exhausted != null) {
            if (running == 0) {
                s.elapsedSeconds = s.elapsed(now);
                s.runningSince = null;
                s.state = StudyState.COMPLETED;
                s.finishedAt = now;
                s.reason = exhausted;
                audit.record("study.complete", "Study", s.id, java.util.Map.of("reason", exhausted,
                        "best", s.bestTrial == null ? "none" : s.bestTrial));
            }
            return new Pass(0, promoted);
        }
        return new Pass((int) Math.max(0, Math.min(s.parallelism - running, s.maxTrials - counted)), promoted);
    }

    /** Feeds the trial's new intermediate values to the pruner, step by step; prunes and cancels on its word. */
    private void prune(Study s, StudyTrial row, int index, List<Trial> all, Pruner pruner, StudyPlan plan,
                       boolean ended) {
        SortedMap<Integer, Double> known = studies.intermediate(row);
        SortedMap<Integer, Double> reported = new TreeMap<>();
        for (MetricPoint p : store.history(row.runId, plan.pruningMetric())) {
            reported.put((int) p.step(), p.value());
        }
        SortedMap<Integer, Double> fresh = known.isEmpty() ? reported : reported.tailMap(known.lastKey() + 1);
        if (fresh.isEmpty()) {
            return;
        }
        for (Map.Entry<Integer, Double> step : fresh.entrySet()) {
            known.put(step.getKey(), step.getValue());
            Trial trial = new Trial(row.number, studies.params(row), TrialState.RUNNING, null, known, true, List.of());
            all.set(index, trial);
            if (ended) {
                continue; // a finished trial is recorded, not pruned
            }
            PruneDecision decision = pruner.prune(trial, all, step.getKey());
            if (decision.prune()) {
                row.state = TrialState.PRUNED;
                row.prunedRung = decision.rung();
                row.value = step.getValue();
                row.reason = "pruned at step " + step.getKey() + (decision.rung() == null ? "" : " (rung "
                        + decision.rung() + ")") + ": " + decision.reason();
                row.finishedAt = Timestamps.now();
                row.intermediate = studies.json(known);
                jobs.cancelForStudy(row.jobId, row.reason);
                all.set(index, studies.trial(row));
                audit.record("study.trial.prune", "Study", s.id, java.util.Map.of("trial", row.number,
                        "step", step.getKey(), "rung", decision.rung() == null ? -1 : decision.rung(),
                        "job", row.jobId));
                return;
            }
        }
        row.intermediate = studies.json(known);
    }

    /** Records a trial whose job ended: its objective, constraints and (NAS) cost, or why it failed. */
    private void finish(Study s, StudyTrial row, TrainingJob job, StudyPlan plan) {
        row.finishedAt = Timestamps.now();
        if (job == null || job.state != JobState.SUCCEEDED) {
            row.state = TrialState.FAIL;
            row.reason = job == null ? "its job was deleted" : "its job " + job.state
                    + (job.reason == null ? "" : ": " + job.reason);
        } else {
            Map<String, MetricPoint> metrics = tracking.run(row.runId).metrics();
            MetricPoint objective = metrics.get(plan.command().objective().metric());
            if (objective == null) {
                row.state = TrialState.FAIL;
                row.reason = "its run has no metric '" + plan.command().objective().metric() + "'; it has "
                        + metrics.keySet();
            } else {
                row.state = TrialState.COMPLETE;
                row.value = objective.value();
                row.feasible = true;
                List<String> violated = new ArrayList<>();
                for (StudyCommand.Constraint c : plan.command().constraints()) {
                    MetricPoint m = metrics.get(c.metric());
                    if (m == null || (c.min() != null && m.value() < c.min()) || (c.max() != null && m.value() > c.max())) {
                        violated.add(c.metric() + (m == null ? " missing" : " = " + m.value()));
                    }
                }
                if (!violated.isEmpty()) {
                    row.feasible = false;
                    row.reason = "infeasible: " + String.join(", ", violated);
                }
                if (plan.kind() == StudyKind.NAS) {
                    MetricPoint cost = metrics.get(plan.command().nas().costMetric());
                    row.extraValues = cost == null ? null : studies.json(List.of(cost.value()));
                }
            }
        }
        audit.record("study.trial." + row.state.name().toLowerCase(java.util.Locale.ROOT), "Study", s.id,
                java.util.Map.of("trial", row.number, "value", row.value == null ? "none" : row.value,
                        "feasible", row.feasible, "job", row.jobId));
    }

    /**
     * Resumes a paused trial as a new job that continues from its job's last checkpoint; the trial
     * keeps its intermediate values and follows the new job's run.
     */
    private void promote(Study s, StudyTrial paused, StudyPlan plan) {
        StudyCommand.TrialTemplate template = plan.command().trial();
        Integer rung = paused.prunedRung;
        TrainingJobView job = jobs.submitContinuation(s.projectId, new JobCommand(JobType.TRAIN,
                template.pipelineFitId(), new JobCommand.AlgorithmChoice(template.algorithm(),
                plan.hyperparameters(studies.params(paused))), null, null, null, s.experimentId,
                s.name + " #" + paused.number + " promoted", s.seed + paused.number, template.resources(),
                template.maxAttempts()), paused.jobId);
        UUID previousJob = paused.jobId;
        paused.state = TrialState.RUNNING;
        paused.jobId = job.id();
        paused.runId = job.runId();
        paused.value = null;
        paused.prunedRung = null;
        paused.finishedAt = null;
        paused.reason = "promoted from rung " + rung + ", continuing job " + previousJob;
        Run run = Run.findById(job.runId());
        run.parentStudyId = s.id;
        store.putTags(job.runId(), Map.of("charter.study", s.id.toString(), "charter.trial",
                Integer.toString(paused.number)));
        audit.record("study.trial.promote", "Study", s.id, Map.of("trial", paused.number, "rung",
                rung == null ? -1 : rung, "job", job.id(), "from", previousJob));
    }

    /** The paused trial that reached the highest step, best by its value there; null if none can go on. */
    private StudyTrial bestPaused(List<StudyTrial> rows, StudyPlan plan) {
        long max = plan.command().pruning().maxResource();
        StudyTrial best = null;
        int bestStep = -1;
        double bestLoss = Double.POSITIVE_INFINITY;
        io.charter.scheduler.tuning.Direction d = io.charter.scheduler.tuning.Direction.valueOf(
                plan.command().pruning().direction());
        for (StudyTrial t : rows) {
            SortedMap<Integer, Double> values = studies.intermediate(t);
            if (t.state != TrialState.PRUNED || values.isEmpty() || values.lastKey() >= max) {
                continue;
            }
            int step = values.lastKey();
            double loss = d.loss(values.get(step));
            if (step > bestStep || (step == bestStep && loss < bestLoss)) {
                best = t;
                bestStep = step;
                bestLoss = loss;
            }
        }
        return best;
    }

    // ---- (2) a new trial

    private boolean startTrial(UUID studyId) {
        Study s = Study.findById(studyId);
        if (s == null || s.state != StudyState.RUNNING) {
            return false;
        }
        List<StudyTrial> rows = StudyService.trialRows(s.id);
        long counted = rows.stream().filter(t -> !StudyService.STOPPED_REASON.equals(t.reason)).count();
        long running = rows.stream().filter(t -> t.state == TrialState.RUNNING).count();
        if (running >= s.parallelism || counted >= s.maxTrials) {
            return false;
        }
        StudyPlan plan = studies.plan(s);
        SearchSpace space = plan.space();
        Sampler sampler = plan.sampler();
        List<Trial> all = studies.trials(s, rows);
        if (sampler.exhausted(space, all)) {
            return false;
        }
        int number = rows.isEmpty() ? 0 : rows.get(rows.size() - 1).number + 1;
        Map<String, Object> params = sampler.suggest(space, all, number);
        Map<String, Object> hyperparameters = plan.hyperparameters(params);
        StudyCommand.TrialTemplate template = plan.command().trial();
        StudyTrial row = new StudyTrial();
        row.id = UUID.randomUUID();
        row.studyId = s.id;
        row.number = number;
        row.params = studies.json(params);
        row.intermediate = "{}";
        row.feasible = true;
        row.createdAt = Timestamps.now();
        List<FieldError> problems = jobs.hyperparameterProblems(s.projectId, template.algorithm(), hyperparameters);
        if (!problems.isEmpty()) {
            // a combination the algorithm refuses is a failed trial, as Optuna records a trial that raised
            row.state = TrialState.FAIL;
            row.reason = "the algorithm refuses these values: " + problems.stream()
                    .map(p -> p.field() + " " + p.message()).toList();
            row.finishedAt = row.createdAt;
            row.persist();
            audit.record("study.trial.fail", "Study", s.id, Map.of("trial", number, "reason", row.reason));
            return true;
        }
        TrainingJobView job = jobs.submit(s.projectId, new JobCommand(JobType.TRAIN, template.pipelineFitId(),
                new JobCommand.AlgorithmChoice(template.algorithm(), hyperparameters), null, null, null,
                s.experimentId, s.name + " #" + number, s.seed + number, template.resources(),
                template.maxAttempts()));
        row.state = TrialState.RUNNING;
        row.jobId = job.id();
        row.runId = job.runId();
        row.persist();
        Run run = Run.findById(job.runId());
        run.parentStudyId = s.id;
        store.putTags(job.runId(), Map.of("charter.study", s.id.toString(), "charter.trial", Integer.toString(number)));
        audit.record("study.trial.start", "Study", s.id, Map.of("trial", number, "params", params, "job", job.id()));
        return true;
    }

    private <T> T asSystem(String tenant, Supplier<T> work) {
        return JobDispatcher.inRequestContext(() -> TenantBinding.callAs(tenant, ACTOR, Set.of(Role.DATA_SCIENTIST),
                work));
    }
}
