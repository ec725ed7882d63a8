package io.charter.training;

import static io.charter.support.Api.as;
import static io.charter.training.TrainingFixture.awaitEnd;
import static io.charter.training.TrainingFixture.awaitState;
import static io.charter.training.TrainingFixture.logs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItems;

import io.charter.artifact.ArtifactKeys;
import io.charter.artifact.ArtifactStore;
import io.charter.support.TestServices;
import io.charter.support.Tokens;
import io.charter.tenancy.TenantBinding;
import io.charter.training.domain.TrainingJob;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Jobs run end to end as real worker processes (the gpu-workers jar): they train, report metrics
 * and checkpoints, write their artifacts to S3 and evaluate fairness against the charter; a killed
 * worker is retried from its checkpoint; a cancelled one is stopped; the same spec gives the same
 * metrics.
 */
@QuarkusTest
@QuarkusTestResource(TestServices.class)
class TrainingJobRunTest {

    private static TrainingFixture data;

    @Inject
    ArtifactStore store;

    @BeforeEach
    void prepare() throws InterruptedException {
        if (data == null) {
            data = TrainingFixture.create(Tokens.alice());
        }
    }

    @Test
    void shouldTrainLogisticRegressionBoostedTreesAndAnMlp() throws Exception {
        String logistic = data.submit(Tokens.alice(), "{\"name\": \"logistic_regression\"}");
        String boosted = data.submit(Tokens.alice(), "{\"name\": \"xgboost\", \"hyperparameters\": {\"numRounds\": 30}}");
        String mlp = data.submit(Tokens.alice(), "{\"name\": \"mlp\", \"hyperparameters\": {\"layers\": [16], "
                + "\"epochs\": 8, \"learningRate\": 0.01}}");
        for (String job : new String[] {logistic, boosted, mlp}) {
            JsonPath done = awaitEnd(Tokens.alice(), job);
            assertThat(done.getString("state")).as(done.prettify() + logs(Tokens.alice(), job)).isEqualTo("SUCCEEDED");
            String run = done.getString("runId");
            JsonPath r = JsonPath.from(as(Tokens.alice()).get("/api/v1/runs/" + run).then().statusCode(200)
                    .extract().asString());
            assertThat(r.getString("status")).isEqualTo("FINISHED");
            Map<String, Double> metrics = values(r);
            assertThat(metrics).containsKeys("accuracy", "roc_auc", "f1", "model_size_bytes", "predict_latency_p99_ms");
            assertThat(metrics.get("model_size_bytes")).isPositive();
            assertThat(metrics.get("roc_auc")).isGreaterThan(0.75);
            assertThat(r.getMap("tags")).containsEntry("charter.job", job).containsKeys("charter.fairness",
                    "charter.dataset.version", "charter.platform.commit");
            String prefix = ArtifactKeys.runPrefix("acme", UUID.fromString(data.project), UUID.fromString(run));
            for (String artifact : new String[] {"model/model.json", "evaluation.json", "fairness.json",
                    "pipeline.json", "classes.json", "metrics.json"}) {
                assertThat(store.exists(prefix + artifact)).as(prefix + artifact).isTrue();
            }
            assertThat(logs(Tokens.alice(), job)).contains("succeeded");
        }
        String mlpRun = JsonPath.from(as(Tokens.alice()).get("/api/v1/jobs/" + mlp).asString()).getString("runId");
        as(Tokens.alice()).queryParam("run_id", mlpRun).queryParam("metric_key", "train_loss")
                .get("/api/2.0/mlflow/metrics/get-history").then().statusCode(200)
                .body("metrics.step", hasItems(1, 8));
        as(Tokens.colin()).queryParam("entityId", logistic).get("/api/v1/audit").then().statusCode(200)
                .body("items.action", hasItems("job.submit", "job.schedule", "job.start", "job.succeed"));
    }

