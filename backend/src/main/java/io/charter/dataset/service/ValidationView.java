package io.charter.dataset.service;

import io.charter.jobs.JobView;
import io.charter.dataset.domain.DatasetValidation;
import io.charter.governance.data.validation.ValidationReport;
import java.time.Instant;

/**
 * A version's validation: the job, whether it passed, the report per rule, the override if a
 * data scientist accepted a failing version, and whether the version may be used for training.
 */
public record ValidationView(String versionId, JobView job, Boolean passed, ValidationReport report,
                             boolean usableForTraining, ValidationOverride override) {

    /** Who accepted a failing version, when and why. */
    public record ValidationOverride(String reason, String by, Instant at) {
    }

    static ValidationView of(DatasetValidation v, ValidationReport report) {
        ValidationOverride override = v.overriddenAt == null ? null
                : new ValidationOverride(v.overrideReason, v.overriddenBy, v.overriddenAt);
        return new ValidationView(v.versionSha256, JobView.of(v.versionSha256, v), v.passed, report, v.usable(),
                override);
    }
}
