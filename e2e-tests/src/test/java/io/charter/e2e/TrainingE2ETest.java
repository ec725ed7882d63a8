package io.charter.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
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
        return TrainingData.api(platform, token);
    }

    @Test
    void aliceTrainsAModelAndReadsItsEvaluation() throws Exception {
        String token = Keycloak.token("alice");
        TrainingData data = TrainingData.prepare(platform, token);
        String project = data.project();
        String job = data.submit(platform, token, "{\"name\": \"xgboost\", \"hyperparameters\": {\"numRounds\": 20}}");
        JsonPath done = TrainingData.awaitJob(platform, token, job);
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

    @Test
    void bobSeesWhereHisJobWaitsAndWhy() throws Exception {
        String token = Keycloak.token("bob");
        TrainingData data = TrainingData.prepare(platform, token);
        String job = data.submit(platform, token, "{\"name\": \"logistic_regression\"}");
        JsonPath waiting = null;
        for (int i = 0; i < 240 && (waiting == null || waiting.getString("queue.reason") == null); i++) {
            Thread.sleep(250);
            waiting = JsonPath.from(api(token).get("/api/v1/jobs/" + job).then().statusCode(200).extract().asString());
        }
        assertThat(waiting.getString("state")).isEqualTo("QUEUED");
        assertThat(waiting.getInt("queue.position")).isEqualTo(1);
        assertThat(waiting.getString("queue.reason")).isEqualTo("the tenant has 0 job(s) running, its quota is 0");
        String run = waiting.getString("runId");
        try (Browser browser = new Browser()) {
            browser.scenario("bob-sees-why-his-job-waits", () -> {
                browser.driver.get(platform.baseUrl() + "/projects/" + data.project() + "/jobs");
                browser.login("bob");
                browser.awaitText(By.id("job-grid"), "its quota is 0");
                assertThat(browser.text(By.id("job-grid"))).contains("QUEUED", "Queued #1 in the tenant's line");
                browser.driver.get(platform.baseUrl() + "/runs/" + run);
                browser.awaitText(By.id("job-queue"), "Queued #1 in the tenant's line: the tenant has 0 job(s) "
                        + "running, its quota is 0");
                browser.screenshot("18-job-waiting-in-queue");
                browser.click(By.id("cancel-job"));
                browser.awaitText(By.id("job-panel"), "CANCELLED");
            });
        }
    }
}
