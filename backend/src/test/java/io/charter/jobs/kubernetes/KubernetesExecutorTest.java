package io.charter.jobs.kubernetes;

import static io.charter.jobs.kubernetes.ClusterDouble.podFor;
import static io.charter.jobs.kubernetes.ClusterDouble.setStatus;
import static io.charter.jobs.kubernetes.ClusterDouble.terminated;
import static org.assertj.core.api.Assertions.assertThat;

import io.charter.scheduler.executor.ExecutionHandle;
import io.charter.scheduler.executor.ExecutorCapacity;
import io.charter.scheduler.executor.JobLaunch;
import io.charter.scheduler.executor.WorkerEnvironment;
import io.charter.scheduler.executor.kubernetes.WorkerVerdict;
import io.charter.scheduler.job.JobType;
import io.charter.scheduler.job.Resources;
import io.fabric8.kubernetes.api.model.ContainerStatusBuilder;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodConditionBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ResourceQuota;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.quarkus.test.kubernetes.client.KubernetesServer;
import java.net.InetAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Kubernetes executor against fabric8's mock API server in CRUD mode (no kube-apiserver runs
 * here): what it creates for a launch, field by field; how pod states it did not create (the test
 * plays the Job controller and kubelet by writing pods and their status) come back as verdicts;
 * cancel, adoption by a new executor instance, orphans, tenant namespaces with a ResourceQuota.
 */
class KubernetesExecutorTest {

    private static final String JOB_ID = "c0ffee00-0000-4000-8000-000000000001";
    private static final Resources CLUSTER = new Resources(16_000, 65_536, 4);

    private KubernetesServer server;
    private KubernetesClient client;

    @BeforeEach
    void startServer() {
        server = new KubernetesServer(false, true, InetAddress.getLoopbackAddress(), 0, List.of());
        server.before();
        client = server.getClient();
    }

    @AfterEach
    void stopServer() {
        server.after();
    }

    private KubernetesExecutor executor(Settings settings) {
        return new KubernetesExecutor(client, new WorkerJobs(settings), CLUSTER,
                tenant -> "acme".equals(tenant) ? new Resources(8_000, 32_768, 2) : Resources.UNLIMITED,
                Clock.systemUTC());
    }

    private static JobLaunch launch(String launchId, int attempt, Resources resources, Duration maxRuntime) {
        Map<String, String> env = new HashMap<>();
        env.put(WorkerEnvironment.SERVER_URL, "http://charter-server.charter.svc:8080");
        env.put(WorkerEnvironment.JOB_ID, JOB_ID);
        env.put(WorkerEnvironment.ATTEMPT, Integer.toString(attempt));
        env.put(WorkerEnvironment.JOB_TOKEN, "tok-" + launchId);
        env.put(WorkerEnvironment.S3_ENDPOINT, "http://s3.charter.svc:8333");
        env.put(WorkerEnvironment.S3_ACCESS_KEY_ID, "AKIA-test");
        env.put(WorkerEnvironment.S3_SECRET_ACCESS_KEY, "s3-secret");
        env.put(WorkerEnvironment.S3_BUCKET, "charter");
        env.put("JAVA_TOOL_OPTIONS", "-Xmx3072m");
        return new JobLaunch(JOB_ID, "acme", JobType.TRAIN, attempt, launchId, env, resources,
                URI.create("file:///tmp/charter-k8s-test/" + launchId + ".log"), "7e570000-0000-4000-8000-000000000002",
                maxRuntime);
    }

