package io.charter.training.service;

import io.charter.common.data.Timestamps;
import io.charter.jobs.kubernetes.KubernetesExecutor;
import io.charter.jobs.local.LocalProcessExecutor;
import io.charter.scheduler.executor.ExecutionHandle;
import io.charter.scheduler.executor.Executor;
import io.charter.scheduler.executor.ExecutorCapacity;
import io.charter.scheduler.executor.ExecutorRejectedException;
import io.charter.scheduler.executor.JobLaunch;
import io.charter.scheduler.executor.WorkerEnvironment;
import io.charter.scheduler.executor.kubernetes.KubeFeedback;
import io.charter.scheduler.executor.kubernetes.WorkerVerdict;
import io.charter.scheduler.job.JobEvent;
import io.charter.scheduler.job.JobSnapshot;
import io.charter.scheduler.job.JobState;
import io.charter.scheduler.job.Resources;
import io.charter.scheduler.queue.FairShareScheduler;
import io.charter.scheduler.queue.QueueReasons;
import io.charter.scheduler.queue.QueuedJob;
import io.charter.scheduler.queue.Quotas;
import io.charter.scheduler.queue.Selection;
import io.charter.scheduler.reconcile.Liveness;
import io.charter.scheduler.reconcile.ReconcileAction;
import io.charter.scheduler.reconcile.Reconciler;
import io.charter.tenancy.TenantBinding;
import io.charter.training.domain.LaunchRecord;
import io.charter.training.domain.TrainingJob;
import io.charter.training.security.JobTokens;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The server's scheduling loop, on one thread: fair-share rounds that launch queued jobs through
 * the {@link Executor}, and reconciliation passes that compare running jobs with the executor's
 * live workers (the scheduler module's pure decisions, applied here under each row's version).
 * At start it adopts the workers a previous server process left running and reconciles with the
 * downtime not counted against them, so a restart neither loses nor duplicates a job.
 */
@ApplicationScoped
public class JobDispatcher {

    private static final Logger LOG = Logger.getLogger(JobDispatcher.class);
    static final String ACTOR = "system:scheduler";

    @Inject
    EntityManager em;

    @Inject
    Executor executor;

    @Inject
    LocalProcessExecutor local;

    @Inject
    WorkerSettings settings;

    @Inject
    JobLifecycle lifecycle;

    @Inject
    jakarta.transaction.TransactionSynchronizationRegistry transactions;

    @ConfigProperty(name = "charter.s3.endpoint")
    String s3Endpoint;

    @ConfigProperty(name = "charter.s3.access-key")
    String s3AccessKey;

    @ConfigProperty(name = "charter.s3.secret-key")
    String s3SecretKey;

    @ConfigProperty(name = "charter.s3.bucket")
    String s3Bucket;

    private final FairShareScheduler scheduler = new FairShareScheduler(Clock.systemUTC(), Duration.ofMinutes(30));
    private ScheduledExecutorService loop;
    private ExecutorService stopper;
    private Instant serverStart;
    private Instant nextReconcile = Instant.MIN;
    private final Map<String, String> lastQueueReason = new HashMap<>();
    private final Map<String, String> lastPendingNote = new HashMap<>();

