package io.charter.training;

import static io.charter.support.Api.as;
import static io.charter.support.Api.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import io.charter.common.data.Timestamps;
import io.charter.support.TestServices;
import io.charter.support.Tokens;
import io.charter.tenancy.TenantBinding;
import io.charter.training.domain.LaunchRecord;
import io.charter.training.security.JobTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Job submission refuses bad specs before anything is queued, answers other tenants 404 and
 * enforces roles; the worker endpoints accept only job tokens, and only from the job's current
 * launch (a duplicate or stale worker is fenced).
 */
@QuarkusTest
@QuarkusTestResource(TestServices.class)
class TrainingJobApiTest {

    private static TrainingFixture data;

    @BeforeEach
    void prepare() throws InterruptedException {
        if (data == null) {
            data = TrainingFixture.create(Tokens.alice());
        }
    }

    private String jobs() {
        return "/api/v1/projects/" + data.project + "/jobs";
    }

    private String train(String algorithm) {
        return "{\"type\": \"TRAIN\", \"pipelineFitId\": \"" + data.fit + "\", \"algorithm\": " + algorithm + "}";
    }

    @Test
    void shouldRefuseBadSpecsNamingTheField() {
        int before = as(Tokens.alice()).get(jobs()).then().statusCode(200).extract().path("total");
        problem(as(Tokens.alice()).body(train("{\"name\": \"no_such_model\"}")).post(jobs()).then(), 400)
                .body("errors.field", hasItem("algorithm.name"));
        problem(as(Tokens.alice()).body(train("{\"name\": \"xgboost\", \"hyperparameters\": {\"eta\": 7, "
                + "\"maxDepth\": 0, \"colour\": 1}}")).post(jobs()).then(), 400)
                .body("errors.field", hasItems("algorithm.hyperparameters.eta", "algorithm.hyperparameters.maxDepth",
                        "algorithm.hyperparameters.colour"));
        problem(as(Tokens.alice()).body(train("{\"name\": \"linear_regression\"}")).post(jobs()).then(), 400)
                .body("errors.field", hasItem("algorithm.name"));
        problem(as(Tokens.alice()).body("{\"type\": \"TRAIN\", \"pipelineFitId\": \"" + data.fit + "\", "
                + "\"algorithm\": {\"name\": \"xgboost\"}, \"evaluateOn\": \"TEST\", "
                + "\"resources\": {\"cpu\": 0, \"memoryMb\": 10, \"gpus\": 99}}").post(jobs()).then(), 400)
                .body("errors.field", hasItems("evaluateOn", "resources.cpu", "resources.memoryMb", "resources.gpus"));
        problem(as(Tokens.alice()).body("{\"type\": \"TRAIN\", \"pipelineFitId\": \"" + UUID.randomUUID()
                + "\", \"algorithm\": {\"name\": \"xgboost\"}}").post(jobs()).then(), 400)
                .body("errors.field", hasItem("pipelineFitId"));
        problem(as(Tokens.alice()).body("{\"type\": \"EVALUATE\", \"pipelineFitId\": \"" + data.fit + "\"}")
                .post(jobs()).then(), 400).body("errors.field", hasItem("sourceRunId"));
        problem(as(Tokens.alice()).body("{\"type\": \"TRAIN\"}").post(jobs()).then(), 400)
                .body("errors.field", hasItem("pipelineFitId"));
        problem(as(Tokens.alice()).body("{\"type\": \"TRAIN\", \"pipelineFitId\": \"" + data.fit + "\", "
                + "\"algorithm\": {\"name\": \"xgboost\"}, \"maxRuntimeSeconds\": 5}").post(jobs()).then(), 400)
                .body("errors.field", hasItem("maxRuntimeSeconds"));
        as(Tokens.alice()).get(jobs()).then().statusCode(200).body("total", equalTo(before));
    }

