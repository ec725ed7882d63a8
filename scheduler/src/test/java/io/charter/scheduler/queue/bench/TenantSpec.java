package io.charter.scheduler.queue.bench;

import io.charter.scheduler.job.Resources;

import java.util.Objects;

/**
 * One tenant of a scenario.
 *
 * @param name    tenant id
 * @param quota   its concurrency quota (jobs holding a launch at once)
 * @param jobs    how many trials it submits
 * @param request what each of its trials asks for (the same for all of them)
 */
record TenantSpec(String name, int quota, int jobs, Resources request) {

    TenantSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(request, "request");
    }
}
