package io.charter.split.service;

import io.charter.jobs.JobView;
import io.charter.governance.data.split.SplitSpec;
import io.charter.governance.data.split.SplitSummary;
import java.util.UUID;

/** A split as clients read it: its spec, the planning job, and once planned the summary of every fold and role. */
public record SplitView(UUID id, UUID datasetId, String versionId, String name, SplitSpec spec, JobView job,
                        SplitSummary summary, String createdBy) {
}
