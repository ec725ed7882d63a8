package io.charter.e2e;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/** The tenant and role rules over HTTP, against the packaged server, with Keycloak's own tokens. */
class SecurityE2ETest {

    private static String alice;
    private static String bob;
    private static String victor;
    private static String colin;

    @BeforeAll
    static void platform() {
        RestAssured.baseURI = Platform.get().baseUrl();
        alice = Keycloak.token("alice");
        bob = Keycloak.token("bob");
        victor = Keycloak.token("victor");
        colin = Keycloak.token("colin");
    }

    private static RequestSpecification as(String token) {
        return RestAssured.given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    private static String project(String name) {
        return """
                {"name": "%s", "problemStatement": "Predict churn to raise retention by 10%%",
                 "taskType": "BINARY_CLASSIFICATION",
                 "kpis": [{"metric": "f1", "direction": "MAXIMIZE", "threshold": 0.75}]}
                """.formatted(name);
    }

    private static final String CHARTER = """
            {"protectedAttributes": [{"column": "gender", "groups": ["female", "male"]}],
             "fairnessCriteria": [{"metric": "EQUAL_OPPORTUNITY_DIFFERENCE", "threshold": 0.1}],
             "privacy": "pseudonymised", "riskTier": "HIGH"}
            """;

    @Test
    void noTokenAnswers401WithProblemJsonAndNoRedirect() {
        RestAssured.given().redirects().follow(false).get("/api/v1/projects").then().statusCode(401)
                .contentType("application/problem+json").header("WWW-Authenticate", containsString("Bearer"));
    }

    @Test
    void forgedExpiredAndForeignAudienceTokensAnswer401() throws InterruptedException {
        String[] parts = alice.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"acme\"", "\"globex\"");
        String forged = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
        as(forged).get("/api/v1/projects").then().statusCode(401);

        as(Keycloak.token("charter-test-noaud", "alice")).get("/api/v1/projects").then().statusCode(401);

        String shortLived = Keycloak.token("charter-test-short", "alice");
        as(shortLived).get("/api/v1/projects").then().statusCode(200);
        Thread.sleep(7_000);
        as(shortLived).get("/api/v1/projects").then().statusCode(401);
    }

    @Test
    void tenantsAreIsolatedAndRolesEnforcedEndToEnd() {
        String name = "e2e-" + UUID.randomUUID();
        String id = as(alice).body(project(name)).post("/api/v1/projects").then().statusCode(201)
                .body("createdBy", equalTo("alice")).extract().path("id");
        String path = "/api/v1/projects/" + id;

        as(bob).get(path).then().statusCode(404).contentType("application/problem+json");
        as(bob).header("If-Match", "\"0\"").body(project(name)).put(path).then().statusCode(404);
        as(bob).delete(path).then().statusCode(404);
        as(bob).queryParam("q", name).get("/api/v1/projects").then().body("total", equalTo(0));
        as(bob).queryParam("size", 200).get("/api/v1/projects").then().body("items.id", not(hasItem(id)));

        as(victor).get(path).then().statusCode(200).body("name", equalTo(name));
        as(victor).body(project("v-" + name)).post("/api/v1/projects").then().statusCode(403);
        as(victor).delete(path).then().statusCode(403);

        as(alice).body(CHARTER).put(path + "/charter").then().statusCode(200).body("status", equalTo("DRAFT"));
        as(alice).post(path + "/charter/approve").then().statusCode(403);
        as(colin).post(path + "/charter/approve").then().statusCode(200)
                .body("status", equalTo("APPROVED"), "approvedBy", equalTo("colin"));

        as(alice).get("/api/v1/audit").then().statusCode(403);
        as(colin).queryParam("entityId", id).queryParam("sort", "seq,asc").get("/api/v1/audit").then()
                .statusCode(200).body("items.action", hasItem("charter.approve"))
                .body("items[0].actor", equalTo("alice"));
        as(colin).get("/api/v1/audit/verify").then().statusCode(200).body("intact", equalTo(true));
        as(bob).get("/api/v1/audit").then().statusCode(403);
    }

    @Test
    void tenantIdInBodyIsRejected() {
        String body = project("spoof-" + UUID.randomUUID()).replaceFirst("\\{", "{\"tenantId\": \"globex\",");
        as(alice).body(body).post("/api/v1/projects").then().statusCode(400)
                .body("errors[0].field", equalTo("tenantId"));
    }

    @Test
    void openApiAndHealthAreServed() {
        RestAssured.get("/q/openapi").then().statusCode(200).body(containsString("/api/v1/projects"));
        RestAssured.get("/q/health/ready").then().statusCode(200);
    }
}
