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
}
