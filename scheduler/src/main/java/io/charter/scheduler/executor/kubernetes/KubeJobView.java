package io.charter.scheduler.executor.kubernetes;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What the Kubernetes executor read about the {@code batch/v1} Job of one launch (backoffLimit
 * 0, restartPolicy Never, one container named {@code worker}) and its pods: the input of
 * {@link KubeWorkerClassifier}. The executor fills it from its Kubernetes client's objects so
 * that the rules stay free of any Kubernetes library. Lists are never {@code null} (a
 * {@code null} list becomes empty) and hold no {@code null}s.
 *
 * @param name                  the Job's name
 * @param created               {@code metadata.creationTimestamp}, or {@code null}
 * @param deleting              whether {@code metadata.deletionTimestamp} is set
 * @param conditions            {@code status.conditions}: Complete, Failed, FailureTarget, Suspended,
 *                              SuccessCriteriaMet
 * @param pods                  the Job's pods, in any order
 * @param activeDeadlineSeconds {@code spec.activeDeadlineSeconds} (the attempt's time budget), or
 *                              {@code null}; only used to say the budget in a message
 */
public record KubeJobView(String name, Instant created, boolean deleting, List<KubeCondition> conditions,
                          List<KubePodView> pods, Long activeDeadlineSeconds) {

    public KubeJobView {
        conditions = KubeTerms.cleaned(conditions);
        pods = KubeTerms.cleaned(pods);
    }

    /** A Job whose time budget is not known to the caller. */
    public KubeJobView(String name, Instant created, boolean deleting, List<KubeCondition> conditions,
                       List<KubePodView> pods) {
        this(name, created, deleting, conditions, pods, null);
    }

    /** The first condition of {@code type}, whatever its status. */
    public Optional<KubeCondition> condition(String type) {
        return conditions.stream().filter(c -> c.hasType(type)).findFirst();
    }

    /** The condition of {@code type} if its status is "True". */
    public Optional<KubeCondition> trueCondition(String type) {
        return condition(type).filter(KubeCondition::isTrue);
    }
}
