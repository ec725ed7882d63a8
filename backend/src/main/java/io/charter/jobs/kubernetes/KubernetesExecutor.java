package io.charter.jobs.kubernetes;

import io.charter.scheduler.executor.ExecutionHandle;
import io.charter.scheduler.executor.Executor;
import io.charter.scheduler.executor.ExecutorCapacity;
import io.charter.scheduler.executor.ExecutorRejectedException;
import io.charter.scheduler.executor.ExecutorStatus;
import io.charter.scheduler.executor.ExecutorUnavailableException;
import io.charter.scheduler.executor.JobLaunch;
import io.charter.scheduler.executor.kubernetes.KubeJobView;
import io.charter.scheduler.executor.kubernetes.KubeWorkerClassifier;
import io.charter.scheduler.executor.kubernetes.WorkerVerdict;
import io.charter.scheduler.job.Resources;
import io.fabric8.kubernetes.api.model.DeletionPropagation;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.OwnerReferenceBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ResourceQuotaBuilder;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.jboss.logging.Logger;

/**
 * Runs each launch as one Kubernetes {@code batch/v1} Job with a per-launch Secret, through the
 * fabric8 client: the thin adapter around {@link WorkerJobs} (what to create) and
 * {@link KubeWorkerClassifier} (what a Job's pods say about its worker).
 *
 * <p>Nothing is kept that the API server does not hold: a handle is {@code k8s:<namespace>/<name>},
 * live workers are listed by label, so a restarted server finds the Jobs it created and the
 * reconciler treats them like any other live handle (adoption), and Jobs no current launch names
 * are garbage-collected ({@link #orphans}).
 *
 * <p>Secrets: the launch's secret values (job token, S3 keys) go into a Secret created before the
 * Job (a pod started first would fail on the missing Secret); the Secret is then owned by the Job,
 * so Kubernetes' garbage collector deletes it with the Job, and {@link #cancel} deletes it too.
 */
public class KubernetesExecutor implements Executor {

    private static final Logger LOG = Logger.getLogger(KubernetesExecutor.class);
    static final String HANDLE_PREFIX = "k8s:";
    static final String QUOTA_NAME = "charter-tenant-quota";

    private final KubernetesClient client;
    private final WorkerJobs jobs;
    private final Resources total;
    private final Function<String, Resources> tenantQuota;
    private final Clock clock;
    private final Set<String> preparedNamespaces = ConcurrentHashMap.newKeySet();
    private final Set<String> copiedLogs = ConcurrentHashMap.newKeySet();

    /**
     * @param client      the API client (in-cluster or kubeconfig, per quarkus.kubernetes-client.*)
     * @param jobs        builds the Secret and Job of a launch
     * @param total       what the cluster lends to workers: the fair-share round's bin
     * @param tenantQuota each tenant's resource quota, for the ResourceQuota of its own namespace
     */
    public KubernetesExecutor(KubernetesClient client, WorkerJobs jobs, Resources total,
                              Function<String, Resources> tenantQuota, Clock clock) {
        this.client = client;
        this.jobs = jobs;
        this.total = total;
        this.tenantQuota = tenantQuota;
        this.clock = clock;
    }

    // ---- Executor

    @Override
    public ExecutionHandle submit(JobLaunch launch) throws ExecutorRejectedException {
        String namespace = jobs.namespace(launch.tenant());
        String name = WorkerJobs.name(launch.launchId());
        ExecutionHandle handle = handle(namespace, name);
        try {
            prepareNamespace(namespace, launch.tenant());
            if (client.batch().v1().jobs().inNamespace(namespace).withName(name).get() != null) {
                return handle; // a repeated submit of the same launch
            }
            Secret secret = jobs.secret(launch, namespace);
            client.secrets().inNamespace(namespace).resource(secret).createOr(existing -> existing.update());
            Job created;
            try {
                created = client.batch().v1().jobs().inNamespace(namespace).resource(jobs.job(launch, namespace))
                        .create();
            } catch (KubernetesClientException e) {
                if (e.getCode() == HttpURLConnection.HTTP_CONFLICT) {
                    return handle; // another replica submitted the same launch meanwhile: its Job, its Secret
                }
                deleteSecret(namespace, name);
                throw e;
            }
            ownSecret(namespace, name, created);
            LOG.infof("created Job %s/%s for job %s attempt %d", namespace, name, launch.jobId(), launch.attempt());
            return handle;
        } catch (KubernetesClientException e) {
            throw rejection(e, launch);
        }
    }

