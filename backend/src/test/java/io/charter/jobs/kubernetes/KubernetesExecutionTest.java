package io.charter.jobs.kubernetes;

import static io.charter.support.Api.as;
import static io.charter.jobs.kubernetes.ClusterDouble.podFor;
import static io.charter.jobs.kubernetes.ClusterDouble.setStatus;
import static io.charter.jobs.kubernetes.ClusterDouble.terminated;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;

import io.charter.support.TestServices;
import io.charter.support.Tokens;
import io.charter.training.TrainingFixture;
import io.fabric8.kubernetes.api.model.ContainerStatusBuilder;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodConditionBuilder;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.batch.v1.JobBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.kubernetes.client.KubernetesTestServer;
import io.quarkus.test.kubernetes.client.KubernetesServer;
import io.quarkus.test.kubernetes.client.WithKubernetesTestServer;
import io.restassured.path.json.JsonPath;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Training jobs through the Kubernetes executor, with fabric8's mock API server in CRUD mode as
 * the cluster. Nothing runs pods there, so the test plays the Job controller and the kubelet: it
 * creates each Job's pod and writes the pod status a real cluster would (an unschedulable GPU
 * pod, an eviction, an OOM kill, an image that cannot be pulled), and once it starts the real
 * worker jar with exactly the environment the Job's pod spec and Secret give it.
 */
@QuarkusTest
@QuarkusTestResource(TestServices.class)
@WithKubernetesTestServer(crud = true)
@TestProfile(KubernetesExecutionTest.OnKubernetes.class)
class KubernetesExecutionTest {

    static final String NS = "charter-jobs";

