package io.charter.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Phases III–V on the packaged server: a training job runs as a worker process of the gpu-workers
 * jar, and the browser shows the jobs page, the run with its evaluation, fairness verdicts and
 * logs, starts the final evaluation on the test split, receives a run's metrics by server push,
 * and shows the new-job form built from the algorithm catalog.
 */
class TrainingE2ETest {

    private static Platform platform;

    @BeforeAll
    static void platform() {
        platform = Platform.get();
    }

    private static RequestSpecification api(String token) {
        return RestAssured.given().baseUri(platform.baseUrl()).auth().oauth2(token).contentType(ContentType.JSON);
    }

    @Test
    void aliceTrainsAModelAndReadsItsEvaluation() throws Exception {
        String token = Keycloak.token("alice");
        String project = api(token).body("{\"name\": \"Credit " + UUID.randomUUID().toString().substring(0, 8)
                        + "\", \"problemStatement\": \"p\", \"taskType\": \"BINARY_CLASSIFICATION\"}")
                .post("/api/v1/projects").then().statusCode(201).extract().path("id");
        api(token).body("""
                {"protectedAttributes": [{"column": "gender", "groups": ["female", "male"]}],
                 "fairnessCriteria": [{"metric": "DEMOGRAPHIC_PARITY_DIFFERENCE", "threshold": 0.2}],
                 "privacy": "p", "transparency": "t", "societalImpact": "s", "dualUse": "none", "riskTier": "LIMITED"}
                """).put("/api/v1/projects/" + project + "/charter").then().statusCode(200);
        String dataset = api(token).body("{\"name\": \"Loans\", \"sourceType\": \"INTERNAL\", "
                        + "\"containsPersonalData\": true, \"targetColumn\": \"defaulted\"}")
                .post("/api/v1/projects/" + project + "/datasets").then().statusCode(201).extract().path("id");
        Random random = new Random(5);
        StringBuilder csv = new StringBuilder("loan_id,income,debt,gender,defaulted\n");
        for (int i = 0; i < 500; i++) {
            double income = 20 + random.nextDouble() * 80;
            double debt = random.nextDouble() * 60;
            csv.append("L").append(i).append(',').append(String.format(Locale.ROOT, "%.2f,%.2f", income, debt))
                    .append(',').append(random.nextBoolean() ? "female" : "male").append(',')
                    .append(debt / income + random.nextGaussian() * 0.15 > 0.45 ? 1 : 0).append('\n');
        }
        String version = RestAssured.given().baseUri(platform.baseUrl()).auth().oauth2(token).contentType("text/csv")
                .body(csv.toString()).post("/api/v1/datasets/" + dataset + "/versions").then().statusCode(201)
                .extract().path("id");
        awaitOk(token, "/api/v1/datasets/" + dataset + "/versions/" + version + "/validation");
        String split = api(token).body("{\"versionId\": \"" + version + "\", \"name\": \"holdout\", \"spec\": "
                        + "{\"method\": \"HOLDOUT\", \"trainRatio\": 0.6, \"validationRatio\": 0.2, \"testRatio\": 0.2, "
                        + "\"seed\": 1}}").post("/api/v1/datasets/" + dataset + "/splits").then().statusCode(202)
                .extract().path("id");
        awaitOk(token, "/api/v1/splits/" + split);
        String pipeline = api(token).body("{\"name\": \"scaled\", \"spec\": {\"steps\": ["
                        + "{\"kind\": \"DROP\", \"columns\": [\"loan_id\"]},"
                        + "{\"kind\": \"SCALE\", \"columns\": [\"income\", \"debt\"], \"method\": \"STANDARD\"},"
                        + "{\"kind\": \"ONE_HOT\", \"columns\": [\"gender\"]}]}}")
                .post("/api/v1/datasets/" + dataset + "/pipelines").then().statusCode(201).extract().path("id");
        String fit = api(token).body("{\"splitId\": \"" + split + "\"}").post("/api/v1/pipelines/" + pipeline + "/fits")
                .then().statusCode(202).extract().path("id");
        awaitOk(token, "/api/v1/pipelines/fits/" + fit);
        String job = api(token).body("{\"type\": \"TRAIN\", \"pipelineFitId\": \"" + fit + "\", \"algorithm\": "
                        + "{\"name\": \"xgboost\", \"hyperparameters\": {\"numRounds\": 20}}}")
                .post("/api/v1/projects/" + project + "/jobs").then().statusCode(201).extract().path("id");
        JsonPath done = awaitJob(token, job);
        assertThat(done.getString("state")).as(done.prettify() + "\n" + platform.logTail()).isEqualTo("SUCCEEDED");
        String run = done.getString("runId");

        try (Browser browser = new Browser()) {
            browser.scenario("alice-trains-a-model", () -> {
                browser.driver.get(platform.baseUrl() + "/projects/" + project + "/jobs");
                browser.login("alice");
                browser.awaitText(By.id("job-grid"), "SUCCEEDED");
                assertThat(browser.text(By.tagName("body"))).contains("Training jobs");
                assertThat(browser.text(By.id("job-grid"))).contains("xgboost", "TRAIN");
                browser.screenshot("15-training-jobs");

                browser.driver.get(platform.baseUrl() + "/runs/" + run);
                browser.awaitText(By.id("job-panel"), "SUCCEEDED");
                browser.awaitText(By.id("fairness-grid"), "DEMOGRAPHIC_PARITY_DIFFERENCE");
                assertThat(browser.text(By.id("fairness-grid"))).contains("gender");
                assertThat(browser.text(By.id("evaluation-metrics"))).contains("roc_auc", "accuracy");
                assertThat(browser.text(By.tagName("body"))).contains("Confusion matrix", "ROC curve", "Fairness");
                browser.await(By.cssSelector("charter-chart#evaluation-confusion[rendered]"));
                assertThat(browser.text(By.id("job-logs"))).contains("succeeded");
                browser.screenshot("16-run-evaluation");

                // the final evaluation on the test split: an EVALUATE job with its own run, opened at once
                browser.click(By.id("evaluate-job"));
                browser.awaitText(By.id("job-summary"), "EVALUATE xgboost");
                browser.awaitText(By.id("job-panel"), "SUCCEEDED");
                browser.awaitText(By.id("evaluation-metrics"), "roc_auc");
                assertThat(browser.driver.getCurrentUrl()).doesNotContain(run);

                // learning curves are pushed: the fallback poll is an hour here, so only push updates the page
                String live = api(token).body("{\"name\": \"live\"}").post("/api/v1/experiments/"
                        + done.getString("experimentId") + "/runs").then().statusCode(201).extract().path("id");
                browser.driver.get(platform.baseUrl() + "/runs/" + live);
                browser.awaitText(By.id("run-summary"), "RUNNING");
                api(token).body("{\"metrics\": [{\"key\": \"live_loss\", \"value\": 0.25, \"timestamp\": 1, "
                        + "\"step\": 3}]}").post("/api/v1/runs/" + live + "/log").then().statusCode(204);
                browser.awaitText(By.id("run-metrics"), "live_loss");
                api(token).body("{\"status\": \"FINISHED\"}").patch("/api/v1/runs/" + live).then().statusCode(200);
                browser.awaitText(By.id("run-summary"), "FINISHED");

                browser.driver.get(platform.baseUrl() + "/projects/" + project + "/jobs/new");
                browser.awaitText(By.tagName("body"), "New training job");
                browser.select("job-algorithm", "mlp (djl)");
                browser.await(By.id("hp-learningRate"));
                browser.screenshot("17-new-training-job");
            });
        }
    }

    private static void awaitOk(String token, String path) throws InterruptedException {
        for (int i = 0; i < 240; i++) {
            int status = api(token).get(path).statusCode();
            if (status == 200) {
                return;
            }
            assertThat(status).as(path).isEqualTo(202);
            Thread.sleep(250);
        }
        throw new AssertionError(path + " did not finish");
    }

    private static JsonPath awaitJob(String token, String job) throws InterruptedException {
        JsonPath j = null;
        for (int i = 0; i < 720; i++) {
            j = api(token).get("/api/v1/jobs/" + job).then().statusCode(200).extract().jsonPath();
            if (j.getString("state").matches("SUCCEEDED|FAILED|CANCELLED")) {
                return j;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("job " + job + " did not end: " + (j == null ? null : j.prettify()));
    }
}
