package io.charter.security;

import io.charter.support.TestServices;
import io.charter.support.Tokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.charter.support.Api.as;
import static io.charter.support.Api.charterJson;
import static io.charter.support.Api.createProject;
import static io.charter.support.Api.problem;
import static io.charter.support.Api.projectJson;
import static io.charter.support.Api.uniqueName;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;

@QuarkusTest
@QuarkusTestResource(TestServices.class)
class SecurityMatrixTest {

    @Test
    void shouldAnswer401WithoutTokenOrWithBadToken() {
        problem(given().get("/api/v1/projects").then(), 401).header("WWW-Authenticate", containsString("Bearer"));
        problem(given().auth().oauth2("not-a-jwt").get("/api/v1/projects").then(), 401);
        problem(given().auth().oauth2(Tokens.forged("alice", "acme", "data-scientist")).get("/api/v1/projects")
                .then(), 401);
        problem(given().auth().oauth2(Tokens.expired("alice", "acme", "data-scientist")).get("/api/v1/projects")
                .then(), 401);
        problem(given().auth().oauth2(Tokens.wrongAudience("alice", "acme", "data-scientist"))
                .get("/api/v1/projects").then(), 401);
        problem(given().get("/api/v1/audit/verify").then(), 401);
    }

    @Test
    void shouldAnswer403WhenTokenHasNoTenant() {
        problem(as(Tokens.of("nobody", null, "data-scientist")).get("/api/v1/projects").then(), 403)
                .body("detail", containsString("tenant"));
        problem(as(Tokens.of("nobody", null, "data-scientist")).body(projectJson(uniqueName("x")))
                .post("/api/v1/projects").then(), 403);
    }

    @Test
    void viewerShouldReadButNotWrite() {
        String id = createProject(Tokens.alice(), uniqueName("viewer"));
        as(Tokens.victor()).get("/api/v1/projects/" + id).then().statusCode(200);
        problem(as(Tokens.victor()).body(projectJson(uniqueName("v"))).post("/api/v1/projects").then(), 403)
                .body("detail", containsString("viewer"));
        problem(as(Tokens.victor()).header("If-Match", "\"0\"").body(projectJson(uniqueName("v")))
                .put("/api/v1/projects/" + id).then(), 403);
        problem(as(Tokens.victor()).delete("/api/v1/projects/" + id).then(), 403);
        problem(as(Tokens.victor()).body(charterJson("LIMITED")).put("/api/v1/projects/" + id + "/charter").then(), 403);
        problem(as(Tokens.victor()).get("/api/v1/audit").then(), 403);
        as(Tokens.alice()).get("/api/v1/projects/" + id).then().body("version", equalTo(0));
    }

    @Test
    void onlyComplianceOfficersApproveAndOnlyTheyAndAdminsReadTheAudit() {
        String id = createProject(Tokens.alice(), uniqueName("roles"));
        as(Tokens.alice()).body(charterJson("LIMITED")).put("/api/v1/projects/" + id + "/charter").then().statusCode(200);
        problem(as(Tokens.alice()).post("/api/v1/projects/" + id + "/charter/approve").then(), 403)
                .body("detail", containsString("compliance-officer"));
        problem(as(Tokens.carol()).post("/api/v1/projects/" + id + "/charter/approve").then(), 403);
        as(Tokens.colin()).post("/api/v1/projects/" + id + "/charter/approve").then().statusCode(200);
        problem(as(Tokens.alice()).get("/api/v1/audit").then(), 403);
        as(Tokens.colin()).get("/api/v1/audit").then().statusCode(200);
        as(Tokens.carol()).get("/api/v1/audit/verify").then().statusCode(200).body("intact", equalTo(true));
        problem(as(Tokens.colin()).body(projectJson(uniqueName("c"))).post("/api/v1/projects").then(), 403);
    }

    @Test
    void anotherTenantsProjectAnswers404EverywhereAndNeverLeaks() {
        String name = uniqueName("secret");
        String id = createProject(Tokens.alice(), name);
        as(Tokens.alice()).body(charterJson("LIMITED")).put("/api/v1/projects/" + id + "/charter").then().statusCode(200);
        String path = "/api/v1/projects/" + id;

        problem(as(Tokens.bob()).get(path).then(), 404);
        problem(as(Tokens.bob()).header("If-Match", "\"0\"").body(projectJson(name)).put(path).then(), 404);
        problem(as(Tokens.bob()).delete(path).then(), 404);
        problem(as(Tokens.bob()).get(path + "/charter").then(), 404);
        problem(as(Tokens.bob()).get(path + "/charter/versions").then(), 404);
        problem(as(Tokens.bob()).body(charterJson("LIMITED")).put(path + "/charter").then(), 404);
        problem(as(Tokens.of("gina", "globex", "compliance-officer")).post(path + "/charter/approve").then(), 404);
        as(Tokens.bob()).queryParam("q", name).get("/api/v1/projects").then().body("total", equalTo(0));
        as(Tokens.bob()).queryParam("size", 200).get("/api/v1/projects").then().body("items.id", not(hasItem(id)));
        as(Tokens.of("gina", "globex", "tenant-admin")).queryParam("entityId", id).get("/api/v1/audit")
                .then().body("total", equalTo(0));

        // and alice's data is untouched
        as(Tokens.alice()).get(path).then().statusCode(200).body("version", equalTo(0));
        as(Tokens.alice()).get(path + "/charter").then().statusCode(200).body("version", equalTo(1));
    }
}
