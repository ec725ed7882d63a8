package io.charter.dataset.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.charter.jobs.JobRunner;
import io.charter.jobs.JobRunner.Done;
import io.charter.dataset.domain.DatasetValidation;
import io.charter.governance.data.RowSource;
import io.charter.governance.data.validation.DatasetValidator;
import io.charter.governance.data.validation.ValidationReport;
import io.charter.governance.data.validation.ValidationRule;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import java.util.function.LongConsumer;

/** Validation jobs: one streaming pass of the version from S3 through {@link DatasetValidator}. */
@ApplicationScoped
public class ValidationJobs {

    @Inject
    JobRunner runner;

    @Inject
    VersionRows rows;

    @Inject
    ObjectMapper mapper;

    private final JobRunner.Kind<DatasetValidation> kind =
            new JobRunner.Kind<>(DatasetValidation.class, "dataset_validation", this::validate);

    void start(@Observes StartupEvent event) {
        runner.requeueUnfinished(kind);
    }

    /** Runs the job soon, unless it is already done; call after the transaction that queued it committed. */
    public void submit(String tenant, DatasetValidation job) {
        if (job.status.active()) {
            runner.submit(kind, tenant, job.id);
        }
    }

    private Done<DatasetValidation> validate(DatasetValidation job, LongConsumer progress) throws Exception {
        RowSource source = rows.ofStored(job.datasetId, job.versionSha256);
        List<ValidationRule> rules = List.of(mapper.readValue(job.rules, ValidationRule[].class));
        ValidationReport report = DatasetValidator.validate(source, rules, progress);
        String json = mapper.writeValueAsString(report);
        return new Done<>(report.rows(), j -> {
            j.passed = report.passed();
            j.report = json;
        });
    }
}