    @Override
    public void cancel(ExecutionHandle handle) {
        Ref ref = Ref.parse(handle);
        if (ref == null) {
            return;
        }
        try {
            client.batch().v1().jobs().inNamespace(ref.namespace()).withName(ref.name())
                    .withPropagationPolicy(DeletionPropagation.FOREGROUND).delete();
            deleteSecret(ref.namespace(), ref.name());
        } catch (KubernetesClientException e) {
            throw unavailable("delete Job " + ref, e);
        }
    }

    @Override
    public ExecutorStatus status(ExecutionHandle handle) {
        WorkerVerdict verdict = observe().get(handle);
        if (verdict == null) {
            return ExecutorStatus.unknown();
        }
        if (verdict.isLive()) {
            return ExecutorStatus.running();
        }
        if (verdict.kind() == WorkerVerdict.Kind.SUCCEEDED) {
            return ExecutorStatus.exited(0);
        }
        return verdict.exitCode() == null ? ExecutorStatus.unknown() : ExecutorStatus.exited(verdict.exitCode());
    }

    @Override
    public Set<ExecutionHandle> liveHandles() {
        Set<ExecutionHandle> live = new HashSet<>();
        observe().forEach((handle, verdict) -> {
            if (verdict.isLive()) {
                live.add(handle);
            }
        });
        return live;
    }

    @Override
    public ExecutorCapacity capacity() {
        Resources used = Resources.NONE;
        for (Job job : listJobs()) {
            if (!WorkerJobs.finished(job)) {
                used = used.plus(WorkerJobs.requests(job));
            }
        }
        return new ExecutorCapacity(total.minus(used), total);
    }

    // ---- what the server asks beyond the Executor contract

    /**
     * Every Job this server's executor created that still exists, with what its pods say about the
     * worker: one list of Jobs and one of pods, so a reconcile pass costs two API calls.
     *
     * @throws ExecutorUnavailableException if the API server cannot answer completely
     */
    public Map<ExecutionHandle, WorkerVerdict> observe() {
        List<Job> all = listJobs();
        Map<String, List<Pod>> podsByLaunch = new HashMap<>();
        try {
            for (String namespace : namespaces(all)) {
                for (Pod pod : client.pods().inNamespace(namespace).withLabel(WorkerJobs.MANAGED_BY, WorkerJobs.CHARTER)
                        .list().getItems()) {
                    String launch = pod.getMetadata().getLabels().get(WorkerJobs.LAUNCH);
                    if (launch != null) {
                        podsByLaunch.computeIfAbsent(pod.getMetadata().getNamespace() + "/" + launch,
                                k -> new ArrayList<>()).add(pod);
                    }
                }
            }
        } catch (KubernetesClientException e) {
            throw unavailable("list worker pods", e);
        }
        Map<ExecutionHandle, WorkerVerdict> verdicts = new LinkedHashMap<>();
        for (Job job : all) {
            String namespace = job.getMetadata().getNamespace();
            String launch = job.getMetadata().getLabels().get(WorkerJobs.LAUNCH);
            List<Pod> pods = podsByLaunch.getOrDefault(namespace + "/" + launch, List.of());
            KubeJobView view = KubeViews.of(job, pods);
            WorkerVerdict verdict = KubeWorkerClassifier.classify(view);
            verdicts.put(handle(namespace, job.getMetadata().getName()), verdict);
            if (verdict.isTerminal()) {
                copyLog(job, pods);
            }
        }
        return verdicts;
    }

