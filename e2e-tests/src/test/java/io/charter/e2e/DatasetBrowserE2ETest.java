package io.charter.e2e;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Phase II in the browser: register a dataset, upload a CSV, watch the upload finish, read the
 * schema, open the profile and see its charts drawn.
 */
class DatasetBrowserE2ETest {

    private static Platform platform;

    @BeforeAll
    static void platform() {
        platform = Platform.get();
    }

    @Test
    void aliceRegistersADatasetUploadsACsvAndSeesItsSchema() throws Exception {
        String token = Keycloak.token("alice");
        String project = RestAssured.given().baseUri(platform.baseUrl()).auth().oauth2(token)
                .contentType(ContentType.JSON)
                .body("{\"name\": \"Loans " + UUID.randomUUID().toString().substring(0, 8)
                        + "\", \"problemStatement\": \"p\", \"taskType\": \"BINARY_CLASSIFICATION\"}")
                .post("/api/v1/projects").then().statusCode(201).extract().path("id");
        Path csv = Files.createTempFile("loans", ".csv");
        StringBuilder rows = new StringBuilder("applicant_id,age,income,region,approved\n");
        for (int i = 0; i < 500; i++) {
            rows.append("a").append(i).append(',').append(20 + i % 50).append(',').append(30000 + i * 17.5)
                    .append(',').append(i % 3 == 0 ? "north" : "south").append(',').append(i % 4 == 0).append('\n');
        }
        Files.writeString(csv, rows);

        try (Browser browser = new Browser()) {
            browser.scenario("alice-uploads-dataset", () -> {
                browser.driver.get(platform.baseUrl() + "/projects/datasets/" + project);
                browser.login("alice");
                browser.click(By.id("new-dataset"));
                browser.type("dataset-name", "Applications");
                browser.type("dataset-target", "approved");
                browser.click(By.id("create-dataset"));
                browser.awaitText(By.tagName("h2"), "Applications");

                browser.upload("dataset-upload", csv);
                browser.awaitUploadComplete("dataset-upload");
                browser.awaitText(By.id("selected-version"), "500 rows");
                String columns = browser.text(By.id("column-grid"));
                assertThat(columns).contains("applicant_id", "INTEGER", "NUMERIC", "CATEGORICAL", "BOOLEAN", "TARGET");
                browser.screenshot("07-dataset-uploaded");

                browser.click(By.id("open-profile"));
                browser.awaitText(By.id("profile-state"), "Profiled 500 rows");
                browser.await(By.cssSelector("charter-chart#histogram-age[rendered]"));
                browser.await(By.cssSelector("charter-chart#categories-region[rendered]"));
                browser.await(By.cssSelector("charter-chart#missing-chart[rendered]"));
                browser.await(By.cssSelector("charter-chart#correlation-chart[rendered]"));
                browser.await(By.cssSelector("charter-chart#association-chart[rendered]"));
                assertThat(browser.driver.findElements(By.cssSelector("charter-chart canvas"))).isNotEmpty();
                browser.screenshot("08-dataset-profile");
            });
        }
    }

    @Test
    void aliceValidatesAVersionSplitsItAndFitsAPipelineOnTheTrainingRows() throws Exception {
        String token = Keycloak.token("alice");
        var api = RestAssured.given().baseUri(platform.baseUrl()).auth().oauth2(token);
        String project = api.contentType(ContentType.JSON)
                .body("{\"name\": \"Churn " + UUID.randomUUID().toString().substring(0, 8)
                        + "\", \"problemStatement\": \"p\", \"taskType\": \"BINARY_CLASSIFICATION\"}")
                .post("/api/v1/projects").then().statusCode(201).extract().path("id");
        String dataset = RestAssured.given().baseUri(platform.baseUrl()).auth().oauth2(token)
                .contentType(ContentType.JSON).body("{\"name\": \"Customers\", \"sourceType\": \"INTERNAL\", "
                        + "\"containsPersonalData\": false, \"targetColumn\": \"churned\"}")
                .post("/api/v1/projects/" + project + "/datasets").then().statusCode(201).extract().path("id");
        StringBuilder rows = new StringBuilder("customer_id,age,income,plan,churned\n");
        for (int i = 0; i < 400; i++) {
            rows.append("c").append(i).append(',').append(20 + i % 50).append(',')
                    .append(i % 10 == 0 ? "" : String.valueOf(30000 + i * 13)).append(',')
                    .append(i % 3 == 0 ? "basic" : "premium").append(',').append(i % 5 == 0).append('\n');
        }
        RestAssured.given().baseUri(platform.baseUrl()).auth().oauth2(token).contentType("text/csv")
                .body(rows.toString()).post("/api/v1/datasets/" + dataset + "/versions").then().statusCode(201);

        try (Browser browser = new Browser()) {
            browser.scenario("alice-validates-splits-fits", () -> {
                browser.driver.get(platform.baseUrl() + "/datasets/" + dataset);
                browser.login("alice");
                browser.awaitText(By.id("selected-version"), "400 rows");

                browser.click(By.id("open-validation"));
                browser.awaitText(By.id("validation-state"), "Validated 400 rows");
                browser.select("rule-kind", "RANGE");
                browser.select("rule-column", "age");
                browser.type("rule-min", "25");
                browser.click(By.id("add-rule"));
                browser.awaitText(By.id("rule-grid"), "between 25 and");
                browser.click(By.id("save-rules"));
                browser.awaitText(By.id("validation-verdict"), "Failed");
                assertThat(browser.text(By.id("result-grid"))).contains("FAILED", "RANGE", "age", "row 1: 20");
                browser.screenshot("09-validation-failed");
                browser.type("override-reason", "young customers are valid in this market");
                browser.click(By.id("override-validation"));
                browser.awaitText(By.id("validation-verdict"), "overridden by alice");

                browser.driver.get(platform.baseUrl() + "/datasets/" + dataset + "/splits");
                browser.type("split-name", "holdout");
                browser.click(By.id("create-split"));
                browser.awaitText(By.id("split-state"), "Assigned 400 rows");
                browser.awaitText(By.id("split-checks"), "test");
                browser.await(By.cssSelector("charter-chart#split-chart[rendered]"));
                assertThat(browser.text(By.id("split-details"))).contains("Download train rows",
                        "Download validation rows", "locked").doesNotContain("Download test");
                browser.screenshot("10-split");

                browser.driver.get(platform.baseUrl() + "/datasets/" + dataset + "/pipelines");
                browser.type("pipeline-name", "basic");
                browser.type("pipeline-spec", "{\"steps\": [{\"kind\": \"DROP\", \"columns\": [\"customer_id\"]}, "
                        + "{\"kind\": \"IMPUTE\", \"columns\": [\"income\"], \"strategy\": \"MEDIAN\", "
                        + "\"addIndicator\": true}, {\"kind\": \"SCALE\", \"columns\": [\"age\", \"income\"]}, "
                        + "{\"kind\": \"ONE_HOT\", \"columns\": [\"plan\"]}]}");
                browser.click(By.id("save-pipeline"));
                browser.awaitText(By.tagName("h3"), "Fits of basic revision 1");
                browser.select("fit-split", "holdout (STRATIFIED)");
                browser.click(By.id("fit-pipeline"));
                browser.awaitText(By.id("fit-state"), "Fitted on 400 rows");
                browser.awaitText(By.id("fit-outputs"), "income_missing");
                assertThat(browser.text(By.id("fit-outputs"))).contains("plan=basic", "plan=premium");
                browser.await(By.id("download-fitted"));
                browser.screenshot("11-pipeline-fitted");
            });
        }
    }
}
