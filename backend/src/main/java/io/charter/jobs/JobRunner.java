package io.charter.jobs;

import io.charter.common.data.Timestamps;
import io.charter.tenancy.TenantBinding;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongConsumer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Runs the data jobs (profiling, validation, split planning, pipeline fitting) on a small pool of
 * background threads: they are CPU-bound streaming passes, one thread by default on a 2-core
 * server. A job binds its row's tenant for its transactions, claims its row, reports progress at
 * most once a second and records the outcome. Rows left PENDING or RUNNING by a stop are queued
 * again at start by the {@link Kind}s registered for them.
 */
@ApplicationScoped
public class JobRunner {

    private static final Logger LOG = Logger.getLogger(JobRunner.class);
    private static final long PROGRESS_INTERVAL_NANOS = 1_000_000_000L;

    /** What a kind of job does with a claimed (detached) row; runs outside any transaction. */
    public interface Work<J extends BackgroundJob> {
        /** Does the work; answers what to record on the row, in the transaction that marks it done. */
        Done<J> run(J job, LongConsumer progress) throws Exception;
    }

    /** A job's outcome: the rows it read and what to set on its (managed) row. */
    public record Done<J extends BackgroundJob>(long rows, java.util.function.Consumer<J> record) {

        public static <J extends BackgroundJob> Done<J> rows(long rows) {
            return new Done<>(rows, j -> { });
        }
    }

    /** A kind of job: its entity and table (for re-queueing after a restart) and its work. */
    public record Kind<J extends BackgroundJob>(Class<J> entity, String table, Work<J> work) {
    }

    @Inject
    EntityManager em;

    @ConfigProperty(name = "charter.jobs.threads", defaultValue = "1")
    int threads;

    private ExecutorService pool;

    void start(@Observes StartupEvent event) {
        AtomicInteger n = new AtomicInteger();
        pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "charter-job-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    @PreDestroy
    void stop() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }

    /** Queues again the rows of {@code kind} a stop left unfinished; call once at start. */
    @SuppressWarnings("unchecked")
    public <J extends BackgroundJob> void requeueUnfinished(Kind<J> kind) {
        // across tenants on purpose: native SQL is not tenant-filtered, and each job binds its own tenant
        List<Object[]> rows = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "SELECT tenant_id, id FROM " + kind.table() + " WHERE status IN ('PENDING', 'RUNNING')")
                .getResultList());
        rows.forEach(r -> submit(kind, (String) r[0], (UUID) r[1]));
    }

    /** Runs the job soon; call after the transaction that queued it committed. */
    public <J extends BackgroundJob> void submit(Kind<J> kind, String tenant, UUID jobId) {
        pool.execute(() -> {
            // Quarkus consults the tenant resolver only inside a request context
            ManagedContext context = Arc.container().requestContext();
            context.activate();
            try {
                TenantBinding.run(tenant, () -> run(kind, jobId));
            } catch (RuntimeException e) {
                LOG.errorf(e, "%s %s could not run", kind.entity().getSimpleName(), jobId);
            } finally {
                context.terminate();
            }
        });
    }

    private <J extends BackgroundJob> void run(Kind<J> kind, UUID jobId) {
        J job = QuarkusTransaction.requiringNew().call(() -> claim(kind.entity(), jobId));
        if (job == null) {
            return;
        }
        try {
            Done<J> done = kind.work().run(job, new ProgressWriter(kind.entity(), jobId));
            finish(kind.entity(), jobId, JobStatus.SUCCEEDED, null, done);
        } catch (Exception e) {
            LOG.errorf(e, "%s %s failed", kind.entity().getSimpleName(), jobId);
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            finish(kind.entity(), jobId, JobStatus.FAILED, message, new Done<>(-1, j -> { }));
        }
    }

    private <J extends BackgroundJob> J claim(Class<J> entity, UUID jobId) {
        J job = em.find(entity, jobId);
        if (job == null || !job.status.active()) {
            return null;
        }
        job.status = JobStatus.RUNNING;
        job.startedAt = Timestamps.now();
        em.flush();
        em.detach(job);
        return job;
    }

    private <J extends BackgroundJob> void finish(Class<J> entity, UUID jobId, JobStatus status, String error,
                                                 Done<J> done) {
        QuarkusTransaction.requiringNew().run(() -> {
            J job = em.find(entity, jobId);
            if (job != null && job.status == JobStatus.RUNNING) {
                job.finish(status, error, done.rows());
                done.record().accept(job);
            }
        });
    }

    /** Writes rows-read to the job at most once a second, from the job's own thread. */
    private final class ProgressWriter implements LongConsumer {
        private final Class<? extends BackgroundJob> entity;
        private final UUID jobId;
        private long last = System.nanoTime();

        ProgressWriter(Class<? extends BackgroundJob> entity, UUID jobId) {
            this.entity = entity;
            this.jobId = jobId;
        }

        @Override
        public void accept(long rows) {
            long now = System.nanoTime();
            if (now - last < PROGRESS_INTERVAL_NANOS) {
                return;
            }
            last = now;
            QuarkusTransaction.requiringNew().run(() -> em.createQuery(
                    "update " + entity.getSimpleName() + " set rowsRead = ?1 where id = ?2")
                    .setParameter(1, rows).setParameter(2, jobId).executeUpdate());
        }
    }
}
