package io.charter.jobs.kubernetes;

import io.fabric8.kubernetes.api.model.ContainerStatus;
import io.fabric8.kubernetes.api.model.ContainerStatusBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.PodCondition;
import io.fabric8.kubernetes.api.model.PodStatusBuilder;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.util.List;

/**
 * The part of a cluster the Kubernetes tests play, since the mock API server runs no controllers:
 * the Job controller creating a Job's pod, and the kubelet and scheduler writing its status.
 */
final class ClusterDouble {

    private ClusterDouble() {
    }

    /** Creates the pod the Job controller would: the template's labels and spec. */
    static Pod podFor(KubernetesClient client, Job job) {
        String namespace = job.getMetadata().getNamespace();
        return client.pods().inNamespace(namespace).resource(new PodBuilder().withNewMetadata()
                .withName(job.getMetadata().getName() + "-p0").withNamespace(namespace)
                .withLabels(job.getSpec().getTemplate().getMetadata().getLabels())
                .addToLabels("job-name", job.getMetadata().getName()).endMetadata()
                .withSpec(job.getSpec().getTemplate().getSpec()).build()).create();
    }

    /** Writes the pod's status through the status subresource, as the kubelet and scheduler do. */
    static void setStatus(KubernetesClient client, Pod pod, String phase, String reason,
                          List<PodCondition> conditions, ContainerStatus worker) {
        String namespace = pod.getMetadata().getNamespace();
        Pod current = client.pods().inNamespace(namespace).withName(pod.getMetadata().getName()).get();
        current.setStatus(new PodStatusBuilder().withPhase(phase).withReason(reason).withConditions(conditions)
                .withContainerStatuses(worker == null ? List.of() : List.of(worker)).build());
        client.pods().inNamespace(namespace).resource(current).updateStatus();
    }

    /** The worker container after it exited. */
    static ContainerStatus terminated(String reason, int exitCode) {
        return new ContainerStatusBuilder().withName("worker").withNewState().withNewTerminated().withReason(reason)
                .withExitCode(exitCode).endTerminated().endState().build();
    }
}