    @Test
    void shouldCreateAJobAndItsSecretWithTheExpectedSpec() throws Exception {
        KubernetesExecutor executor = executor(Settings.shared());
        ExecutionHandle handle = executor.submit(launch("l1a", 1, new Resources(4_000, 8_192, 1), Duration.ofHours(2)));

        assertThat(handle.value()).isEqualTo("k8s:charter-jobs/charter-l1a");
        Job job = client.batch().v1().jobs().inNamespace("charter-jobs").withName("charter-l1a").get();
        assertThat(job.getMetadata().getLabels()).containsEntry("app.kubernetes.io/managed-by", "charter")
                .containsEntry("charter.io/tenant", "acme").containsEntry("charter.io/job", JOB_ID)
                .containsEntry("charter.io/project", "7e570000-0000-4000-8000-000000000002")
                .containsEntry("charter.io/attempt", "1").containsEntry("charter.io/launch", "l1a");
        assertThat(job.getSpec().getBackoffLimit()).isZero();
        assertThat(job.getSpec().getActiveDeadlineSeconds()).isEqualTo(7200L);
        assertThat(job.getSpec().getTtlSecondsAfterFinished()).isEqualTo(3600);
        var pod = job.getSpec().getTemplate().getSpec();
        assertThat(pod.getRestartPolicy()).isEqualTo("Never");
        assertThat(pod.getAutomountServiceAccountToken()).isFalse();
        assertThat(pod.getNodeSelector()).containsEntry("pool", "training")
                .containsEntry("nvidia.com/gpu.present", "true");
        assertThat(pod.getTolerations()).singleElement().satisfies(t -> {
            assertThat(t.getKey()).isEqualTo("nvidia.com/gpu");
            assertThat(t.getOperator()).isEqualTo("Exists");
            assertThat(t.getEffect()).isEqualTo("NoSchedule");
        });
        assertThat(pod.getPriorityClassName()).isEqualTo("charter-training");
        assertThat(pod.getRuntimeClassName()).isEqualTo("nvidia");
        assertThat(job.getSpec().getTemplate().getMetadata().getLabels()).containsEntry("charter.io/launch", "l1a");
        var container = pod.getContainers().get(0);
        assertThat(container.getName()).isEqualTo("worker");
        assertThat(container.getImage()).isEqualTo("registry.example/charter-worker-cuda:1.2.3");
        assertThat(container.getResources().getRequests()).containsEntry("cpu", new Quantity("4000m"))
                .containsEntry("memory", new Quantity("8192Mi")).containsEntry("nvidia.com/gpu", new Quantity("1"));
        assertThat(container.getResources().getLimits()).containsEntry("nvidia.com/gpu", new Quantity("1"))
                .containsEntry("memory", new Quantity("8192Mi")).doesNotContainKey("cpu");
        Map<String, EnvVar> env = container.getEnv().stream().collect(Collectors.toMap(EnvVar::getName, e -> e));
        assertThat(env.get("CHARTER_JOB_ID").getValue()).isEqualTo(JOB_ID);
        assertThat(env.get("CHARTER_JOB_ATTEMPT").getValue()).isEqualTo("1");
        assertThat(env.get("CHARTER_SERVER_URL").getValue()).isEqualTo("http://charter-server.charter.svc:8080");
        for (String secret : List.of("CHARTER_JOB_TOKEN", "AWS_SECRET_ACCESS_KEY", "AWS_ACCESS_KEY_ID")) {
            assertThat(env.get(secret).getValue()).as(secret + " is not in the pod spec").isNull();
            assertThat(env.get(secret).getValueFrom().getSecretKeyRef().getName()).isEqualTo("charter-l1a");
            assertThat(env.get(secret).getValueFrom().getSecretKeyRef().getKey()).isEqualTo(secret);
        }
        assertThat(job.toString()).doesNotContain("tok-l1a").doesNotContain("s3-secret");

        Secret secret = client.secrets().inNamespace("charter-jobs").withName("charter-l1a").get();
        assertThat(secretValue(secret, "CHARTER_JOB_TOKEN")).isEqualTo("tok-l1a");
        assertThat(secretValue(secret, "AWS_SECRET_ACCESS_KEY")).isEqualTo("s3-secret");
        assertThat(secret.getMetadata().getOwnerReferences()).singleElement().satisfies(o -> {
            assertThat(o.getKind()).isEqualTo("Job");
            assertThat(o.getName()).isEqualTo("charter-l1a");
            assertThat(o.getUid()).isEqualTo(job.getMetadata().getUid());
        });

        // a repeated submit of the same launch answers the same handle and creates nothing
        assertThat(executor.submit(launch("l1a", 1, new Resources(4_000, 8_192, 1), null))).isEqualTo(handle);
        assertThat(client.batch().v1().jobs().inNamespace("charter-jobs").list().getItems()).hasSize(1);
    }

    @Test
    void shouldRunACpuJobOnTheCpuImageWithTheDefaultDeadlineAndNoGpuScheduling() throws Exception {
        executor(Settings.shared()).submit(launch("cpu1", 1, new Resources(1_000, 2_048, 0), null));
        Job job = client.batch().v1().jobs().inNamespace("charter-jobs").withName("charter-cpu1").get();
        var pod = job.getSpec().getTemplate().getSpec();
        assertThat(job.getSpec().getActiveDeadlineSeconds()).isEqualTo(86_400L);
        assertThat(pod.getContainers().get(0).getImage()).isEqualTo("registry.example/charter-worker-cpu:1.2.3");
        assertThat(pod.getContainers().get(0).getResources().getRequests()).doesNotContainKey("nvidia.com/gpu");
        assertThat(pod.getTolerations()).isEmpty();
        assertThat(pod.getRuntimeClassName()).isNull();
        assertThat(pod.getNodeSelector()).containsOnly(Map.entry("pool", "training"));
    }

