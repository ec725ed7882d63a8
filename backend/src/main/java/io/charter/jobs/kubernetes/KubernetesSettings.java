package io.charter.jobs.kubernetes;

import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How the Kubernetes executor runs workers: {@code charter.training.kubernetes.*} (a group of the
 * server's training settings; README, "Configuration (production)").
 */
public interface KubernetesSettings {

    /** The namespace workers run in (when not one per tenant). */
    @WithDefault("charter-jobs")
    String namespace();

    /** One namespace per tenant, named {@link #namespacePrefix()} + tenant id, with a ResourceQuota. */
    @WithDefault("false")
    boolean namespacePerTenant();

    @WithDefault("charter-t-")
    String namespacePrefix();

    /** The CPU worker image (docker/worker-cpu.Dockerfile). */
    @WithDefault("charter-worker-cpu:0.1.0")
    String image();

    /** The image of jobs that ask for GPUs (docker/worker-cuda.Dockerfile). */
    @WithDefault("charter-worker-cuda:0.1.0")
    String gpuImage();

    @WithDefault("IfNotPresent")
    String imagePullPolicy();

    /** The pods' service account; default: the namespace's default (its token is not mounted). */
    Optional<String> serviceAccount();

    /** Node selector of every worker pod. */
    Map<String, String> nodeSelector();

    /** Node selector added for jobs that ask for GPUs, e.g. {@code nvidia.com/gpu.present=true}. */
    Map<String, String> gpuNodeSelector();

    /**
     * Tolerations of GPU jobs, as {@code key[=value]:Effect}; default: the NVIDIA device plugin's
     * {@code nvidia.com/gpu:NoSchedule} taint.
     */
    @WithDefault("nvidia.com/gpu:NoSchedule")
    List<String> gpuTolerations();

    /** PriorityClass of worker pods. */
    Optional<String> priorityClass();

    /** RuntimeClass of GPU pods, e.g. {@code nvidia}. */
    Optional<String> gpuRuntimeClass();

    /** How long a finished Job stays for inspection before Kubernetes deletes it. */
    @WithDefault("1h")
    Duration ttlAfterFinished();

    /** {@code activeDeadlineSeconds} of a job that sets no {@code maxRuntimeSeconds}. */
    @WithDefault("24h")
    Duration activeDeadline();

    /**
     * How old a Job no current launch names must be before it is deleted as an orphan: longer
     * than a submit takes to record its handle.
     */
    @WithDefault("5m")
    Duration orphanGrace();

    /** Jobs running at once over all tenants. */
    @WithDefault("20")
    int slots();

    /** Cores the cluster lends to workers (the fair-share round's bin). */
    @WithDefault("64")
    double cpu();

    /** MiB the cluster lends to workers. */
    @WithDefault("262144")
    long memoryMb();

    /** GPUs the cluster lends to workers. */
    @WithDefault("8")
    int gpus();
}