    /**
     * Jobs this executor created whose launch is not {@code current} and that are older than
     * {@code grace} (a launch being submitted has no recorded handle yet): a server that stopped
     * between creating a Job and recording it, or a Job whose cancel was lost.
     */
    public List<ExecutionHandle> orphans(Set<String> current, Duration grace) {
        Instant cutoff = clock.instant().minus(grace);
        return listJobs().stream()
                .filter(j -> !current.contains(j.getMetadata().getLabels().get(WorkerJobs.LAUNCH)))
                .filter(j -> !WorkerJobs.finished(j))
                .filter(j -> j.getMetadata().getCreationTimestamp() == null
                        || Instant.parse(j.getMetadata().getCreationTimestamp()).isBefore(cutoff))
                .map(j -> handle(j.getMetadata().getNamespace(), j.getMetadata().getName()))
                .toList();
    }

    // ---- plumbing

    private List<Job> listJobs() {
        try {
            var op = client.batch().v1().jobs();
            var list = jobs.perTenant()
                    ? op.inAnyNamespace().withLabel(WorkerJobs.MANAGED_BY, WorkerJobs.CHARTER).list()
                    : op.inNamespace(jobs.namespace(null)).withLabel(WorkerJobs.MANAGED_BY, WorkerJobs.CHARTER).list();
            return list.getItems().stream().filter(j -> j.getMetadata().getDeletionTimestamp() == null
                    || !WorkerJobs.finished(j)).toList();
        } catch (KubernetesClientException e) {
            throw unavailable("list worker Jobs", e);
        }
    }

    private Set<String> namespaces(List<Job> all) {
        Set<String> namespaces = new HashSet<>();
        all.forEach(j -> namespaces.add(j.getMetadata().getNamespace()));
        if (!jobs.perTenant()) {
            namespaces.add(jobs.namespace(null));
        }
        return namespaces;
    }

    private void prepareNamespace(String namespace, String tenant) {
        if (!jobs.perTenant() || preparedNamespaces.contains(namespace)) {
            return;
        }
        if (client.namespaces().withName(namespace).get() == null) {
            try {
                client.namespaces().resource(new NamespaceBuilder().withNewMetadata().withName(namespace)
                        .addToLabels(WorkerJobs.MANAGED_BY, WorkerJobs.CHARTER)
                        .addToLabels(WorkerJobs.TENANT, WorkerJobs.labelValue(tenant)).endMetadata().build()).create();
            } catch (KubernetesClientException e) {
                if (e.getCode() != HttpURLConnection.HTTP_CONFLICT) { // another replica created it meanwhile
                    throw e;
                }
            }
        }
        Resources quota = tenantQuota.apply(tenant);
        Map<String, Quantity> hard = new LinkedHashMap<>();
        if (quota.cpuMillis() != Long.MAX_VALUE) {
            hard.put("requests.cpu", new Quantity(quota.cpuMillis() + "m"));
            hard.put("limits.cpu", new Quantity(quota.cpuMillis() + "m"));
        }
        if (quota.memoryMb() != Long.MAX_VALUE) {
            hard.put("requests.memory", new Quantity(quota.memoryMb() + "Mi"));
            hard.put("limits.memory", new Quantity(quota.memoryMb() + "Mi"));
        }
        if (quota.gpus() != Integer.MAX_VALUE) {
            hard.put("requests.nvidia.com/gpu", new Quantity(Integer.toString(quota.gpus())));
        }
        if (!hard.isEmpty()) {
            client.resourceQuotas().inNamespace(namespace).resource(new ResourceQuotaBuilder().withNewMetadata()
                    .withName(QUOTA_NAME).withNamespace(namespace)
                    .addToLabels(WorkerJobs.MANAGED_BY, WorkerJobs.CHARTER).endMetadata()
                    .withNewSpec().withHard(hard).endSpec().build()).createOr(existing -> existing.update());
        }
        preparedNamespaces.add(namespace);
    }