    @Test
    void shouldFollowThePodThroughItsStatesAsTheKubeletReportsThem() throws Exception {
        KubernetesExecutor executor = executor(Settings.shared());
        ExecutionHandle handle = executor.submit(launch("st1", 1, new Resources(1_000, 2_048, 1), null));
        assertThat(executor.observe().get(handle).kind()).isEqualTo(WorkerVerdict.Kind.PENDING);
        assertThat(executor.liveHandles()).containsExactly(handle);

        Pod pod = podFor(client, jobNamed("charter-st1"));
        setStatus(client, pod, "Pending", null, List.of(new PodConditionBuilder().withType("PodScheduled")
                .withStatus("False")
                .withReason("Unschedulable").withMessage("0/3 nodes are available: 3 Insufficient nvidia.com/gpu.")
                .build()), null);
        WorkerVerdict pending = executor.observe().get(handle);
        assertThat(pending.kind()).isEqualTo(WorkerVerdict.Kind.PENDING);
        assertThat(pending.message()).contains("3 Insufficient nvidia.com/gpu");

        setStatus(client, pod, "Running", null, List.of(), new ContainerStatusBuilder().withName("worker")
                .withNewState().withNewRunning().withStartedAt("2026-11-27T01:00:00Z").endRunning().endState().build());
        assertThat(executor.observe().get(handle).kind()).isEqualTo(WorkerVerdict.Kind.RUNNING);
        assertThat(executor.status(handle).isLive()).isTrue();

        setStatus(client, pod, "Failed", null, List.of(), terminated("OOMKilled", 137));
        WorkerVerdict oom = executor.observe().get(handle);
        assertThat(oom.kind()).isEqualTo(WorkerVerdict.Kind.FAILED);
        assertThat(oom.reason()).isEqualTo("OOMKilled");
        assertThat(oom.retryable()).isTrue();
        assertThat(executor.liveHandles()).isEmpty();
        assertThat(executor.status(handle).exitCode()).isEqualTo(137);
    }

    @Test
    void shouldTellAnEvictionFromAFailure() throws Exception {
        KubernetesExecutor executor = executor(Settings.shared());
        ExecutionHandle handle = executor.submit(launch("ev1", 1, new Resources(1_000, 2_048, 0), null));
        Pod pod = podFor(client, jobNamed("charter-ev1"));
        setStatus(client, pod, "Failed", "Evicted", List.of(new PodConditionBuilder().withType("DisruptionTarget")
                .withStatus("True").withReason("TerminationByKubelet")
                .withMessage("The node was low on resource: memory.").build()), null);
        WorkerVerdict verdict = executor.observe().get(handle);
        assertThat(verdict.kind()).isEqualTo(WorkerVerdict.Kind.PREEMPTED);
        assertThat(verdict.message()).contains("low on resource: memory");
    }

    @Test
    void shouldReadTheJobControllersDeadlineConditionAsAFinalFailure() throws Exception {
        KubernetesExecutor executor = executor(Settings.shared());
        ExecutionHandle handle = executor.submit(launch("dl1", 1, new Resources(1_000, 2_048, 0),
                Duration.ofMinutes(30)));
        Job job = client.batch().v1().jobs().inNamespace("charter-jobs").withName("charter-dl1").get();
        job.setStatus(new io.fabric8.kubernetes.api.model.batch.v1.JobStatusBuilder().addNewCondition()
                .withType("Failed").withStatus("True").withReason("DeadlineExceeded")
                .withMessage("Job was active longer than specified deadline").endCondition().build());
        client.batch().v1().jobs().inNamespace("charter-jobs").resource(job).updateStatus();
        WorkerVerdict verdict = executor.observe().get(handle);
        assertThat(verdict.kind()).isEqualTo(WorkerVerdict.Kind.FAILED);
        assertThat(verdict.retryable()).isFalse();
        assertThat(verdict.message()).contains("1800");
        assertThat(executor.liveHandles()).isEmpty();
        assertThat(executor.capacity().free()).isEqualTo(CLUSTER);
    }

    @Test
    void shouldDeleteTheJobAndItsSecretOnCancel() throws Exception {
        KubernetesExecutor executor = executor(Settings.shared());
        ExecutionHandle handle = executor.submit(launch("c1", 1, new Resources(1_000, 2_048, 0), null));
        executor.cancel(handle);
        assertThat(client.batch().v1().jobs().inNamespace("charter-jobs").withName("charter-c1").get()).isNull();
        assertThat(client.secrets().inNamespace("charter-jobs").withName("charter-c1").get()).isNull();
        assertThat(executor.liveHandles()).isEmpty();
        executor.cancel(handle); // idempotent
        executor.cancel(new ExecutionHandle("local:1:2:x")); // not ours: ignored
    }

