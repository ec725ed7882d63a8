package io.charter.dataset.domain;

import io.charter.jobs.BackgroundJob;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * The validation of one dataset version against its dataset's rules, as a job. {@code rules} is
 * the rule list frozen when the job was queued; {@code report} the result as JSON. A version
 * whose validation failed may still be used for training once a data scientist overrides it
 * with a reason.
 */
@Entity
@Table(name = "dataset_validation")
public class DatasetValidation extends BackgroundJob {

    @Column(name = "dataset_id", updatable = false)
    public UUID datasetId;

    @Column(name = "version_sha256", updatable = false)
    public String versionSha256;

    public String rules;

    public Boolean passed;

    public String report;

    @Column(name = "override_reason")
    public String overrideReason;

    @Column(name = "overridden_by")
    public String overriddenBy;

    @Column(name = "overridden_at")
    public Instant overriddenAt;

    /** Passed, or failed and overridden; unknown (still running, or the run failed) is not usable. */
    public boolean usable() {
        return Boolean.TRUE.equals(passed) || overriddenAt != null;
    }
}
