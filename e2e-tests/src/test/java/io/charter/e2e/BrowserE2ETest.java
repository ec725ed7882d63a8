package io.charter.e2e;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import org.openqa.selenium.By;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A person's path through the UI: sign in through Keycloak, create a project, see it listed. */
class BrowserE2ETest {

    private static Platform platform;

    @BeforeAll
    static void platform() {
        platform = Platform.get();
    }

    @Test
    void aliceSignsInCreatesAProjectAndSeesItListed() throws Exception {
        String name = "Churn " + UUID.randomUUID().toString().substring(0, 8);
        try (Browser browser = new Browser()) {
            browser.scenario("alice-creates-project", () -> createAndFind(browser, name));
        }
    }

    private static void createAndFind(Browser browser, String name) throws Exception {
        browser.driver.get(platform.baseUrl() + "/projects");
        browser.login("alice");
        browser.awaitText(By.id("current-user"), "alice · acme");
        assertThat(browser.text(By.id("current-user"))).contains("data-scientist");
        browser.screenshot("01-projects");

        browser.click(By.id("new-project"));
        browser.type("project-name", name);
        browser.type("project-problem", "Raise customer retention by 10% within a year");
        browser.select("project-task", "binary classification");
        browser.click(By.id("save-project"));
        browser.awaitText(By.id("project-title"), name);
        browser.screenshot("02-project-saved");

        browser.driver.get(platform.baseUrl() + "/projects");
        browser.type("project-search", name);
        browser.awaitText(By.id("project-grid"), name);
        assertThat(browser.text(By.id("project-grid"))).contains(name)
                .contains("binary classification");
        browser.screenshot("03-project-listed");

        browser.click(By.xpath("//vaadin-grid-cell-content[normalize-space(.)='" + name + "']"));
        browser.click(By.id("open-charter"));
        browser.awaitText(By.id("charter-state"), "No charter yet");
        browser.type("charter-privacy", "Customer ids are pseudonymised before training");
        browser.select("charter-risk-tier", "Limited — transparency duties (e.g. chatbots must disclose)");
        browser.click(By.id("save-charter"));
        browser.awaitText(By.id("charter-state"), "Version 1 · DRAFT");
        browser.awaitText(By.id("charter-history"), "alice");
        browser.screenshot("04-charter-draft");
    }

    @Test
    void colinApprovesTheCharterAndVerifiesTheAuditChain() throws Exception {
        String alice = Keycloak.token("alice");
        String id = create(alice, "Approval " + UUID.randomUUID().toString().substring(0, 8));
        RestAssured.given().baseUri(platform.baseUrl()).auth().oauth2(alice).contentType(ContentType.JSON)
                .body("{\"riskTier\": \"HIGH\", \"protectedAttributes\": [{\"column\": \"age_band\", "
                        + "\"groups\": [\"<40\", \"40+\"]}], \"fairnessCriteria\": [{\"metric\": "
                        + "\"DEMOGRAPHIC_PARITY_RATIO\", \"threshold\": 0.8}]}")
                .put("/api/v1/projects/" + id + "/charter").then().statusCode(200);
        try (Browser browser = new Browser()) {
            browser.scenario("colin-approves", () -> {
                browser.driver.get(platform.baseUrl() + "/projects/charter/" + id);
                browser.login("colin");
                browser.awaitText(By.id("charter-state"), "Version 1 · DRAFT");
                browser.awaitText(By.id("charter-in-force"), "No approved version yet");
                browser.click(By.id("approve-charter"));
                browser.awaitText(By.id("charter-state"), "Version 1 · APPROVED");
                browser.awaitText(By.id("charter-in-force"), "approved by colin");
                browser.screenshot("05-charter-approved");

                browser.driver.get(platform.baseUrl() + "/audit");
                browser.awaitText(By.id("audit-grid"), "charter.approve");
                browser.click(By.id("verify-chain"));
                browser.awaitText(By.id("chain-verdict"), "Chain intact");
                browser.screenshot("06-audit-verified");
            });
        }
    }

    @Test
    void bobOfAnotherTenantSeesOnlyHisTenantsProjectsAndSignsOut() throws Exception {
        String secret = "Acme secret " + UUID.randomUUID().toString().substring(0, 8);
        String own = "Globex plan " + UUID.randomUUID().toString().substring(0, 8);
        create(Keycloak.token("alice"), secret);
        create(Keycloak.token("bob"), own);
        try (Browser browser = new Browser()) {
            browser.scenario("bob-sees-own-tenant", () -> {
                browser.driver.get(platform.baseUrl() + "/projects");
                browser.login("bob");
                browser.awaitText(By.id("current-user"), "bob · globex");
                browser.awaitText(By.id("project-grid"), own);
                assertThat(browser.text(By.id("project-grid"))).doesNotContain(secret);

                browser.click(By.id("logout"));
                browser.driver.get(platform.baseUrl() + "/projects");
                browser.await(By.id("kc-login")); // signed out: Keycloak asks again
            });
        }
    }

    private static String create(String token, String name) {
        return RestAssured.given().baseUri(platform.baseUrl()).auth().oauth2(token).contentType(ContentType.JSON)
                .body("{\"name\": \"" + name + "\", \"problemStatement\": \"p\", \"taskType\": \"REGRESSION\"}")
                .post("/api/v1/projects").then().statusCode(201).extract().path("id");
    }
}
