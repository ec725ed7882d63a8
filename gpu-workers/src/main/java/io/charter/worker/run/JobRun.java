package io.charter.worker.run;

import io.charter.governance.data.split.SplitRole;
import io.charter.governance.eval.Evaluation;
import io.charter.governance.eval.TaskType;
import io.charter.worker.data.LabelEncoding;
import io.charter.worker.data.RoleReader;
import io.charter.worker.data.RoleRows;
import io.charter.worker.data.SampleBuilder;
import io.charter.worker.eval.FinalMetrics;
import io.charter.worker.eval.ModelCost;
import io.charter.worker.eval.ModelEvaluator;
import io.charter.worker.protocol.FencedException;
import io.charter.worker.protocol.JobSpec;
import io.charter.worker.protocol.JobType;
import io.charter.worker.protocol.ReportFailedException;
import io.charter.worker.protocol.ServerClient;
import io.charter.worker.protocol.WorkerEvent;
import io.charter.worker.storage.ObjectStore;
import io.charter.worker.training.Algorithms;
import io.charter.worker.training.Checkpoint;
import io.charter.worker.training.ResolvedSpec;
import io.charter.worker.training.Samples;
import io.charter.worker.training.TrainedModel;
import io.charter.worker.training.TrainingRequest;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.IntConsumer;

/**
 * One launch, from the spec to the exit code (docs/worker-protocol.md). The job runs on its own
 * daemon thread while the caller waits for the first outcome: the job's own, or a heartbeat that
 * was fenced or could not be delivered, which ends the launch at once (a one-shot fit reports
 * nothing the training thread could be stopped at). Returns the exit code rather than exiting, so
 * tests run whole launches in-process; only {@code WorkerMain} exits.
 */
public final class JobRun {

    private final WorkerSettings settings;
    private final ServerClient server;
    private final ObjectStore store;
    private final Path workDir;
    private final IntConsumer nativeDefaults;
    private final PrintStream log;

    /**
     * @param workDir        an empty directory for the downloaded inputs and the saved model
     * @param nativeDefaults given the spec's thread count once the spec is read, before any native
     *                       library loads ({@link NativeDefaults#apply})
     * @param log            the job's log (stdout in production)
     */
    public JobRun(WorkerSettings settings, ServerClient server, ObjectStore store, Path workDir,
                  IntConsumer nativeDefaults, PrintStream log) {
        this.settings = settings;
        this.server = server;
        this.store = store;
        this.workDir = workDir;
        this.nativeDefaults = nativeDefaults;
        this.log = log;
    }

    public int run() {
        JobSpec spec;
        try {
            spec = server.spec();
        } catch (FencedException | ReportFailedException e) {
            log.println("could not read the job spec: " + e.getMessage());
            return exitCode(e);
        }
        log.println(summary(spec));
        nativeDefaults.accept(spec.threads());
        Reporter reporter = new Reporter(server::send, System::currentTimeMillis);
        CompletableFuture<Integer> exit = new CompletableFuture<>();
        Thread job = new Thread(() -> exit.complete(execute(spec, reporter, exit)), "charter-job");
        job.setDaemon(true);
        job.start();
        return exit.join();
    }

    private int execute(JobSpec spec, Reporter reporter, CompletableFuture<Integer> exit) {
        try {
            Map<String, Double> metrics = spec.type() == JobType.EVALUATE
                    ? evaluateOnly(spec, reporter, exit) : train(spec, reporter, exit);
            reporter.succeed(metrics);
            log.println("succeeded: " + metrics);
            return ExitCode.SUCCESS;
        } catch (FencedException | ReportFailedException e) {
            log.println("stopped: " + e.getMessage());
            return exitCode(e);
        } catch (Throwable e) { // a launch reports every failure, even an Error, before it ends
            Failure failure = Failure.of(e);
            log.println("failed (" + (failure.retryable() ? "retryable" : "not retryable") + "): " + failure.reason());
            try {
                reporter.fail(failure.reason(), failure.retryable());
                return ExitCode.FAILED;
            } catch (FencedException | ReportFailedException x) {
                log.println("the failure could not be reported: " + x.getMessage());
                return exitCode(x);
            }
        }
    }

    private Map<String, Double> train(JobSpec spec, Reporter reporter, CompletableFuture<Integer> exit)
            throws IOException {
        ResolvedSpec resolved = Algorithms.resolve(spec.algorithm(), spec.task());
        String library = Algorithms.definition(resolved.algorithm()).orElseThrow().library();
        reporter.start(params(resolved), LibraryTags.of(library, settings.attempt()));
        try (Heartbeat heartbeat = Heartbeat.start(reporter, spec.heartbeatSeconds(), e -> stop(e, exit))) {
            JobInputs inputs = JobInputs.download(spec, store, workDir.resolve("inputs"), log);
            RoleReader reader = inputs.reader(spec.split().fold());
            logRoles(reader);
            String target = spec.pipeline().target();
            RoleRows trainRows = reader.read(SplitRole.TRAIN, spec.task() == TaskType.CLUSTERING ? List.of()
                    : List.of(target));
            LabelEncoding encoding = spec.isClassification()
                    ? LabelEncoding.of(trainRows.column(target), target, spec.task(), spec.positiveClass()) : null;
            ModelEvaluator evaluator = evaluator(spec, encoding, inputs);
            RoleRows evalRows = reader.read(spec.evaluateOn(), evaluator.rawColumns());
            Samples validation = spec.evaluateOn() == SplitRole.VALIDATION
                    ? SampleBuilder.build(evalRows, spec.task(), encoding, target) : null;
            ProgressTracker progress = ProgressTracker.of(resolved);
            Checkpoint resume = null;
            if (spec.resumeFrom() != null) {
                resume = JobInputs.checkpoint(store, spec.resumeFrom(), workDir);
                progress.resumedFrom(resume);
                log.println("resuming from " + spec.resumeFrom() + " (" + resume + ")");
            }
            reporter.track(progress);
            ReportingListener listener = new ReportingListener(reporter, store, spec.artifactPrefix(),
                    settings.attempt(), log);
            Samples train = SampleBuilder.build(trainRows, spec.task(), encoding, target);
            TrainingRequest request = TrainingRequest.of(spec.algorithm(), spec.task(), train, spec.seed())
                    .withValidation(validation).withThreads(spec.threads())
                    .withCheckpointEvery(spec.checkpointEvery()).withListener(listener).withResumeFrom(resume);
            log.println("training " + resolved.algorithm() + " on " + trainRows.size() + " rows");
            try (TrainedModel model = Algorithms.train(request)) {
                listener.finishLine();
                reporter.flush();
                Artifacts artifacts = new Artifacts(store, spec.artifactPrefix(), log);
                artifacts.model(model, workDir.resolve("model"));
                if (encoding != null) {
                    artifacts.classes(encoding.classes());
                }
                Map<String, Double> cost = ModelCost.measure(model, workDir.resolve("model"), train.x());
                return evaluate(model, evaluator, evalRows, inputs, artifacts, cost);
            }
        }
    }

