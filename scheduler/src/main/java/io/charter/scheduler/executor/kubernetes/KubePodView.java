package io.charter.scheduler.executor.kubernetes;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What the Kubernetes executor read about one pod of a launch's Job: its phase, the pod-level
 * reason the kubelet or a controller set, its conditions and the {@code worker} container's
 * status. Any field may be {@code null} where Kubernetes omits it; {@code conditions} is never
 * {@code null} (a {@code null} list becomes empty).
 *
 * @param name       the pod's name
 * @param phase      Pending, Running, Succeeded, Failed or Unknown
 * @param reason     {@code status.reason}, e.g. Evicted, DeadlineExceeded, NodeLost, UnexpectedAdmissionError
 * @param message    {@code status.message}, e.g. "The node was low on resource: memory. …"
 * @param deleting   whether {@code metadata.deletionTimestamp} is set
 * @param conditions {@code status.conditions}, e.g. PodScheduled, DisruptionTarget
 * @param worker     the status of the container named {@code worker}, or {@code null} before there is one
 * @param created    {@code metadata.creationTimestamp}, used to find the newest pod; may be {@code null}
 */
public record KubePodView(String name, String phase, String reason, String message, boolean deleting,
                          List<KubeCondition> conditions, KubeContainerView worker, Instant created) {

    public KubePodView {
        conditions = KubeTerms.cleaned(conditions);
    }

    /** A pod without a known creation time: with several pods, list order decides which is newest. */
    public KubePodView(String name, String phase, String reason, String message, boolean deleting,
                       List<KubeCondition> conditions, KubeContainerView worker) {
        this(name, phase, reason, message, deleting, conditions, worker, null);
    }

    /** The first condition of {@code type}, whatever its status. */
    public Optional<KubeCondition> condition(String type) {
        return conditions.stream().filter(c -> c.hasType(type)).findFirst();
    }

    /** The condition of {@code type} if its status is "True". */
    public Optional<KubeCondition> trueCondition(String type) {
        return condition(type).filter(KubeCondition::isTrue);
    }

    /** Whether the phase is {@code expected} (Pending, Running, …). */
    public boolean inPhase(String expected) {
        return KubeTerms.is(phase, expected);
    }

    /** Pending or Running and not being deleted: the pod still holds or waits for a node. */
    public boolean isLive() {
        return !deleting && (inPhase(KubeTerms.PHASE_PENDING) || inPhase(KubeTerms.PHASE_RUNNING));
    }
}