    @Test
    void shouldReproduceTheSameMetricsFromTheSameSpec() throws Exception {
        String spec = "{\"name\": \"xgboost\", \"hyperparameters\": {\"numRounds\": 15, \"subsample\": 0.7}}";
        String first = data.submit(Tokens.alice(), spec);
        String second = data.submit(Tokens.alice(), spec);
        Map<String, Double> a = metricsOf(awaitEnd(Tokens.alice(), first));
        Map<String, Double> b = metricsOf(awaitEnd(Tokens.alice(), second));
        // timings are measurements of this machine's moment, not of the model
        a.keySet().removeIf(k -> k.startsWith("predict_latency"));
        b.keySet().removeIf(k -> k.startsWith("predict_latency"));
        assertThat(a).isNotEmpty().containsKey("model_size_bytes").isEqualTo(b);
    }

    @Test
    void shouldResumeAKilledWorkerFromItsLastCheckpoint() throws Exception {
        String job = data.submit(Tokens.alice(), "{\"name\": \"mlp\", \"hyperparameters\": {\"layers\": [32, 32], "
                + "\"epochs\": 400, \"batchSize\": 4}}");
        JsonPath running = awaitCheckpoint(job);
        int killedAt = running.getInt("progress.completed");
        long pid = workerPid(job);
        ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);

        JsonPath done = awaitEnd(Tokens.alice(), job);
        assertThat(done.getString("state")).as(done.prettify()).isEqualTo("SUCCEEDED");
        assertThat(done.getInt("attempt")).isEqualTo(2);
        String second = as(Tokens.alice()).accept("text/plain").queryParam("attempt", 2)
                .get("/api/v1/jobs/" + job + "/logs").then().statusCode(200).extract().asString();
        assertThat(second).contains("resuming from");
        assertThat(killedAt).isPositive();
    }

    @Test
    void shouldStopTheWorkerOfACancelledJob() throws Exception {
        String job = data.submit(Tokens.alice(), "{\"name\": \"mlp\", \"hyperparameters\": {\"layers\": [32], "
                + "\"epochs\": 5000, \"batchSize\": 4}}");
        awaitState(Tokens.alice(), job, "RUNNING");
        long pid = workerPid(job);
        as(Tokens.alice()).post("/api/v1/jobs/" + job + "/cancel").then().statusCode(200);
        Optional<ProcessHandle> worker = ProcessHandle.of(pid);
        if (worker.isPresent()) {
            worker.get().onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
        }
        JsonPath cancelled = awaitEnd(Tokens.alice(), job);
        assertThat(cancelled.getString("state")).isEqualTo("CANCELLED");
        assertThat(cancelled.getString("reason")).isEqualTo("cancelled by alice");
        String run = cancelled.getString("runId");
        as(Tokens.alice()).get("/api/v1/runs/" + run).then().statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("KILLED"));
    }

    private static Map<String, Double> metricsOf(JsonPath job) {
        assertThat(job.getString("state")).as(job.prettify()).isEqualTo("SUCCEEDED");
        return values(JsonPath.from(as(Tokens.alice()).get("/api/v1/runs/" + job.getString("runId")).asString()));
    }

    /** The run's latest value of each metric. */
    private static Map<String, Double> values(JsonPath run) {
        Map<String, Double> values = new java.util.TreeMap<>();
        run.getMap("metrics").keySet().forEach(k -> values.put((String) k,
                run.getDouble("metrics.'" + k + "'.value")));
        return values;
    }

    private static JsonPath awaitCheckpoint(String job) throws InterruptedException {
        for (int i = 0; i < 600; i++) {
            JsonPath j = JsonPath.from(as(Tokens.alice()).get("/api/v1/jobs/" + job).asString());
            if (j.getBoolean("resumable") && "RUNNING".equals(j.getString("state"))) {
                return j;
            }
            assertThat(j.getString("state")).as(j.prettify()).isIn("QUEUED", "SCHEDULED", "RUNNING");
            Thread.sleep(200);
        }
        throw new AssertionError("job " + job + " wrote no checkpoint");
    }

    /** The worker's process id, from the executor handle the dispatcher recorded ({@code local:<pid>:...}). */
    private static long workerPid(String job) {
        String handle = TenantBinding.call("acme", () -> QuarkusTransaction.requiringNew().call(() ->
                TrainingJob.<TrainingJob>findById(UUID.fromString(job)).executorHandle));
        return Long.parseLong(handle.split(":")[1]);
    }
}
