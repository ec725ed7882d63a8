package io.charter.training.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.charter.artifact.ArtifactKeys;
import io.charter.artifact.ArtifactStore;
import io.charter.audit.service.AuditService;
import io.charter.common.data.Timestamps;
import io.charter.common.error.CharterException;
import io.charter.common.error.FieldError;
import io.charter.dataset.domain.DatasetVersion;
import io.charter.dataset.service.VersionRows;
import io.charter.governance.eval.Evaluation;
import io.charter.governance.eval.EvaluationJson;
import io.charter.governance.eval.FairnessCheck;
import io.charter.governance.eval.FairnessVerdict;
import io.charter.pipeline.domain.PipelineFit;
import io.charter.scheduler.job.AttemptFence;
import io.charter.scheduler.job.FenceDecision;
import io.charter.scheduler.job.JobEvent;
import io.charter.scheduler.job.JobState;
import io.charter.scheduler.job.JobType;
import io.charter.scheduler.job.Transition;
import io.charter.scheduler.job.WorkerStamp;
import io.charter.split.domain.DatasetSplit;
import io.charter.tracking.service.MetricPoint;
import io.charter.tracking.service.TrackingCommands.Batch;
import io.charter.tracking.service.RunUpdates;
import io.charter.tracking.service.TrackingService;
import io.charter.tracking.service.TrackingStore;
import io.charter.training.domain.TrainingJob;
import io.charter.training.security.JobTokenIdentityProvider;
import io.charter.worker.training.AlgorithmSpec;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * The server's side of the worker protocol: the spec a launch fetches, and the events it sends,
 * each passed through the {@link AttemptFence} first, so that only the job's current launch can
 * change it. Metric batches go to the job's run; a checkpoint becomes where the next attempt
 * resumes; SUCCEED checks the evaluation's fairness against the charter the job was submitted under.
 */
@ApplicationScoped
@Transactional
public class WorkerService {

    private static final Logger LOG = Logger.getLogger(WorkerService.class);

    /** The outcome of an event: acknowledged, or refused with the fence's or state machine's reason. */
    public record Outcome(boolean acknowledged, boolean fenced, JobState state, String reason) {
    }

    @Inject
    RunUpdates runUpdates;

    @Inject
    SecurityIdentity identity;

    @Inject
    TrainingJobService jobs;

    @Inject
    JobLifecycle lifecycle;

    @Inject
    TrackingStore store;

    @Inject
    AuditService audit;

    @Inject
    VersionRows versions;

    @Inject
    ArtifactStore artifacts;

    @Inject
    WorkerSettings settings;

    @Inject
    ObjectMapper mapper;

    @Transactional(Transactional.TxType.SUPPORTS)
    public WorkerSpec spec(UUID jobId) {
        stamp(jobId);
        TrainingJob j = jobs.find(jobId);
        StoredSpec spec = jobs.stored(j);
        DatasetVersion v = versions.stored(j.datasetId, j.versionSha256);
        DatasetSplit split = DatasetSplit.findById(j.splitId);
        PipelineFit fit = PipelineFit.findById(j.pipelineFitId);
        String prefix = ArtifactKeys.runPrefix(j.tenantId, j.projectId, j.runId);
        WorkerSpec.Model model = j.sourceRunId == null ? null
                : new WorkerSpec.Model(ArtifactKeys.runPrefix(j.tenantId, j.projectId, j.sourceRunId) + "model/");
        return new WorkerSpec(j.id.toString(), j.type.name(), j.attempt, j.runId.toString(), j.task,
                new AlgorithmSpec(j.algorithm, spec.hyperparameters()), j.seed,
                (int) Math.max(1, Math.ceil(j.cpuMillis / 1000.0)), 0,
                (int) Math.max(1, settings.heartbeatInterval().toSeconds()),
                new WorkerSpec.Data(v.s3Key, v.delimiter, v.sha256), new WorkerSpec.Split(split.s3Key, fit.fold),
                new WorkerSpec.Pipeline(fit.s3Key, fit.targetColumn), spec.positiveClass(),
                spec.protectedAttributes(), spec.evaluateOn(), prefix,
                j.type == JobType.TRAIN ? j.checkpointKey : null, model);
    }

    public Outcome event(UUID jobId, @NotNull @Valid WorkerEvent e) {
        WorkerStamp stamp = stamp(jobId);
        JobEvent event = event(e);
        TrainingJob j = jobs.find(jobId);
        FenceDecision decision = AttemptFence.check(j.snapshot(), stamp, event);
        if (decision == FenceDecision.DUPLICATE_TERMINAL) {
            return new Outcome(true, false, j.state, "duplicate " + event.type());
        }
        if (!decision.acknowledged()) {
            LOG.infof("job %s: event %s of launch %s (attempt %d) refused: %s", jobId, event.type(),
                    stamp.launchId(), stamp.attempt(), decision);
            return new Outcome(false, true, j.state, refusal(decision, j));
        }
        TrackingService.checkBatch(new Batch(e.metrics(), e.params(), e.tags()));
        String prefix = ArtifactKeys.runPrefix(j.tenantId, j.projectId, j.runId);
        if (e.checkpoint() != null && !e.checkpoint().key().startsWith(prefix + "checkpoints/")) {
            throw CharterException.invalid("checkpoint.key", "must lie under " + prefix + "checkpoints/");
        }
        Transition t = lifecycle.apply(j, event);
        if (t instanceof Transition.IllegalTransition illegal) {
            return new Outcome(false, false, j.state, illegal.reason());
        }
        j.lastHeartbeat = Timestamps.now();
        if (e.progress() != null) {
            j.progressUnit = e.progress().unit().toUpperCase(Locale.ROOT);
            j.progressCompleted = e.progress().completed();
            j.progressTotal = e.progress().total();
            runUpdates.changed(j.runId); // the run page shows the job's progress
        }
        record(j, e);
        if (e.checkpoint() != null) {
            j.checkpointKey = e.checkpoint().key();
            audit.record("job.checkpoint", "TrainingJob", j.id, Map.of("attempt", j.attempt,
                    "completed", e.checkpoint().completed(), "key", e.checkpoint().key()));
        }
        if (event.type() == io.charter.scheduler.job.JobEventType.SUCCEED) {
            checkFairness(j, prefix);
        }
        return new Outcome(true, false, j.state, null);
    }