    private void ownSecret(String namespace, String name, Job owner) {
        try {
            client.secrets().inNamespace(namespace).withName(name).edit(s -> {
                s.getMetadata().setOwnerReferences(List.of(new OwnerReferenceBuilder().withApiVersion("batch/v1")
                        .withKind("Job").withName(owner.getMetadata().getName())
                        .withUid(owner.getMetadata().getUid()).withBlockOwnerDeletion(true).build()));
                return s;
            });
        } catch (KubernetesClientException e) {
            // the Job runs either way; cancel and the orphan collection delete the Secret by name
            LOG.warnf("could not make Job %s/%s the owner of its Secret: %s", namespace, name, e.getMessage());
        }
    }

    private void deleteSecret(String namespace, String name) {
        client.secrets().inNamespace(namespace).withName(name).delete();
    }

    /** Copies a finished pod's log to the launch's log sink once, so the job page can show it after the pod is gone. */
    private void copyLog(Job job, List<Pod> pods) {
        String sink = job.getMetadata().getAnnotations() == null ? null
                : job.getMetadata().getAnnotations().get(WorkerJobs.LOG_SINK);
        if (sink == null || pods.isEmpty() || !copiedLogs.add(job.getMetadata().getUid())) {
            return;
        }
        Pod pod = pods.get(pods.size() - 1);
        try {
            String log = client.pods().inNamespace(pod.getMetadata().getNamespace())
                    .withName(pod.getMetadata().getName()).inContainer(WorkerJobs.CONTAINER).getLog();
            Path path = Path.of(java.net.URI.create(sink));
            Files.createDirectories(path.getParent());
            Files.writeString(path, log == null ? "" : log, StandardCharsets.UTF_8);
        } catch (KubernetesClientException | IOException | IllegalArgumentException e) {
            copiedLogs.remove(job.getMetadata().getUid());
            LOG.debugf("could not copy the log of pod %s: %s", pod.getMetadata().getName(), e.getMessage());
        }
    }

    private static ExecutionHandle handle(String namespace, String name) {
        return new ExecutionHandle(HANDLE_PREFIX + namespace + "/" + name);
    }

    /**
     * What the API server's refusal means for the job: a full namespace quota may pass (retryable),
     * an invalid or forbidden Job will not; anything else (no answer, a 5xx) is not a refusal at all
     * but an unavailable executor, and the reconciler resubmits the launch later.
     */
    private static ExecutorRejectedException rejection(KubernetesClientException e, JobLaunch launch) {
        int code = e.getCode();
        String status = e.getStatus() == null ? null : e.getStatus().getMessage();
        String message = status == null ? e.getMessage() : status;
        if (code == HttpURLConnection.HTTP_FORBIDDEN && message != null && message.contains("exceeded quota")) {
            return new ExecutorRejectedException("Kubernetes refused the worker of attempt " + launch.attempt()
                    + ": " + message, true, e);
        }
        if (code == 422 || code == HttpURLConnection.HTTP_BAD_REQUEST || code == HttpURLConnection.HTTP_FORBIDDEN) {
            return new ExecutorRejectedException("Kubernetes refused the worker Job: " + message, false, e);
        }
        throw unavailable("create the worker Job", e);
    }

    private static ExecutorUnavailableException unavailable(String what, KubernetesClientException e) {
        return new ExecutorUnavailableException("could not " + what + " in Kubernetes: " + e.getMessage(), e);
    }

    /** Namespace and name of a Job, from a handle of this executor. */
    record Ref(String namespace, String name) {

        static Ref parse(ExecutionHandle handle) {
            String v = handle.value();
            if (!v.startsWith(HANDLE_PREFIX) || v.indexOf('/') < 0) {
                return null;
            }
            int slash = v.indexOf('/');
            return new Ref(v.substring(HANDLE_PREFIX.length(), slash), v.substring(slash + 1));
        }

        @Override
        public String toString() {
            return namespace + "/" + name;
        }
    }
}