    @Test
    void shouldKeepJobsWithinTheTenantAndTheirRoles() {
        // another tenant's fitted pipeline does not exist for bob; alice's project is 404 for him
        String bobsProject = io.charter.support.Api.createProject(Tokens.bob(), io.charter.support.Api.uniqueName("bob"));
        problem(as(Tokens.bob()).body(train("{\"name\": \"xgboost\"}")).post("/api/v1/projects/" + bobsProject
                + "/jobs").then(), 400).body("errors.field", hasItem("pipelineFitId"));
        problem(as(Tokens.bob()).body(train("{\"name\": \"xgboost\"}")).post(jobs()).then(), 404);
        problem(as(Tokens.victor()).body(train("{\"name\": \"xgboost\"}")).post(jobs()).then(), 403);
        problem(as(Tokens.colin()).body(train("{\"name\": \"xgboost\"}")).post(jobs()).then(), 403);

        String job = as(Tokens.alice()).body(train("{\"name\": \"logistic_regression\"}")).post(jobs()).then()
                .statusCode(201).body("state", equalTo("QUEUED"), "attempt", equalTo(1), "maxAttempts", equalTo(3),
                        "hyperparameters.lambda", equalTo(0.1f), "evaluateOn", equalTo("VALIDATION"))
                .extract().path("id");
        problem(as(Tokens.bob()).get("/api/v1/jobs/" + job).then(), 404);
        problem(as(Tokens.bob()).post("/api/v1/jobs/" + job + "/cancel").then(), 404);
        problem(as(Tokens.bob()).accept("text/plain").get("/api/v1/jobs/" + job + "/logs").then(), 404);
        problem(as(Tokens.bob()).get("/api/v1/projects/" + data.project + "/jobs").then(), 404);
        problem(as(Tokens.victor()).post("/api/v1/jobs/" + job + "/cancel").then(), 403);
        as(Tokens.victor()).get("/api/v1/jobs/" + job).then().statusCode(200);
        as(Tokens.alice()).post("/api/v1/jobs/" + job + "/cancel").then().statusCode(200)
                .body("state", equalTo("CANCELLED"), "reason", equalTo("cancelled by alice"));
        // cancelling again is a no-op: a client that retried a lost request gets the same answer
        as(Tokens.alice()).post("/api/v1/jobs/" + job + "/cancel").then().statusCode(200)
                .body("state", equalTo("CANCELLED"));
        as(Tokens.colin()).queryParam("entityId", job).get("/api/v1/audit").then().statusCode(200)
                .body("items.action", hasItems("job.submit", "job.cancel"));
        as(Tokens.alice()).get("/api/v1/algorithms?task=BINARY_CLASSIFICATION").then().statusCode(200)
                .body("name", hasItems("logistic_regression", "xgboost", "random_forest", "mlp", "svm"));
    }

    @Test
    void shouldAcceptWorkerEventsOnlyFromTheCurrentLaunch() {
        String job = as(Tokens.alice()).body(train("{\"name\": \"logistic_regression\"}")).post(jobs()).then()
                .statusCode(201).extract().path("id");
        as(Tokens.alice()).post("/api/v1/jobs/" + job + "/cancel").then().statusCode(200);
        // a worker launched for attempt 1 that is not the job's current launch: fenced
        String stale = launch(job, 1, Duration.ofHours(1));
        RestAssured.given().auth().oauth2(stale).contentType(ContentType.JSON).body("{\"type\": \"HEARTBEAT\"}")
                .post("/api/v1/worker/jobs/" + job + "/events").then().statusCode(409)
                .contentType("application/problem+json").body("fenced", equalTo(true));
        // its token is good for its own job only; other paths do not take job tokens at all
        RestAssured.given().auth().oauth2(stale).get("/api/v1/worker/jobs/" + UUID.randomUUID()).then().statusCode(404);
        RestAssured.given().auth().oauth2(stale).get("/api/v1/jobs/" + job).then().statusCode(401);
        // unknown, expired and user tokens are refused by the worker endpoints
        RestAssured.given().auth().oauth2(JobTokens.mint()).get("/api/v1/worker/jobs/" + job).then().statusCode(401);
        String expired = launch(job, 1, Duration.ofHours(-1));
        RestAssured.given().auth().oauth2(expired).get("/api/v1/worker/jobs/" + job).then().statusCode(401);
        RestAssured.given().auth().oauth2(Tokens.alice()).get("/api/v1/worker/jobs/" + job).then().statusCode(401);
        RestAssured.given().get("/api/v1/worker/jobs/" + job).then().statusCode(401);
        // the spec is readable by a launch of this job, with keys the server built
        RestAssured.given().auth().oauth2(stale).get("/api/v1/worker/jobs/" + job).then().statusCode(200)
                .body("algorithm.algorithm", equalTo("logistic_regression"), "protectedAttributes", hasItem("gender"),
                        "pipeline.target", equalTo("defaulted"), "evaluateOn", equalTo("VALIDATION"));
        problem(RestAssured.given().auth().oauth2(stale).contentType(ContentType.JSON).body("{\"type\": \"DANCE\"}")
                .post("/api/v1/worker/jobs/" + job + "/events").then(), 400).body("errors.field", hasItem("type"));
        assertThat(stale).startsWith(JobTokens.PREFIX);
    }

    /** Records a launch of {@code job} for {@code attempt} the way the dispatcher does, and answers its token. */
    private static String launch(String job, int attempt, Duration validFor) {
        String token = JobTokens.mint();
        String sha = JobTokens.sha256(token);
        TenantBinding.run("acme", () -> QuarkusTransaction.requiringNew().run(() -> {
            LaunchRecord r = new LaunchRecord();
            r.launchId = JobTokens.launchId(sha);
            r.jobId = UUID.fromString(job);
            r.attempt = attempt;
            r.tokenSha256 = sha;
            r.logPath = "target/workers/logs/none.log";
            r.createdAt = Timestamps.now();
            r.expiresAt = r.createdAt.plus(validFor);
            r.persist();
        }));
        return token;
    }
}