    private void record(TrainingJob j, WorkerEvent e) {
        List<MetricPoint> metrics = e.metrics() == null ? List.of() : e.metrics();
        Map<String, String> params = new LinkedHashMap<>(e.params() == null ? Map.of() : e.params());
        // the server logged the resolved hyperparameters at submission; they are authoritative
        params.keySet().removeAll(store.params(List.of(j.runId)).getOrDefault(j.runId, Map.of()).keySet());
        Map<String, String> tags = e.tags() == null ? Map.of() : e.tags();
        if (metrics.isEmpty() && params.isEmpty() && tags.isEmpty()) {
            return;
        }
        store.putParams(j.runId, params);
        store.putTags(j.runId, tags);
        store.logMetrics(j.runId, metrics);
        audit.record("run.log", "Run", j.runId, Map.of("job", j.id, "attempt", j.attempt,
                "metrics", metrics.size(), "params", params.keySet(), "tags", tags.keySet()));
    }

    /** Compares the evaluation's fairness reports with the charter's criteria; writes fairness.json and a tag. */
    private void checkFairness(TrainingJob j, String prefix) {
        StoredSpec spec = jobs.stored(j);
        String key = prefix + "evaluation.json";
        if (!artifacts.exists(key)) {
            store.putTags(j.runId, Map.of("charter.fairness", "NOT_EVALUATED"));
            return;
        }
        Evaluation evaluation;
        try (InputStream in = artifacts.open(key)) {
            evaluation = EvaluationJson.read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException ex) {
            LOG.warnf(ex, "job %s: evaluation.json unreadable; fairness not checked", j.id);
            store.putTags(j.runId, Map.of("charter.fairness", "NOT_EVALUATED"));
            return;
        }
        List<FairnessVerdict> verdicts = evaluation.fairness() == null || spec.fairnessCriteria().isEmpty()
                ? List.of() : FairnessCheck.check(evaluation.fairness(), spec.fairnessCriteria());
        String outcome = verdicts.isEmpty() ? "NOT_EVALUATED" : FairnessCheck.allPassed(verdicts) ? "PASS" : "FAIL";
        try {
            artifacts.put(prefix + "fairness.json", mapper.writeValueAsBytes(Map.of("outcome", outcome,
                    "criteria", spec.fairnessCriteria(), "verdicts", verdicts)), "application/json");
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("fairness verdicts cannot be written", ex);
        }
        store.putTags(j.runId, Map.of("charter.fairness", outcome));
        audit.record("job.fairness", "TrainingJob", j.id, Map.of("outcome", outcome, "verdicts", verdicts.size()));
    }

    /** The caller's launch, if its token belongs to {@code jobId}; else 404 (a token of another job). */
    private WorkerStamp stamp(UUID jobId) {
        String job = identity.getAttribute(JobTokenIdentityProvider.JOB);
        if (job == null || !job.equals(jobId.toString())) {
            throw CharterException.notFound("Job", jobId);
        }
        Integer attempt = identity.getAttribute(JobTokenIdentityProvider.ATTEMPT);
        String launch = identity.getAttribute(JobTokenIdentityProvider.LAUNCH);
        return new WorkerStamp(job, attempt, launch);
    }

    private static JobEvent event(WorkerEvent e) {
        return switch (e.type().strip().toUpperCase(Locale.ROOT)) {
            case "START" -> JobEvent.start();
            case "HEARTBEAT" -> JobEvent.heartbeat();
            case "SUCCEED" -> JobEvent.succeed();
            case "FAIL" -> JobEvent.fail(e.reason() == null || e.reason().isBlank()
                    ? "the worker reported a failure without a reason" : e.reason(), Boolean.TRUE.equals(e.retryable()));
            default -> throw CharterException.invalid(List.of(new FieldError("type",
                    "must be START, HEARTBEAT, SUCCEED or FAIL, but is '" + e.type() + "'")));
        };
    }

    private static String refusal(FenceDecision decision, TrainingJob j) {
        return switch (decision) {
            case REFUSED_TERMINAL -> "the job is " + j.state + (j.reason == null ? "" : " (" + j.reason + ")")
                    + "; stop";
            case REFUSED_STALE_ATTEMPT -> "this launch is no longer the job's current one (the job runs attempt "
                    + j.attempt + "); stop";
            case REFUSED_UNKNOWN_ATTEMPT -> "no such attempt was launched; stop";
            case REFUSED_WRONG_JOB -> "the token belongs to another job";
            default -> decision.name();
        };
    }
}
