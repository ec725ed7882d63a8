package io.charter.scheduler.executor.kubernetes;

/**
 * One entry of a Job's or pod's {@code status.conditions}, as Kubernetes wrote it. Any field may
 * be {@code null}; {@code status} is "True", "False" or "Unknown".
 *
 * @param type    e.g. Complete, Failed, FailureTarget, Suspended (Job); PodScheduled, DisruptionTarget (pod)
 * @param status  "True", "False" or "Unknown"
 * @param reason  the machine-readable reason, e.g. DeadlineExceeded, Unschedulable, EvictionByEvictionAPI
 * @param message the human-readable message, e.g. the scheduler's "0/3 nodes are available: …"
 */
public record KubeCondition(String type, String status, String reason, String message) {

    /** Whether the condition is of {@code conditionType}. */
    public boolean hasType(String conditionType) {
        return KubeTerms.is(type, conditionType);
    }

    /** Whether its status is "True". */
    public boolean isTrue() {
        return KubeTerms.is(status, KubeTerms.TRUE);
    }

    /** Whether its status is "False" ("Unknown" is neither). */
    public boolean isFalse() {
        return KubeTerms.is(status, KubeTerms.FALSE);
    }
}