    /** The server with the Kubernetes executor, a one-GPU quota for acme and time for pending pods. */
    public static class OnKubernetes implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("charter.training.executor", "kubernetes",
                    "charter.training.kubernetes.namespace", NS,
                    "charter.training.kubernetes.image", "charter-worker-cpu:test",
                    "charter.training.kubernetes.gpu-image", "charter-worker-cuda:test",
                    "charter.training.quota.tenant.\"acme\".gpus", "1",
                    "charter.training.tenant-concurrency", "4",
                    "charter.training.start-timeout", "120s",
                    "charter.training.heartbeat-timeout", "30s",
                    "charter.training.kubernetes.orphan-grace", "1s");
        }
    }

    @KubernetesTestServer
    KubernetesServer server;

    private static TrainingFixture data;

    @BeforeEach
    void prepare() throws InterruptedException {
        if (data == null) {
            data = TrainingFixture.create(Tokens.alice());
        }
    }

    private KubernetesClient client() {
        return server.getClient();
    }

    @Test
    void shouldRequeueAnEvictionFreeOfChargeChargeAnOomKillAndFailFastOnAnImageThatCannotBePulled()
            throws Exception {
        String job = submit("{\"name\": \"logistic_regression\"}", 1, 3);

        JsonPath scheduled = await(job, KubernetesExecutionTest::launched);
        assertThat(scheduled.getString("executor")).startsWith("k8s:" + NS + "/charter-");
        Job k8sJob = jobOf(scheduled);
        assertThat(k8sJob.getMetadata().getLabels()).containsEntry("charter.io/job", job)
                .containsEntry("charter.io/attempt", "1").containsEntry("charter.io/tenant", "acme")
                .containsEntry("charter.io/project", data.project);
        assertThat(k8sJob.getSpec().getTemplate().getSpec().getContainers().get(0).getResources().getLimits())
                .containsKey("nvidia.com/gpu");

        // the Kubernetes scheduler cannot place it: its message shows on the job
        Pod pod = podFor(client(), k8sJob);
        setStatus(client(), pod, "Pending", null, List.of(new PodConditionBuilder().withType("PodScheduled")
                .withStatus("False")
                .withReason("Unschedulable").withMessage("0/3 nodes are available: 3 Insufficient nvidia.com/gpu.")
                .build()), null);
        await(job, j -> j.getString("queue.reason") != null && j.getString("queue.reason").contains("Insufficient"));

        // evicted: attempt 2, and the budget grows with it
        setStatus(client(), pod, "Failed", "Evicted", List.of(new PodConditionBuilder().withType("DisruptionTarget")
                .withStatus("True").withReason("TerminationByKubelet")
                .withMessage("The node was low on resource: memory.").build()), null);
        JsonPath second = await(job, j -> j.getInt("attempt") == 2 && j.getString("executor") != null);
        assertThat(second.getInt("maxAttempts")).isEqualTo(4);
        assertThat(second.getInt("preemptions")).isEqualTo(1);
        awaitGone(k8sJob);
        as(Tokens.colin()).queryParam("entityId", job).get("/api/v1/audit").then().statusCode(200)
                .body("items.action", hasItem("job.preempted"));

        // killed for its memory: charged, retried from its checkpoint
        Job secondJob = jobOf(second);
        assertThat(secondJob.getMetadata().getLabels()).containsEntry("charter.io/attempt", "2");
        setStatus(client(), podFor(client(), secondJob), "Failed", null, List.of(), terminated("OOMKilled", 137));
        JsonPath third = await(job, j -> j.getInt("attempt") == 3 && j.getString("executor") != null);
        assertThat(third.getInt("maxAttempts")).isEqualTo(4);
        assertThat(third.getString("reason")).contains("OOMKilled");

        // an image that cannot be pulled will not be pulled next time either
        Pod thirdPod = podFor(client(), jobOf(third));
        setStatus(client(), thirdPod, "Pending", null, List.of(), new ContainerStatusBuilder().withName("worker")
                .withNewState()
                .withNewWaiting().withReason("ImagePullBackOff")
                .withMessage("Back-off pulling image \"charter-worker-cuda:test\"").endWaiting().endState().build());
        JsonPath failed = await(job, j -> "FAILED".equals(j.getString("state")));
        assertThat(failed.getInt("attempt")).isEqualTo(3);
        assertThat(failed.getString("reason")).contains("charter-worker-cuda:test");
    }

    @Test
    void shouldHoldAJobBackWhileItsTenantsGpuQuotaIsInUseAndSayWhy() throws Exception {
        String first = submit("{\"name\": \"logistic_regression\"}", 1, 1);
        JsonPath running = await(first, KubernetesExecutionTest::launched);
        Job firstJob = jobOf(running);
        String second = submit("{\"name\": \"logistic_regression\"}", 1, 1);
        JsonPath waiting = await(second, j -> j.getString("queue.reason") != null);
        assertThat(waiting.getString("state")).isEqualTo("QUEUED");
        assertThat(waiting.getInt("queue.position")).isEqualTo(1);
        assertThat(waiting.getString("queue.reason")).contains("resource quota").contains("1 GPU");
        String third = submit("{\"name\": \"logistic_regression\"}", 1, 1);
        assertThat(await(third, j -> j.getString("queue.reason") != null).getInt("queue.position")).isEqualTo(2);

        // cancel deletes the first Job and frees the quota for the second
        as(Tokens.alice()).post("/api/v1/jobs/" + first + "/cancel").then().statusCode(200);
        awaitGone(firstJob);
        JsonPath next = await(second, KubernetesExecutionTest::launched);
        // out of the tenant's line; until its pod runs, the job shows what Kubernetes says instead
        assertThat(next.getString("queue.position")).isNull();
        assertThat(next.getString("queue.reason")).isNotEqualTo(waiting.getString("queue.reason"));
        assertThat(await(third, j -> j.getString("queue.position") != null).getInt("queue.position")).isEqualTo(1);
        as(Tokens.alice()).post("/api/v1/jobs/" + second + "/cancel").then().statusCode(200);
        as(Tokens.alice()).post("/api/v1/jobs/" + third + "/cancel").then().statusCode(200);
    }

    @Test
    void shouldRunTheRealWorkerWithTheEnvironmentTheJobGivesItsPod() throws Exception {
        String job = submit("{\"name\": \"logistic_regression\"}", 0, 1);
        JsonPath scheduled = await(job, KubernetesExecutionTest::launched);
        Job k8sJob = jobOf(scheduled);
        Pod pod = podFor(client(), k8sJob);
        setStatus(client(), pod, "Running", null, List.of(), new ContainerStatusBuilder().withName("worker")
                .withNewState()
                .withNewRunning().endRunning().endState().build());

        Process worker = kubelet(k8sJob);
        int exit = worker.waitFor(4, java.util.concurrent.TimeUnit.MINUTES) ? worker.exitValue() : -1;
        worker.destroyForcibly();
        setStatus(client(), pod, exit == 0 ? "Succeeded" : "Failed", null, List.of(),
                terminated(exit == 0 ? "Completed" : "Error", exit));
        JsonPath done = await(job, j -> List.of("SUCCEEDED", "FAILED").contains(j.getString("state")));
        assertThat(done.getString("state")).as(done.prettify()).isEqualTo("SUCCEEDED");
        assertThat(exit).isZero();
        assertThat(done.getInt("attempt")).isEqualTo(1);
    }

    @Test
    void shouldDeleteAJobThatNoCurrentLaunchNames() throws Exception {
        // what a server leaves behind when it stops between creating a Job and recording its handle
        Job stray = new JobBuilder().withNewMetadata()
                .withName("charter-stray0000").withNamespace(NS)
                .addToLabels("app.kubernetes.io/managed-by", "charter").addToLabels("charter.io/launch", "stray0000")
                .endMetadata().withNewSpec().withBackoffLimit(0).withNewTemplate().withNewSpec()
                .withRestartPolicy("Never").addNewContainer().withName("worker").withImage("charter-worker-cpu:test")
                .endContainer().endSpec().endTemplate().endSpec().build();
        Job created = client().batch().v1().jobs().inNamespace(NS).resource(stray).create();
        // an unlabelled Job in the namespace is not the server's to delete
        Job foreign = client().batch().v1().jobs().inNamespace(NS).resource(new JobBuilder(stray).editMetadata()
                .withName("someone-elses").withLabels(Map.of()).endMetadata().build()).create();
        awaitGone(created);
        assertThat(client().batch().v1().jobs().inNamespace(NS).withName(foreign.getMetadata().getName()).get())
                .isNotNull();
    }

    // ---- the test's part of the cluster

    private String submit(String algorithm, int gpus, int maxAttempts) {
        return as(Tokens.alice()).body("{\"type\": \"TRAIN\", \"pipelineFitId\": \"" + data.fit + "\", \"algorithm\": "
                        + algorithm + ", \"seed\": 7, \"maxAttempts\": " + maxAttempts
                        + ", \"resources\": {\"cpu\": 1, \"memoryMb\": 1024, \"gpus\": " + gpus + "}}")
                .post("/api/v1/projects/" + data.project + "/jobs").then().statusCode(201).extract().path("id");
    }

    /** Handed to Kubernetes: SCHEDULED with its Job's handle recorded. */
    private static boolean launched(JsonPath job) {
        return "SCHEDULED".equals(job.getString("state")) && job.getString("executor") != null;
    }

    /** Polls the job until {@code done} holds, bounded at 3 minutes: a wait, not a timing assertion. */
    private static JsonPath await(String job, Predicate<JsonPath> done) throws InterruptedException {
        return TrainingFixture.awaitJob(Tokens.alice(), job, 720, done, "get there");
    }

    private void awaitGone(Job job) throws InterruptedException {
        String name = job.getMetadata().getName();
        for (int i = 0; i < 240; i++) {
            // the executor deletes the Job, then its Secret (which the cluster's garbage collector would)
            if (client().batch().v1().jobs().inNamespace(NS).withName(name).get() == null
                    && client().secrets().inNamespace(NS).withName(name).get() == null) {
                return;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("Job " + name + " or its Secret was not deleted");
    }

    private Job jobOf(JsonPath view) {
        String name = view.getString("executor").substring(view.getString("executor").indexOf('/') + 1);
        Job job = client().batch().v1().jobs().inNamespace(NS).withName(name).get();
        assertThat(job).as("Job " + name).isNotNull();
        return job;
    }

    /**
     * Starts the worker jar as the kubelet would start the container: the pod spec's environment,
     * with each {@code secretKeyRef} read from the Job's Secret. Only the native-library cache, which
     * the worker image bakes in, is pointed at the local one.
     */
    private Process kubelet(Job job) throws Exception {
        Secret secret = client().secrets().inNamespace(NS).withName(job.getMetadata().getName()).get();
        ProcessBuilder pb = new ProcessBuilder(javaCommand());
        pb.environment().clear();
        pb.environment().put("PATH", System.getenv("PATH"));
        pb.environment().put("HOME", System.getProperty("java.io.tmpdir"));
        for (EnvVar e : job.getSpec().getTemplate().getSpec().getContainers().get(0).getEnv()) {
            String value = e.getValue();
            if (e.getValueFrom() != null) {
                String key = e.getValueFrom().getSecretKeyRef().getKey();
                value = secret.getStringData() != null && secret.getStringData().containsKey(key)
                        ? secret.getStringData().get(key)
                        : new String(Base64.getDecoder().decode(secret.getData().get(key)), StandardCharsets.UTF_8);
            }
            pb.environment().put(e.getName(), value);
        }
        pb.environment().put("CHARTER_WORKER_CACHE", Path.of("target/workers/cache").toAbsolutePath().toString());
        Path log = Files.createTempFile("charter-kubelet-", ".log");
        return pb.redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    private static List<String> javaCommand() throws Exception {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.add("-XX:+UseSerialGC");
        command.add("-jar");
        File target = Path.of("").toAbsolutePath().getParent().resolve("gpu-workers").resolve("target").toFile();
        File[] jars = target.listFiles((d, n) -> n.startsWith("charter-gpu-workers-") && n.endsWith(".jar")
                && !n.endsWith("-sources.jar"));
        assertThat(jars).as("the worker jar in " + target).isNotEmpty();
        command.add(jars[0].getAbsolutePath());
        return command;
    }
}
