package io.charter.dataset.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.charter.artifact.ArtifactStore;
import io.charter.common.data.Timestamps;
import io.charter.dataset.domain.DatasetProfileJob;
import io.charter.dataset.domain.DatasetVersion;
import io.charter.dataset.domain.ProfileStatus;
import io.charter.governance.data.profile.DatasetProfile;
import io.charter.governance.data.profile.DatasetProfiler;
import io.charter.governance.data.profile.ProfileRequest;
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
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.io.InputStream;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs profiling jobs on a small pool of background threads (profiling is CPU-bound; one thread
 * by default on a 2-core server). Each job binds its row's tenant for its transactions, streams
 * the version from S3 through {@link DatasetProfiler} in constant memory, writes progress at most
 * once a second, and stores the profile as JSON beside the data. Jobs left unfinished by a stop
 * are queued again at start.
 */
@ApplicationScoped
public class ProfileJobs {

    private static final Logger LOG = Logger.getLogger(ProfileJobs.class);
    private static final long PROGRESS_INTERVAL_NANOS = 1_000_000_000L;

    @Inject
    ArtifactStore store;

    @Inject
    ObjectMapper mapper;

    @Inject
    EntityManager em;

    @ConfigProperty(name = "charter.profiling.threads", defaultValue = "1")
    int threads;

    private ExecutorService pool;

    void start(@Observes StartupEvent event) {
        AtomicInteger n = new AtomicInteger();
        pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "charter-profiler-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        requeueUnfinished();
    }

    @PreDestroy
    void stop() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }

    /** Runs the job soon; call after the transaction that queued it committed. */
    public void submit(String tenant, UUID jobId) {
        pool.execute(() -> {
            // Quarkus consults the tenant resolver only inside a request context
            ManagedContext context = Arc.container().requestContext();
            context.activate();
            try {
                TenantBinding.run(tenant, () -> run(jobId));
            } catch (RuntimeException e) {
                LOG.errorf(e, "Profiling job %s could not run", jobId);
            } finally {
                context.terminate();
            }
        });
    }

    @SuppressWarnings("unchecked")
    private void requeueUnfinished() {
        // across tenants on purpose: native SQL is not tenant-filtered, and each job binds its own tenant
        List<Object[]> rows = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "SELECT tenant_id, id FROM dataset_profile WHERE status IN ('PENDING', 'RUNNING')").getResultList());
        rows.forEach(r -> submit((String) r[0], (UUID) r[1]));
    }

    private void run(UUID jobId) {
        Claimed job = QuarkusTransaction.requiringNew().call(() -> claim(jobId));
        if (job == null) {
            return;
        }
        try (InputStream data = store.open(job.dataKey())) {
            ProgressWriter progress = new ProgressWriter(jobId);
            DatasetProfile profile = DatasetProfiler.profile(data, job.request(), progress::rowsRead);
            store.put(job.profileKey(), mapper.writeValueAsBytes(profile), "application/json");
            finish(jobId, ProfileStatus.SUCCEEDED, null, profile.rows());
        } catch (Exception e) {
            LOG.errorf(e, "Profiling job %s failed", jobId);
            finish(jobId, ProfileStatus.FAILED, e.getClass().getSimpleName() + ": " + e.getMessage(), -1);
        }
    }

    private Claimed claim(UUID jobId) throws Exception {
        DatasetProfileJob job = DatasetProfileJob.findById(jobId);
        if (job == null || job.status == ProfileStatus.SUCCEEDED || job.status == ProfileStatus.FAILED) {
            return null;
        }
        DatasetVersion version = DatasetVersion.<DatasetVersion>find("datasetId = ?1 and sha256 = ?2",
                job.datasetId, job.versionSha256).firstResult();
        if (version == null) {
            return null;
        }
        job.status = ProfileStatus.RUNNING;
        job.startedAt = Timestamps.now();
        return new Claimed(version.s3Key, job.s3Key, mapper.readValue(job.request, ProfileRequest.class));
    }

    private void finish(UUID jobId, ProfileStatus status, String error, long rows) {
        QuarkusTransaction.requiringNew().run(() -> {
            DatasetProfileJob job = DatasetProfileJob.findById(jobId);
            if (job != null) {
                job.status = status;
                job.error = error == null ? null : error.substring(0, Math.min(error.length(), 2000));
                job.finishedAt = Timestamps.now();
                if (rows >= 0) {
                    job.rowsRead = rows;
                }
            }
        });
    }

    private record Claimed(String dataKey, String profileKey, ProfileRequest request) {
    }

    /** Writes rows-read to the job at most once a second, from the job's own thread. */
    private static final class ProgressWriter {
        private final UUID jobId;
        private long last = System.nanoTime();

        ProgressWriter(UUID jobId) {
            this.jobId = jobId;
        }

        void rowsRead(long rows) {
            long now = System.nanoTime();
            if (now - last < PROGRESS_INTERVAL_NANOS) {
                return;
            }
            last = now;
            QuarkusTransaction.requiringNew().run(() -> DatasetProfileJob.update("rowsRead = ?1 where id = ?2", rows,
                    jobId));
        }
    }
}
