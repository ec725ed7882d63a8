package io.charter.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A server killed while jobs run (SIGKILL: no shutdown hook, no goodbye to the workers) and
 * started again on the same database and S3: a worker that survived keeps reporting and is
 * adopted, so its job ends in its first attempt; a job whose worker died with the server is
 * retried from its last checkpoint. Either way the job succeeds exactly once. A tuning study
 * running across the restart goes on where it was.
 */
class ServerRestartE2ETest {

    /** A few checkpoints long; ending while the server is down, its worker retries SUCCEED until it is back. */
    private static final String LONG_MLP = "{\"name\": \"mlp\", \"hyperparameters\": {\"layers\": [32, 32], "
            + "\"epochs\": 100, \"batchSize\": 4}}";

    private static Platform platform;

    @BeforeAll
    static void platform() {
        platform = Platform.get();
    }

    @Test
    void aRestartedServerAdoptsSurvivingWorkersAndRetriesLostOnesFromTheirCheckpoint() throws Exception {
        String token = Keycloak.token("alice");
        TrainingData data = TrainingData.prepare(platform, token);

        String adopted = data.submit(platform, token, LONG_MLP);
        awaitCheckpoint(token, adopted);
        List<ProcessHandle> survivors = platform.workers();
        assertThat(survivors).hasSize(1);
        platform.killServer();
        assertThat(survivors.get(0).isAlive()).as("the worker outlives the server").isTrue();
        platform.startServer();
        JsonPath first = TrainingData.awaitJob(platform, token, adopted);
        assertThat(first.getString("state")).as(first.prettify() + "\n" + platform.logTail()).isEqualTo("SUCCEEDED");
        assertThat(first.getInt("attempt")).as("the surviving worker finished its own attempt").isEqualTo(1);
        assertThat(actions(adopted)).containsOnlyOnce("job.schedule", "job.start", "job.succeed")
                .doesNotContain("job.worker_lost");

        // a study running across the restart goes on where it was, with no trial run twice
        String study = TrainingData.api(platform, token).body("""
                {"name": "across-restart", "objective": {"metric": "roc_auc", "direction": "MAXIMIZE"},
                 "searchSpace": {"learningRate": {"type": "float", "low": 0.001, "high": 0.05, "log": true}},
                 "sampler": "RANDOM", "maxTrials": 3, "parallelism": 1, "seed": 3,
                 "trial": {"pipelineFitId": "%s", "algorithm": "mlp",
                           "hyperparameters": {"layers": [16], "epochs": 30, "batchSize": 4}}}
                """.formatted(data.fit())).post("/api/v1/projects/" + data.project() + "/studies").then()
                .statusCode(201).extract().path("id");
        String retried = data.submit(platform, token, LONG_MLP);
        int checkpointed = awaitCheckpoint(token, retried).getInt("progress.completed");
        List<ProcessHandle> lost = platform.workers(); // the MLP's and the study trial's, if one runs now
        assertThat(lost).isNotEmpty();
        platform.killServer();
        lost.forEach(ProcessHandle::destroyForcibly);
        lost.forEach(p -> p.onExit().join());
        platform.startServer();
        JsonPath second = TrainingData.awaitJob(platform, token, retried);
        assertThat(second.getString("state")).as(second.prettify() + "\n" + platform.logTail()).isEqualTo("SUCCEEDED");
        // attempt 2, or later if a launch met a slot still held by an exiting worker (a refused launch
        // uses up its attempt); the last attempt resumed from a checkpoint
        int attempt = second.getInt("attempt");
        assertThat(attempt).isGreaterThanOrEqualTo(2);
        String log = TrainingData.api(platform, token).accept("text/plain").queryParam("attempt", attempt)
                .get("/api/v1/jobs/" + retried + "/logs").then().statusCode(200).extract().asString();
        assertThat(log).contains("resuming from");
        assertThat(checkpointed).isPositive();
        assertThat(actions(retried)).containsOnlyOnce("job.succeed").contains("job.worker_lost");
        JsonPath studied = awaitStudy(token, study);
        assertThat(studied.getString("state")).as(studied.prettify()).isEqualTo("COMPLETED");
        List<Integer> numbers = TrainingData.api(platform, token).get("/api/v1/studies/" + study + "/trials").then()
                .statusCode(200).extract().path("number");
        assertThat(numbers).containsExactly(0, 1, 2);
        TrainingData.api(platform, Keycloak.token("colin")).get("/api/v1/audit/verify").then().statusCode(200)
                .body("intact", org.hamcrest.Matchers.equalTo(true));
    }

    private static JsonPath awaitCheckpoint(String token, String job) throws InterruptedException {
        for (int i = 0; i < 600; i++) {
            JsonPath j = TrainingData.api(platform, token).get("/api/v1/jobs/" + job).then().statusCode(200)
                    .extract().jsonPath();
            if (j.getBoolean("resumable") && "RUNNING".equals(j.getString("state"))) {
                return j;
            }
            assertThat(j.getString("state")).as(j.prettify()).isIn("QUEUED", "SCHEDULED", "RUNNING");
            Thread.sleep(200);
        }
        throw new AssertionError("job " + job + " wrote no checkpoint");
    }

    private static JsonPath awaitStudy(String token, String study) throws InterruptedException {
        return TrainingData.awaitStudy(platform, token, study, 720); // three minutes at most
    }

    /** The audited actions on a job, oldest first, as the compliance officer reads them. */
    private static List<String> actions(String job) {
        String colin = Keycloak.token("colin");
        List<String> actions = new java.util.ArrayList<>();
        for (int page = 0; ; page++) {
            List<String> items = TrainingData.api(platform, colin).queryParam("entityId", job).queryParam("size", 200)
                    .queryParam("page", page).queryParam("sort", "seq,asc").get("/api/v1/audit").then().statusCode(200)
                    .extract().jsonPath().getList("items.action");
            actions.addAll(items);
            if (items.size() < 200) {
                return actions;
            }
        }
    }
}
