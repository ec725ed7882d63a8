package io.charter.jobs.kubernetes;

import io.charter.scheduler.executor.kubernetes.KubeCondition;
import io.charter.scheduler.executor.kubernetes.KubeContainerView;
import io.charter.scheduler.executor.kubernetes.KubeJobView;
import io.charter.scheduler.executor.kubernetes.KubePodView;
import io.fabric8.kubernetes.api.model.ContainerState;
import io.fabric8.kubernetes.api.model.ContainerStatus;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodCondition;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.batch.v1.JobCondition;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;

/** fabric8's Job and Pod objects as the scheduler module's plain views, for {@code KubeWorkerClassifier}. */
final class KubeViews {

    private KubeViews() {
    }

    static KubeJobView of(Job job, List<Pod> pods) {
        List<KubeCondition> conditions = job.getStatus() == null || job.getStatus().getConditions() == null
                ? List.of()
                : job.getStatus().getConditions().stream().map(KubeViews::condition).toList();
        Long deadline = job.getSpec() == null ? null : job.getSpec().getActiveDeadlineSeconds();
        return new KubeJobView(job.getMetadata().getName(), instant(job.getMetadata().getCreationTimestamp()),
                job.getMetadata().getDeletionTimestamp() != null, conditions,
                pods.stream().map(KubeViews::pod).toList(), deadline);
    }

    static KubePodView pod(Pod pod) {
        var status = pod.getStatus();
        List<KubeCondition> conditions = status == null || status.getConditions() == null ? List.of()
                : status.getConditions().stream().map(KubeViews::condition).toList();
        KubeContainerView worker = null;
        if (status != null && status.getContainerStatuses() != null) {
            worker = status.getContainerStatuses().stream().filter(c -> WorkerJobs.CONTAINER.equals(c.getName()))
                    .findFirst().map(KubeViews::container).orElse(null);
        }
        return new KubePodView(pod.getMetadata().getName(), status == null ? null : status.getPhase(),
                status == null ? null : status.getReason(), status == null ? null : status.getMessage(),
                pod.getMetadata().getDeletionTimestamp() != null, conditions, worker,
                instant(pod.getMetadata().getCreationTimestamp()));
    }

    private static KubeContainerView container(ContainerStatus c) {
        ContainerState state = c.getState();
        if (state == null) {
            return null;
        }
        if (state.getTerminated() != null) {
            var t = state.getTerminated();
            return KubeContainerView.ofTerminated(t.getReason(), t.getExitCode(), t.getMessage());
        }
        if (state.getWaiting() != null) {
            return KubeContainerView.ofWaiting(state.getWaiting().getReason(), state.getWaiting().getMessage());
        }
        return state.getRunning() != null ? KubeContainerView.ofRunning() : null;
    }

    private static KubeCondition condition(JobCondition c) {
        return new KubeCondition(c.getType(), c.getStatus(), c.getReason(), c.getMessage());
    }

    private static KubeCondition condition(PodCondition c) {
        return new KubeCondition(c.getType(), c.getStatus(), c.getReason(), c.getMessage());
    }

    private static Instant instant(String timestamp) {
        if (timestamp == null) {
            return null;
        }
        try {
            return Instant.parse(timestamp);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