    private Map<String, Double> evaluateOnly(JobSpec spec, Reporter reporter, CompletableFuture<Integer> exit)
            throws IOException {
        reporter.start(Map.of(), LibraryTags.of(null, settings.attempt()));
        try (Heartbeat heartbeat = Heartbeat.start(reporter, spec.heartbeatSeconds(), e -> stop(e, exit))) {
            JobInputs inputs = JobInputs.download(spec, store, workDir.resolve("inputs"), log);
            RoleReader reader = inputs.reader(spec.split().fold());
            logRoles(reader);
            SavedModel.Loaded saved = SavedModel.download(spec, store, workDir);
            log.println("loaded " + saved.model().info().algorithm() + " from " + spec.model().prefix());
            try (TrainedModel model = saved.model()) {
                ModelEvaluator evaluator = evaluator(spec, saved.encoding(), inputs);
                RoleRows evalRows = reader.read(spec.evaluateOn(), evaluator.rawColumns());
                return evaluate(model, evaluator, evalRows, inputs,
                        new Artifacts(store, spec.artifactPrefix(), log), Map.of());
            }
        }
    }

    /**
     * Evaluates, uploads the pipeline, the evaluation and the metrics (with the model's serving
     * {@code cost}, see {@link ModelCost}); returns the final metrics.
     */
    private Map<String, Double> evaluate(TrainedModel model, ModelEvaluator evaluator, RoleRows rows,
                                         JobInputs inputs, Artifacts artifacts, Map<String, Double> cost)
            throws IOException {
        log.println("evaluating on " + rows.size() + " " + rows.role() + " rows");
        Evaluation evaluation = evaluator.evaluate(model, rows);
        Map<String, Double> metrics = new LinkedHashMap<>(FinalMetrics.of(evaluation));
        metrics.putAll(cost);
        artifacts.pipeline(inputs.pipelineJson());
        artifacts.evaluation(evaluation);
        artifacts.metrics(metrics);
        metrics.forEach((name, value) -> log.println("  " + name + " = " + value));
        return metrics;
    }

    private static ModelEvaluator evaluator(JobSpec spec, LabelEncoding encoding, JobInputs inputs) {
        // fairness compares favourable decisions, which only a binary task has
        List<String> protectedAttributes = spec.task() == TaskType.BINARY_CLASSIFICATION
                ? spec.protectedAttributes() : List.of();
        List<String> sliceColumns = spec.task() == TaskType.CLUSTERING ? List.of() : inputs.pipeline().inputColumns();
        return new ModelEvaluator(spec.task(), encoding, spec.pipeline().target(), protectedAttributes, sliceColumns,
                spec.seed());
    }

    private void logRoles(RoleReader reader) {
        StringBuilder line = new StringBuilder("rows per role:");
        for (SplitRole role : SplitRole.values()) {
            line.append(' ').append(role).append('=').append(reader.count(role));
        }
        log.println(line);
    }

    private void stop(RuntimeException e, CompletableFuture<Integer> exit) {
        log.println("stopped by a heartbeat: " + e.getMessage());
        exit.complete(exitCode(e));
    }

    private static int exitCode(RuntimeException e) {
        return e instanceof FencedException ? ExitCode.FENCED : ExitCode.UNREPORTED;
    }

    /** The resolved hyperparameters as the START event's params. */
    static Map<String, String> params(ResolvedSpec spec) {
        Map<String, String> params = new LinkedHashMap<>();
        spec.hyperparameters().forEach((name, value) -> {
            if (params.size() < WorkerEvent.MAX_PARAMS) {
                params.put(name, String.valueOf(value));
            }
        });
        return params;
    }

    private String summary(JobSpec spec) {
        return "job " + spec.jobId() + " attempt " + spec.attempt() + ": " + spec.type() + " " + spec.task()
                + (spec.algorithm() == null ? "" : " with " + spec.algorithm().algorithm() + " "
                + spec.algorithm().hyperparameters())
                + ", seed " + spec.seed() + ", " + spec.threads() + " thread(s), fold " + spec.split().fold()
                + ", evaluate on " + spec.evaluateOn() + ", artifacts under " + spec.artifactPrefix()
                + (spec.resumeFrom() == null ? "" : ", resume from " + spec.resumeFrom());
    }
}
