package io.charter.split.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.charter.artifact.ArtifactStore;
import io.charter.jobs.JobRunner;
import io.charter.jobs.JobRunner.Done;
import io.charter.dataset.service.VersionRows;
import io.charter.governance.data.RowSource;
import io.charter.governance.data.split.SplitPlan;
import io.charter.governance.data.split.SplitPlanner;
import io.charter.governance.data.split.SplitSpec;
import io.charter.split.domain.DatasetSplit;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.util.UUID;
import java.util.function.LongConsumer;

/** Split planning jobs: one or two streaming passes through {@link SplitPlanner}; the assignment goes to S3. */
@ApplicationScoped
public class SplitJobs {

    @Inject
    JobRunner runner;

    @Inject
    VersionRows rows;

    @Inject
    ArtifactStore store;

    @Inject
    ObjectMapper mapper;

    private final JobRunner.Kind<DatasetSplit> kind =
            new JobRunner.Kind<>(DatasetSplit.class, "dataset_split", this::plan);

    void start(@Observes StartupEvent event) {
        runner.requeueUnfinished(kind);
    }

    /** Runs the job soon; call after the transaction that created the split committed. */
    public void submit(String tenant, UUID splitId) {
        runner.submit(kind, tenant, splitId);
    }

    private Done<DatasetSplit> plan(DatasetSplit split, LongConsumer progress) throws Exception {
        RowSource source = rows.ofStored(split.datasetId, split.versionSha256);
        SplitPlan plan = SplitPlanner.plan(source, mapper.readValue(split.spec, SplitSpec.class), progress);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        plan.assignment().writeTo(bytes);
        store.put(split.s3Key, bytes.toByteArray(), "application/octet-stream");
        String summary = mapper.writeValueAsString(plan.summary());
        return new Done<>(plan.assignment().rows(), s -> s.summary = summary);
    }
}
