package io.charter.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Experiment tracking end to end: MLflow's official Python client (installed by this test into a
 * virtualenv under target/) logs runs to the packaged server, Charter's API reads them back, and
 * the browser shows them — filtered, compared and charted.
 */
class TrackingE2ETest {

    /** The MLflow client release the compatibility is proven with (mlflow-skinny: the client without the server). */
    static final String MLFLOW = "mlflow-skinny==3.17.2";
    private static Platform platform;

    @BeforeAll
    static void platform() {
        platform = Platform.get();
    }

    @Test
    void mlflowsPythonClientLogsRunsThatCharterReadsBack() throws Exception {
        Path python = virtualenv();
        String experiment = "python-" + UUID.randomUUID().toString().substring(0, 8);
        ProcessBuilder pb = new ProcessBuilder(python.toString(), Path.of("src/test/python/mlflow_client_flow.py")
                .toAbsolutePath().toString());
        pb.environment().putAll(Map.of("MLFLOW_TRACKING_URI", platform.baseUrl(),
                "MLFLOW_TRACKING_TOKEN", Keycloak.token("alice"), "CHARTER_EXPERIMENT", experiment,
                "MLFLOW_HTTP_REQUEST_MAX_RETRIES", "0"));
        pb.redirectErrorStream(true);
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(output).isZero();
        JsonPath result = JsonPath.from(output.lines().reduce((a, b) -> b).orElseThrow());

        List<String> runs = result.getList("run_ids");
        assertThat(result.getList("found", String.class)).containsExactly(runs.get(1));
        assertThat(result.getList("history_steps", Integer.class)).containsExactly(0, 1, 2, 3, 4);
        assertThat(result.getString("status")).isEqualTo("FINISHED");
        String token = Keycloak.token("alice");
        JsonPath run = RestAssured.given().baseUri(platform.baseUrl()).auth().oauth2(token)
                .get("/api/v1/runs/" + runs.get(0)).then().statusCode(200).extract().jsonPath();
        assertThat(run.getString("params.learning_rate")).isEqualTo("0.01");
        assertThat(run.getString("tags.framework")).isEqualTo("python-client");
        assertThat(run.getString("name")).isEqualTo("python-0");
        // bob, of another tenant, sees none of it through the MLflow API either
        RestAssured.given().baseUri(platform.baseUrl()).auth().oauth2(Keycloak.token("bob"))
                .queryParam("run_id", runs.get(0)).get("/api/2.0/mlflow/runs/get").then().statusCode(404);

        try (Browser browser = new Browser()) {
            browser.scenario("alice-compares-runs", () -> {
                browser.driver.get(platform.baseUrl() + "/experiments/" + result.getString("experiment_id"));
                browser.login("alice");
                browser.awaitText(By.id("run-grid"), "python-1");
                assertThat(browser.text(By.id("run-grid"))).contains("python-0", "FINISHED", "metrics.auc");
                browser.type("run-filter", "metrics.auc > 0.75");
                browser.click(By.id("apply-run-filter"));
                browser.awaitNoText(By.id("run-grid"), "python-0");
                browser.screenshot("12-runs-filtered");

                browser.driver.get(platform.baseUrl() + "/runs/compare?runs=" + runs.get(0) + "," + runs.get(1));
                browser.awaitText(By.id("compare-grid"), "params.learning_rate");
                assertThat(browser.text(By.id("compare-grid"))).contains("≠ params.learning_rate", "0.01", "0.1");
                browser.await(By.cssSelector("charter-chart#compare-loss[rendered]"));
                browser.screenshot("13-runs-compared");

                browser.driver.get(platform.baseUrl() + "/runs/" + runs.get(0));
                browser.awaitText(By.id("run-summary"), "FINISHED");
                browser.await(By.cssSelector("charter-chart#run-curves[rendered]"));
                assertThat(browser.text(By.id("run-metrics"))).contains("loss", "auc", "f1");
                browser.screenshot("14-run-detail");
            });
        }
    }

    /** A virtualenv with MLflow's client under target/, made once and reused. */
    private static Path virtualenv() throws IOException, InterruptedException {
        Path venv = Path.of("target/mlflow-venv").toAbsolutePath();
        Path python = venv.resolve("bin/python");
        Path marker = venv.resolve(".installed-" + MLFLOW.replace("==", "-"));
        if (!Files.exists(marker)) {
            run(List.of("python3", "-m", "venv", venv.toString()));
            run(List.of(python.toString(), "-m", "pip", "install", "--quiet", "--disable-pip-version-check", MLFLOW));
            Files.createFile(marker);
        }
        return python;
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(600, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed:\n" + out);
        }
    }
}