    @Test
    void shouldFindItsJobsAgainAfterARestartAndReportOrphans() throws Exception {
        KubernetesExecutor before = executor(Settings.shared());
        ExecutionHandle kept = before.submit(launch("keep1", 1, new Resources(1_000, 2_048, 0), null));
        ExecutionHandle stray = before.submit(launch("stray1", 1, new Resources(2_000, 4_096, 1), null));

        KubernetesExecutor after = new KubernetesExecutor(client, new WorkerJobs(Settings.shared()), CLUSTER,
                tenant -> Resources.UNLIMITED, Clock.offset(Clock.systemUTC(), Duration.ofMinutes(10)));
        assertThat(after.liveHandles()).containsExactlyInAnyOrder(kept, stray);
        assertThat(after.capacity()).isEqualTo(new ExecutorCapacity(new Resources(13_000, 59_392, 3), CLUSTER));
        assertThat(after.orphans(Set.of("keep1"), Duration.ofMinutes(5))).containsExactly(stray);
        // a launch younger than the grace may still be being recorded
        assertThat(after.orphans(Set.of("keep1"), Duration.ofMinutes(30))).isEmpty();
    }

    @Test
    void shouldGiveEachTenantItsOwnNamespaceWithAResourceQuota() throws Exception {
        KubernetesExecutor executor = executor(Settings.perTenant());
        ExecutionHandle handle = executor.submit(launch("ns1", 1, new Resources(1_000, 2_048, 1), null));
        assertThat(handle.value()).isEqualTo("k8s:charter-t-acme/charter-ns1");
        assertThat(client.namespaces().withName("charter-t-acme").get().getMetadata().getLabels())
                .containsEntry("charter.io/tenant", "acme");
        ResourceQuota quota = client.resourceQuotas().inNamespace("charter-t-acme").withName("charter-tenant-quota")
                .get();
        assertThat(quota.getSpec().getHard()).containsEntry("requests.nvidia.com/gpu", new Quantity("2"))
                .containsEntry("requests.cpu", new Quantity("8000m"))
                .containsEntry("requests.memory", new Quantity("32768Mi"));
        assertThat(executor.liveHandles()).containsExactly(handle);
    }

    // ---- fixtures

    private static String secretValue(Secret secret, String key) {
        if (secret.getStringData() != null && secret.getStringData().containsKey(key)) {
            return secret.getStringData().get(key);
        }
        return new String(Base64.getDecoder().decode(secret.getData().get(key)), StandardCharsets.UTF_8);
    }

    private Job jobNamed(String name) {
        return client.batch().v1().jobs().inNamespace("charter-jobs").withName(name).get();
    }

    /** The executor's settings, as charter.training.kubernetes.* would give them. */
    record Settings(boolean namespacePerTenant) implements KubernetesSettings {

        static Settings shared() {
            return new Settings(false);
        }

        static Settings perTenant() {
            return new Settings(true);
        }

        @Override
        public String namespace() {
            return "charter-jobs";
        }

        @Override
        public String namespacePrefix() {
            return "charter-t-";
        }

        @Override
        public String image() {
            return "registry.example/charter-worker-cpu:1.2.3";
        }

        @Override
        public String gpuImage() {
            return "registry.example/charter-worker-cuda:1.2.3";
        }

        @Override
        public String imagePullPolicy() {
            return "IfNotPresent";
        }

        @Override
        public Optional<String> serviceAccount() {
            return Optional.empty();
        }

        @Override
        public Map<String, String> nodeSelector() {
            return Map.of("pool", "training");
        }

        @Override
        public Map<String, String> gpuNodeSelector() {
            return Map.of("nvidia.com/gpu.present", "true");
        }

        @Override
        public List<String> gpuTolerations() {
            return List.of("nvidia.com/gpu:NoSchedule");
        }

        @Override
        public Optional<String> priorityClass() {
            return Optional.of("charter-training");
        }

        @Override
        public Optional<String> gpuRuntimeClass() {
            return Optional.of("nvidia");
        }

        @Override
        public Duration ttlAfterFinished() {
            return Duration.ofHours(1);
        }

        @Override
        public Duration activeDeadline() {
            return Duration.ofHours(24);
        }

        @Override
        public Duration orphanGrace() {
            return Duration.ofMinutes(5);
        }

        @Override
        public int slots() {
            return 20;
        }

        @Override
        public double cpu() {
            return 16;
        }

        @Override
        public long memoryMb() {
            return 65_536;
        }

        @Override
        public int gpus() {
            return 4;
        }
    }
}
