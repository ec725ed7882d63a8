package io.charter.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * Phase VI on the packaged server: a TPE study of three XGBoost trials runs as training jobs of
 * the gpu-workers jar; the browser shows the project's studies, the study page with its progress,
 * best trial, charts and trials, trains a final model with the best parameters, shows the
 * new-study form with the server's search-space problem beside the JSON area, hides the actions
 * from a viewer and refuses the study to another tenant.
 */
class StudyE2ETest {

    private static Platform platform;

    @BeforeAll
    static void platform() {
        platform = Platform.get();
    }

    private static RequestSpecification api(String token) {
        return TrainingData.api(platform, token);
    }

    @Test
    void aliceTunesXgboostAndTrainsTheBestTrial() throws Exception {
        String token = Keycloak.token("alice");
        TrainingData data = TrainingData.prepare(platform, token);
        String project = data.project();
        String study = api(token).body("""
                {"name": "xgb-tpe", "objective": {"metric": "roc_auc", "direction": "MAXIMIZE"},
                 "sampler": "TPE", "pruner": "MEDIAN", "pruning": {"metric": "validation_logloss"},
                 "maxTrials": 3, "parallelism": 2, "seed": 7,
                 "searchSpace": {"eta": {"type": "float", "low": 0.05, "high": 0.5, "log": true},
                                 "maxDepth": {"type": "int", "low": 2, "high": 5}},
                 "trial": {"pipelineFitId": "%s", "algorithm": "xgboost", "hyperparameters": {"numRounds": 10}}}
                """.formatted(data.fit())).post("/api/v1/projects/" + project + "/studies").then().statusCode(201)
                .extract().path("id");
        JsonPath done = awaitStudy(token, study);
        assertThat(done.getString("state")).as(done.prettify() + "\n" + platform.logTail()).isEqualTo("COMPLETED");
        assertThat(done.getLong("counts.COMPLETE")).as(done.prettify() + "\n" + platform.logTail()).isEqualTo(3);
        String bestRun = done.getString("best.runId");
        // another tenant cannot read it
        api(Keycloak.token("bob")).get("/api/v1/studies/" + study).then().statusCode(404);

        try (Browser browser = new Browser()) {
            browser.scenario("alice-tunes-xgboost", () -> {
                browser.driver.get(platform.baseUrl() + "/projects/" + project + "/studies");
                browser.login("alice");
                browser.awaitText(By.id("study-grid"), "COMPLETED");
                assertThat(browser.text(By.tagName("body"))).contains("Tuning studies");
                assertThat(browser.text(By.id("study-grid"))).contains("xgb-tpe", "HPO", "TPE", "MEDIAN", "3/3",
                        "roc_auc (MAXIMIZE)");
                browser.screenshot("18-studies");

                browser.click(By.xpath("//vaadin-grid-cell-content[normalize-space(.)='xgb-tpe']"));
                browser.awaitText(By.tagName("h2"), "Study xgb-tpe");
                assertThat(browser.driver.getCurrentUrl()).endsWith("/studies/" + study);
                assertThat(browser.text(By.id("study-state-badge"))).contains("COMPLETED");
                assertThat(browser.text(By.id("study-summary"))).contains("objective roc_auc (MAXIMIZE)",
                        "sampler TPE", "pruner MEDIAN on validation_logloss", "budget 3 trials, 2 at a time",
                        "xgboost with numRounds=10", "created by alice", "all 3 trials done");
                assertThat(browser.text(By.id("study-progress-text"))).contains("3 of 3 trials done", "3 complete",
                        "0 running", "0 pruned", "0 failed");
                String trials = browser.text(By.id("trial-grid"));
                assertThat(trials).contains("#0", "#1", "#2", "eta=", "maxDepth=");
                assertThat(browser.driver.findElements(By.cssSelector("#trial-grid .trial-state"))
                        .stream().filter(b -> b.getDomProperty("textContent").equals("COMPLETE"))).hasSize(3);
                assertThat(browser.text(By.id("best-trial"))).contains("Best trial", "roc_auc = 0.", "eta=");
                assertThat(browser.await(By.id("best-trial-run")).getDomAttribute("href")).isEqualTo("runs/" + bestRun);
                for (String chart : new String[] {"study-history", "study-parallel", "study-importance",
                        "study-intermediate"}) {
                    browser.await(By.cssSelector("charter-chart#" + chart + "[rendered]"));
                }
                for (String hidden : new String[] {"study-pareto", "resume-study", "stop-study"}) {
                    assertThat(hidden(browser, hidden)).as(hidden).isTrue();
                }
                browser.screenshot("19-study");
                scrollTo(browser, "study-history");
                browser.screenshot("20-study-history-parallel");
                scrollTo(browser, "study-importance");
                browser.screenshot("21-study-importance-intermediate");

                // the final model: a TRAIN job with the best trial's parameters, on the project's jobs page
                browser.click(By.id("train-final"));
                browser.awaitText(By.tagName("h2"), "Training jobs");
                assertThat(browser.driver.getCurrentUrl()).endsWith("/projects/" + project + "/jobs");
                JsonPath jobs = api(token).get("/api/v1/projects/" + project + "/jobs").then().statusCode(200)
                        .extract().jsonPath();
                assertThat(jobs.getList("items")).hasSize(4);
                assertThat(jobs.getString("items[0].createdBy")).isEqualTo("alice");
                assertThat(jobs.getDouble("items[0].hyperparameters.eta")).isEqualTo(done.getDouble("best.params.eta"));
                assertThat(jobs.getInt("items[0].hyperparameters.maxDepth")).isEqualTo(done.getInt("best.params.maxDepth"));
                assertThat(jobs.getInt("items[0].hyperparameters.numRounds")).isEqualTo(10);
                browser.awaitText(By.id("job-grid"), "xgboost");
                browser.screenshot("22-final-training-job");

                // the form: an example space for the algorithm, the server's problem beside the JSON area
                browser.driver.get(platform.baseUrl() + "/projects/" + project + "/studies/new");
                browser.awaitText(By.tagName("body"), "New study");
                assertThat(value(browser, "study-objective", "input")).isEqualTo("roc_auc");
                browser.select("study-algorithm", "xgboost (xgboost)");
                browser.until(d -> value(browser, "study-search-space", "textarea").contains("maxDepth"));
                assertThat(value(browser, "study-hyperparameters", "textarea")).contains("numRounds");
                browser.type("study-name", "bad space");
                browser.select("study-dataset", "Loans");
                browser.select("study-pipeline", "scaled revision 1");
                browser.click(By.id("study-fit"));
                browser.await(By.xpath("//vaadin-select-item[contains(., '" + data.fit().substring(0, 8) + "')]"))
                        .click();
                browser.type("study-search-space", "{\"eta\": {\"type\": \"float\", \"low\": 0.5, \"high\": 0.1}}");
                browser.click(By.id("submit-study"));
                browser.until(d -> "true".equals(String.valueOf(browser.await(By.id("study-search-space"))
                        .getDomProperty("invalid"))));
                assertThat(browser.await(By.id("study-search-space")).getDomProperty("errorMessage"))
                        .startsWith("eta: low must be <= high");
                browser.screenshot("23-new-study-error");
                browser.select("study-sampler", "NAS_EVOLUTION");
                browser.await(By.id("study-nas-widths"));
                assertThat(hidden(browser, "study-search-space")).isTrue();
                assertThat(browser.text(By.cssSelector("#study-algorithm vaadin-select-value-button")))
                        .contains("mlp (djl)");
            });
        }

        // a viewer sees the study but not its actions
        try (Browser browser = new Browser()) {
            browser.scenario("victor-views-a-study", () -> {
                browser.driver.get(platform.baseUrl() + "/studies/" + study);
                browser.login("victor");
                browser.awaitText(By.id("trial-grid"), "#2");
                assertThat(hidden(browser, "train-final")).isTrue();
            });
        }

        // another tenant's study is not found: the page says so and forwards to the projects
        try (Browser browser = new Browser()) {
            browser.scenario("bob-opens-alices-study", () -> {
                browser.driver.get(platform.baseUrl() + "/studies/" + study);
                browser.login("bob");
                browser.awaitText(By.tagName("vaadin-notification-card"), "Study " + study + " does not exist");
                browser.until(d -> d.getCurrentUrl().endsWith("/projects"));
                assertThat(browser.text(By.tagName("body"))).doesNotContain("xgb-tpe");
                browser.driver.get(platform.baseUrl() + "/studies/" + UUID.randomUUID());
                browser.until(d -> d.getCurrentUrl().endsWith("/projects"));
            });
        }
    }

