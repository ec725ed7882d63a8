package io.charter.dataset.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.charter.artifact.ArtifactStore;
import io.charter.jobs.JobRunner;
import io.charter.jobs.JobRunner.Done;
import io.charter.dataset.domain.DatasetProfileJob;
import io.charter.governance.data.profile.DatasetProfile;
import io.charter.governance.data.profile.DatasetProfiler;
import io.charter.governance.data.profile.ProfileRequest;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.util.UUID;
import java.util.function.LongConsumer;

/**
 * Profiling jobs: stream the version from S3 through {@link DatasetProfiler} in constant memory
 * and store the profile as JSON beside the data.
 */
@ApplicationScoped
public class ProfileJobs {

    @Inject
    JobRunner runner;

    @Inject
    ArtifactStore store;

    @Inject
    VersionRows rows;

    @Inject
    ObjectMapper mapper;

    private final JobRunner.Kind<DatasetProfileJob> kind =
            new JobRunner.Kind<>(DatasetProfileJob.class, "dataset_profile", this::profile);

    void start(@Observes StartupEvent event) {
        runner.requeueUnfinished(kind);
    }

    /** Runs the job soon; call after the transaction that queued it committed. */
    public void submit(String tenant, UUID jobId) {
        runner.submit(kind, tenant, jobId);
    }

    private Done<DatasetProfileJob> profile(DatasetProfileJob job, LongConsumer progress) throws IOException {
        String dataKey = rows.stored(job.datasetId, job.versionSha256).s3Key;
        ProfileRequest request = mapper.readValue(job.request, ProfileRequest.class);
        try (InputStream data = store.open(dataKey)) {
            DatasetProfile profile = DatasetProfiler.profile(data, request, progress::accept);
            store.put(job.s3Key, mapper.writeValueAsBytes(profile), "application/json");
            return Done.rows(profile.rows());
        }
    }
}