    void start(@Observes StartupEvent event) {
        serverStart = Instant.now();
        loop = Executors.newSingleThreadScheduledExecutor(daemon("charter-dispatcher"));
        stopper = Executors.newCachedThreadPool(daemon("charter-worker-stop"));
        if (!settings.dispatch()) {
            return;
        }
        loop.execute(this::adoptSurvivors);
        long every = settings.dispatchInterval().toMillis();
        loop.scheduleWithFixedDelay(this::tick, every, every, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        if (loop != null) {
            loop.shutdownNow();
            stopper.shutdownNow();
        }
    }

    /** Runs a scheduling round soon (after a submit or a job's end frees a slot). */
    public void wake() {
        if (loop != null && settings.dispatch()) {
            loop.execute(this::tick);
        }
    }

    /** {@link #stopWorker} once the caller's transaction has committed (nothing if it rolls back). */
    public void stopWorkerAfterCommit(String handle) {
        if (handle == null) {
            return;
        }
        transactions.registerInterposedSynchronization(new jakarta.transaction.Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == jakarta.transaction.Status.STATUS_COMMITTED) {
                    stopWorker(handle);
                }
            }
        });
    }

    /** Stops a worker without waiting for it (the executor's grace period runs on another thread). */
    public void stopWorker(String handle) {
        if (handle != null) {
            stopper.execute(() -> executor.cancel(new ExecutionHandle(handle)));
        }
    }

    private void tick() {
        try {
            if (!Instant.now().isBefore(nextReconcile)) {
                nextReconcile = Instant.now().plus(settings.reconcileInterval());
                reconcile(new Liveness(settings.heartbeatTimeout(), settings.startTimeout(), serverStart));
            }
            scheduleRound();
        } catch (RuntimeException e) {
            LOG.error("dispatcher round failed; the next one retries", e);
        }
    }

    // ---- start: adopt what a previous server process left running

    private void adoptSurvivors() {
        if (executor != local) {
            return; // a Kubernetes executor keeps nothing in memory: the API server lists its Jobs
        }
        try {
            List<ExecutionHandle> recorded = withoutTenant(() -> em.createNativeQuery(
                            "SELECT executor_handle FROM training_job WHERE executor_handle IS NOT NULL "
                                    + "AND state IN ('SCHEDULED', 'RUNNING')").getResultList())
                    .stream().map(h -> new ExecutionHandle((String) h)).toList();
            List<ExecutionHandle> alive = local.adopt(recorded);
            LOG.infof("job dispatcher: %d worker(s) of running jobs recorded, %d still alive and adopted",
                    recorded.size(), alive.size());
        } catch (RuntimeException e) {
            LOG.error("could not adopt running workers; the reconciler will requeue their jobs", e);
        }
    }

    // ---- fair-share rounds

    private void scheduleRound() {
        List<Object[]> queued = withoutTenant(() -> em.createNativeQuery(
                "SELECT id, tenant_id, priority, enqueued_at, not_before, cpu_millis, memory_mb, gpus "
                        + "FROM training_job WHERE state = 'QUEUED'").getResultList());
        if (queued.isEmpty()) {
            return;
        }
        List<QueuedJob> queue = queued.stream().map(r -> new QueuedJob(r[0].toString(), (String) r[1],
                ((Number) r[2]).intValue(), instant(r[3]), r[4] == null ? null : instant(r[4]),
                new Resources(((Number) r[5]).longValue(), ((Number) r[6]).longValue(), ((Number) r[7]).intValue())))
                .toList();
        List<Object[]> holding = withoutTenant(() -> em.createNativeQuery(
                "SELECT tenant_id, count(*), sum(cpu_millis), sum(memory_mb), sum(gpus) FROM training_job "
                        + "WHERE state IN ('SCHEDULED', 'RUNNING') GROUP BY tenant_id").getResultList());
        Map<String, Integer> running = new HashMap<>();
        Map<String, Resources> held = new HashMap<>();
        holding.forEach(r -> {
            running.put((String) r[0], ((Number) r[1]).intValue());
            held.put((String) r[0], new Resources(((Number) r[2]).longValue(), ((Number) r[3]).longValue(),
                    ((Number) r[4]).intValue()));
        });
        int launches = running.values().stream().mapToInt(Integer::intValue).sum();
        ExecutorCapacity capacity = executor.capacity();
        // a worker whose job has just ended may still be exiting: its slot is not free yet, and a
        // launch the executor refuses would use up the job's attempt
        int busy = Math.max(launches, executor.liveHandles().size());
        Quotas quotas = TenantQuotas.of(settings);
        int freeSlots = Math.max(0, slots() - busy);
        Selection selection = scheduler.next(queue, running, held, quotas, freeSlots, capacity);
        recordQueueReasons(QueueReasons.explain(queue, running, held, quotas, freeSlots, capacity, selection,
                Instant.now()));
        for (QueuedJob q : selection.start()) {
            launch(q.tenant(), UUID.fromString(q.jobId()));
        }
        for (QueuedJob never : selection.neverFit()) {
            Resources quota = quotas.resourcesOf(never.tenant());
            String why = never.resources().fitsIn(capacity.total())
                    ? "its tenant's quota never allows more than " + quota
                    : "this executor can never offer more than " + capacity.total();
            asSystem(never.tenant(), () -> QuarkusTransaction.requiringNew().run(() -> {
                TrainingJob j = TrainingJob.findById(UUID.fromString(never.jobId()));
                if (j != null && j.state == JobState.QUEUED) {
                    lifecycle.apply(j, JobEvent.cancel("the job asks for " + j.resources() + " but " + why));
                }
            }));
        }
    }

    /** Workers running at once over all tenants. */
    private int slots() {
        return settings.executor() == WorkerSettings.ExecutorKind.KUBERNETES
                ? settings.kubernetes().slots() : settings.local().slots();
    }

    /**
     * Stores why each waiting job waits (its place in the line is counted when read: storing it
     * would rewrite every row behind each job that starts).
     */
    private void recordQueueReasons(Map<String, String> reasons) {
        writeChanged(reasons, lastQueueReason, "UPDATE training_job SET queue_reason = ?1 "
                + "WHERE id = ?2 AND state = 'QUEUED'", (id, reason) -> new Object[] {reason, id});
    }

    /**
     * Runs {@code sql} (across tenants on purpose, like the round's reads; no version bump) for each
     * entry of {@code current} that differs from what was last {@code written}: a queue of thousands
     * is mostly unchanged between rounds.
     */
    private <T> void writeChanged(Map<String, T> current, Map<String, T> written, String sql,
                                  java.util.function.BiFunction<UUID, T, Object[]> parameters) {
        Map<String, T> changed = new HashMap<>();
        current.forEach((id, value) -> {
            if (!value.equals(written.get(id))) {
                changed.put(id, value);
            }
        });
        written.keySet().retainAll(current.keySet());
        if (changed.isEmpty()) {
            return;
        }
        withoutTenant(() -> {
            var update = em.createNativeQuery(sql);
            changed.forEach((id, value) -> {
                Object[] p = parameters.apply(UUID.fromString(id), value);
                for (int i = 0; i < p.length; i++) {
                    update.setParameter(i + 1, p[i]);
                }
                update.executeUpdate();
            });
            return null;
        });
        written.putAll(changed);
    }

    /** SCHEDULE (when QUEUED) with a fresh launch and token, submit it, record the handle or the rejection. */
    void launch(String tenant, UUID jobId) {
        String token = JobTokens.mint();
        String tokenSha = JobTokens.sha256(token);
        String launchId = JobTokens.launchId(tokenSha);
        Path log = Path.of(settings.local().dir()).toAbsolutePath().resolve("logs").resolve(jobId.toString())
                .resolve(launchId + ".log");
        JobLaunch launch = Conflicts.retry(() -> asSystem(tenant, () -> QuarkusTransaction.requiringNew().call(() -> {
            TrainingJob j = TrainingJob.findById(jobId);
            if (j == null || (j.state != JobState.QUEUED && j.state != JobState.SCHEDULED)) {
                return null;
            }
            if (j.state == JobState.QUEUED) {
                lifecycle.apply(j, JobEvent.schedule());
            }
            j.launchId = launchId;
            j.executorHandle = null;
            j.stateSince = Timestamps.now();
            LaunchRecord record = new LaunchRecord();
            record.launchId = launchId;
            record.jobId = j.id;
            record.attempt = j.attempt;
            record.tokenSha256 = tokenSha;
            record.logPath = log.toString();
            record.createdAt = Timestamps.now();
            record.expiresAt = record.createdAt.plus(settings.tokenTtl());
            record.persist();
            return new JobLaunch(j.id.toString(), tenant, j.type, j.attempt, launchId,
                    environment(j, token), j.resources(), log.toUri(), j.projectId.toString(),
                    j.maxRuntimeSeconds == null ? null : Duration.ofSeconds(j.maxRuntimeSeconds));
        })));
        if (launch == null) {
            return;
        }
        try {
            ExecutionHandle handle = executor.submit(launch);
            Conflicts.retry(() -> asSystem(tenant, () -> QuarkusTransaction.requiringNew().call(() -> {
                TrainingJob j = TrainingJob.findById(jobId);
                if (j != null && launchId.equals(j.launchId)) {
                    j.executorHandle = handle.value();
                } else {
                    stopWorker(handle.value()); // cancelled or moved on while it started
                }
                return null;
            })));
            LOG.infof("job %s attempt %d launched as %s", jobId, launch.attempt(), handle);
        } catch (ExecutorRejectedException e) {
            LOG.infof("job %s attempt %d rejected by the executor: %s", jobId, launch.attempt(), e.getMessage());
            Conflicts.retry(() -> asSystem(tenant, () -> QuarkusTransaction.requiringNew().call(() -> {
                TrainingJob j = TrainingJob.findById(jobId);
                if (j != null && launchId.equals(j.launchId)) {
                    lifecycle.apply(j, e.toEvent());
                }
                return null;
            })));
        }
    }

    private Map<String, String> environment(TrainingJob j, String token) {
        Map<String, String> env = new HashMap<>();
        env.put(WorkerEnvironment.SERVER_URL, serverUrl());
        env.put(WorkerEnvironment.JOB_ID, j.id.toString());
        env.put(WorkerEnvironment.ATTEMPT, Integer.toString(j.attempt));
        env.put(WorkerEnvironment.JOB_TOKEN, token);
        env.put(WorkerEnvironment.S3_ENDPOINT, s3Endpoint);
        env.put(WorkerEnvironment.S3_REGION, "us-east-1");
        env.put(WorkerEnvironment.S3_ACCESS_KEY_ID, s3AccessKey);
        env.put(WorkerEnvironment.S3_SECRET_ACCESS_KEY, s3SecretKey);
        env.put(WorkerEnvironment.S3_BUCKET, s3Bucket);
        // the JVM reads it before main: the job's memory request caps the worker's heap
        env.put("JAVA_TOOL_OPTIONS", "-Xmx" + Math.max(128, j.memoryMb * 3 / 4) + "m -XX:ActiveProcessorCount="
                + Math.max(1, (int) Math.ceil(j.cpuMillis / 1000.0)));
        env.put("OMP_WAIT_POLICY", "PASSIVE"); // OpenMP threads of DJL and XGBoost would spin-wait otherwise
        return env;
    }

    private String serverUrl() {
        if (settings.serverUrl().isPresent()) {
            return settings.serverUrl().get();
        }
        var config = ConfigProvider.getConfig();
        String portKey = LaunchMode.current() == LaunchMode.TEST ? "quarkus.http.test-port" : "quarkus.http.port";
        int port = config.getOptionalValue(portKey, Integer.class).orElse(8080);
        String host = config.getOptionalValue("quarkus.http.host", String.class).orElse("127.0.0.1");
        return "http://" + ("0.0.0.0".equals(host) ? "127.0.0.1" : host) + ":" + port;
    }

    // ---- reconciliation

    void reconcile(Liveness liveness) {
        if (executor instanceof KubernetesExecutor kubernetes) {
            applyKubernetesFeedback(kubernetes);
        }
        Instant now = Instant.now();
        Set<String> live = new HashSet<>();
        executor.liveHandles().forEach(h -> live.add(h.value()));
        List<Object[]> rows = withoutTenant(() -> em.createNativeQuery(
                "SELECT id, tenant_id, state, attempt, max_attempts, launch_id, executor_handle, state_since, "
                        + "last_heartbeat, checkpoint_key FROM training_job WHERE state IN ('SCHEDULED', 'RUNNING') "
                        + "OR (finished_at > ?1 AND executor_handle IS NOT NULL)")
                .setParameter(1, OffsetDateTime.now().minus(settings.heartbeatTimeout().multipliedBy(2)))
                .getResultList());
        List<JobSnapshot> jobs = rows.stream().map(r -> new JobSnapshot(r[0].toString(), (String) r[1],
                JobState.valueOf((String) r[2]), ((Number) r[3]).intValue(), ((Number) r[4]).intValue(),
                (String) r[5], (String) r[6], instant(r[7]), r[8] == null ? null : instant(r[8]), (String) r[9]))
                .toList();
        for (ReconcileAction action : Reconciler.reconcile(jobs, now, liveness, live)) {
            JobSnapshot seen = action.job();
            switch (action.kind()) {
                case MARK_LOST_AND_REQUEUE, MARK_FAILED -> applyToLaunch(seen.tenant(),
                        UUID.fromString(seen.jobId()), seen.state(), seen.attempt(), seen.launchId(), action.event(),
                        false); // the action names the handle to stop, if any
                case RESUBMIT -> launch(seen.tenant(), UUID.fromString(seen.jobId()));
                case KEEP, STOP_WORKER -> { }
            }
            if (action.stopHandle() != null) {
                stopWorker(action.stopHandle());
            }
        }
    }

    /**
     * What the Job's pods say that a worker cannot report itself: a pending pod's scheduler message
     * (shown on the job), an image that cannot be pulled, an OOM kill, a deadline, an eviction or
     * preemption (requeued free of charge). Applied only to the launch it was observed on. Then
     * Jobs that no current launch names are deleted (a server that stopped between creating a Job
     * and recording it; a cancel that was lost).
     */
    private void applyKubernetesFeedback(KubernetesExecutor kubernetes) {
        Map<ExecutionHandle, WorkerVerdict> verdicts = kubernetes.observe();
        List<Object[]> rows = withoutTenant(() -> em.createNativeQuery(
                "SELECT id, tenant_id, state, launch_id, executor_handle, attempt FROM training_job "
                        + "WHERE state IN ('SCHEDULED', 'RUNNING') AND executor_handle IS NOT NULL").getResultList());
        Set<String> current = new HashSet<>();
        Map<String, String> notes = new HashMap<>();
        for (Object[] r : rows) {
            current.add((String) r[3]);
            WorkerVerdict verdict = verdicts.get(new ExecutionHandle((String) r[4]));
            if (verdict == null) {
                continue; // gone: the reconciler's WORKER_LOST
            }
            JobState state = JobState.valueOf((String) r[2]);
            String note = KubeFeedback.pendingNote(verdict);
            if (state == JobState.SCHEDULED && note != null) {
                notes.put(r[0].toString(), note);
            }
            // a failed pod's Job and Secret go at once, not at their TTL
            KubeFeedback.eventFor(state, verdict).ifPresent(event -> applyToLaunch((String) r[1],
                    UUID.fromString(r[0].toString()), state, ((Number) r[5]).intValue(), (String) r[3], event, true));
        }
        recordPendingNotes(notes);
        List<String> recent = withoutTenant(() -> em.createNativeQuery(
                "SELECT launch_id FROM training_job WHERE launch_id IS NOT NULL AND (state IN ('QUEUED', 'SCHEDULED', "
                        + "'RUNNING') OR finished_at > ?1)")
                .setParameter(1, OffsetDateTime.now().minus(settings.heartbeatTimeout().multipliedBy(2)))
                .getResultList());
        current.addAll(recent);
        for (ExecutionHandle orphan : kubernetes.orphans(current, settings.kubernetes().orphanGrace())) {
            LOG.infof("deleting Kubernetes Job %s: no current launch of any job names it", orphan);
            stopWorker(orphan.value());
        }
    }

    /**
     * Applies {@code event} to the job only if it is still in the state, attempt and launch it was
     * decided on: a job that moved meanwhile (its worker reported a moment ago) is left alone.
     *
     * @param stopMoved whether to stop the launch's worker once a move has committed
     */
    private void applyToLaunch(String tenant, UUID jobId, JobState seen, int attempt, String launchId,
                               JobEvent event, boolean stopMoved) {
        Conflicts.retry(() -> asSystem(tenant, () -> QuarkusTransaction.requiringNew().call(() -> {
            TrainingJob j = TrainingJob.findById(jobId);
            if (j != null && j.state == seen && j.attempt == attempt && java.util.Objects.equals(j.launchId,
                    launchId)) {
                LOG.infof("job %s: %s (%s)", j.id, event.type(), event.reason());
                String handle = j.executorHandle;
                lifecycle.apply(j, event);
                if (stopMoved && j.state != seen) {
                    stopWorkerAfterCommit(handle);
                }
            }
            return null;
        })));
    }

    /** Stores the Kubernetes scheduler's message on jobs whose pod is pending. */
    private void recordPendingNotes(Map<String, String> notes) {
        writeChanged(notes, lastPendingNote, "UPDATE training_job SET queue_reason = ?1 WHERE id = ?2 "
                + "AND state = 'SCHEDULED'", (id, note) -> new Object[] {note, id});
    }

    // ---- plumbing

    private <T> T withoutTenant(Supplier<T> query) {
        // across tenants on purpose: native SQL is not tenant-filtered; each decision then binds its row's tenant
        return inRequestContext(() -> QuarkusTransaction.requiringNew().call(query::get));
    }

    private <T> T asSystem(String tenant, Supplier<T> work) {
        return inRequestContext(() -> TenantBinding.callAs(tenant, ACTOR, work));
    }

    /** Quarkus consults the tenant resolver only inside a request context, which this thread lacks. */
    public static <T> T inRequestContext(Supplier<T> work) {
        ManagedContext context = Arc.container().requestContext();
        boolean activated = !context.isActive();
        if (activated) {
            context.activate();
        }
        try {
            return work.get();
        } finally {
            if (activated) {
                context.terminate();
            }
        }
    }

    private void asSystem(String tenant, Runnable work) {
        asSystem(tenant, () -> {
            work.run();
            return null;
        });
    }

    private static Instant instant(Object value) {
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        return (Instant) value;
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }
}