    @Test
    void aliceSearchesMlpArchitecturesAndSeesTheParetoFront() throws Exception {
        String token = Keycloak.token("alice");
        TrainingData data = TrainingData.prepare(platform, token);
        String study = api(token).body("""
                {"name": "mlp-nas", "objective": {"metric": "roc_auc", "direction": "MAXIMIZE"},
                 "sampler": "NAS_RANDOM", "nas": {"maxLayers": 2, "widths": [8, 16, 32], "costMetric": "model_size_bytes"},
                 "maxTrials": 4, "parallelism": 2, "seed": 3,
                 "trial": {"pipelineFitId": "%s", "algorithm": "mlp", "hyperparameters": {"epochs": 3}}}
                """.formatted(data.fit())).post("/api/v1/projects/" + data.project() + "/studies").then()
                .statusCode(201).extract().path("id");
        JsonPath done = awaitStudy(token, study);
        assertThat(done.getString("state")).as(done.prettify() + "\n" + platform.logTail()).isEqualTo("COMPLETED");
        assertThat(done.getLong("counts.COMPLETE")).as(done.prettify() + "\n" + platform.logTail()).isEqualTo(4);
        JsonPath analysis = api(token).get("/api/v1/studies/" + study + "/analysis").then().statusCode(200).extract()
                .jsonPath();
        assertThat(analysis.getList("paretoFront")).isNotEmpty();

        try (Browser browser = new Browser()) {
            browser.scenario("alice-searches-architectures", () -> {
                browser.driver.get(platform.baseUrl() + "/studies/" + study);
                browser.login("alice");
                browser.awaitText(By.id("trial-grid"), "#3");
                assertThat(browser.text(By.id("study-summary"))).contains("NAS study", "sampler NAS_RANDOM",
                        "architectures of 1–2 hidden layers, widths [8, 16, 32], cost model_size_bytes");
                assertThat(browser.text(By.tagName("body"))).contains("Pareto front", "Cost");
                browser.await(By.cssSelector("charter-chart#study-pareto[rendered]"));
                browser.await(By.cssSelector("charter-chart#study-parallel[rendered]"));
                scrollTo(browser, "study-pareto");
                browser.screenshot("24-nas-pareto-front");
            });
        }
    }

    /** Whether no element of the id is shown (Flow leaves hidden components out of the page, or hides them). */
    private static boolean hidden(Browser browser, String id) {
        return browser.driver.findElements(By.id(id)).stream().noneMatch(WebElement::isDisplayed);
    }

    private static void scrollTo(Browser browser, String id) {
        ((JavascriptExecutor) browser.driver).executeScript("arguments[0].scrollIntoView({block: 'start'});",
                browser.await(By.id(id)));
    }

    private static String value(Browser browser, String id, String input) {
        Object v = browser.await(By.cssSelector("#" + id + " " + input)).getDomProperty("value");
        return v == null ? "" : v.toString();
    }

    /** Four minutes at most. */
    private static JsonPath awaitStudy(String token, String study) throws InterruptedException {
        return TrainingData.awaitStudy(platform, token, study, 960);
    }
}
