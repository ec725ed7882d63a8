package io.charter.charter;

import io.charter.support.TestServices;
import io.charter.support.Tokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.charter.support.Api.as;
import static io.charter.support.Api.charterJson;
import static io.charter.support.Api.createProject;
import static io.charter.support.Api.problem;
import static io.charter.support.Api.uniqueName;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
@QuarkusTestResource(TestServices.class)
class CharterApiTest {

    @Test
    void shouldVersionEveryChangeAndApproveAsComplianceOfficer() {
        String charter = "/api/v1/projects/" + createProject(Tokens.alice(), uniqueName("charter")) + "/charter";
        problem(as(Tokens.alice()).get(charter).then(), 404).body("detail", containsString("no ethics charter"));

        as(Tokens.alice()).body(charterJson("HIGH")).put(charter).then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("version", equalTo(1), "status", equalTo("DRAFT"), "riskTier", equalTo("HIGH"),
                        "protectedAttributes[0].groups", contains("female", "male"), "createdBy", equalTo("alice"));
        problem(as(Tokens.alice()).body(charterJson("HIGH")).put(charter).then(), 428);
        problem(as(Tokens.alice()).header("If-Match", "\"7\"").body(charterJson("HIGH")).put(charter).then(), 412);
        as(Tokens.alice()).header("If-Match", "\"1\"").body(charterJson("LIMITED")).put(charter).then()
                .statusCode(200).body("version", equalTo(2), "status", equalTo("DRAFT"));

        problem(as(Tokens.colin()).header("If-Match", "\"1\"").post(charter + "/approve").then(), 412);
        as(Tokens.colin()).header("If-Match", "\"2\"").post(charter + "/approve").then().statusCode(200)
                .body("status", equalTo("APPROVED"), "approvedBy", equalTo("colin"), "approvedAt", notNullValue());
        problem(as(Tokens.colin()).post(charter + "/approve").then(), 409).body("detail", containsString("APPROVED"));

        as(Tokens.alice()).get(charter + "/versions").then().statusCode(200)
                .body("version", contains(2, 1), "status", contains("APPROVED", "SUPERSEDED"));
        as(Tokens.alice()).get(charter + "/versions/1").then().body("riskTier", equalTo("HIGH"));
    }

    @Test
    void approvedVersionIsOnlySupersededByApprovingANewDraft() {
        String charter = "/api/v1/projects/" + createProject(Tokens.alice(), uniqueName("supersede")) + "/charter";
        as(Tokens.alice()).body(charterJson("LIMITED")).put(charter).then().statusCode(200);
        as(Tokens.colin()).post(charter + "/approve").then().statusCode(200);

        as(Tokens.alice()).header("If-Match", "\"1\"").body(charterJson("MINIMAL")).put(charter).then()
                .statusCode(200).body("version", equalTo(2), "status", equalTo("DRAFT"));
        // version 1 stays in force, unchanged, until version 2 is approved
        as(Tokens.alice()).get(charter + "/approved").then().body("version", equalTo(1), "riskTier", equalTo("LIMITED"));
        as(Tokens.colin()).post(charter + "/approve").then().statusCode(200);
        as(Tokens.alice()).get(charter + "/approved").then().body("version", equalTo(2));
        as(Tokens.alice()).get(charter + "/versions/1").then().body("status", equalTo("SUPERSEDED"),
                "riskTier", equalTo("LIMITED"), "approvedBy", equalTo("colin"));
    }

    @Test
    void authorMayNotApproveOwnVersion() {
        String charter = "/api/v1/projects/" + createProject(Tokens.alice(), uniqueName("foureyes")) + "/charter";
        as(Tokens.colin()).body(charterJson("LIMITED")).put(charter).then().statusCode(200);
        problem(as(Tokens.colin()).post(charter + "/approve").then(), 403).body("detail", containsString("Four-eyes"));
        as(Tokens.connie()).post(charter + "/approve").then().statusCode(200).body("approvedBy", equalTo("connie"));
    }

    @Test
    void shouldRefuseUnacceptableRiskAndIncompleteHighRiskCharters() {
        String charter = "/api/v1/projects/" + createProject(Tokens.alice(), uniqueName("tiers")) + "/charter";
        as(Tokens.alice()).body(charterJson("UNACCEPTABLE")).put(charter).then().statusCode(200);
        problem(as(Tokens.colin()).post(charter + "/approve").then(), 409).body("detail", containsString("Art. 5"));
        as(Tokens.alice()).header("If-Match", "\"1\"")
                .body("{\"riskTier\": \"HIGH\", \"protectedAttributes\": [], \"fairnessCriteria\": []}")
                .put(charter).then().statusCode(200);
        problem(as(Tokens.colin()).post(charter + "/approve").then(), 409).body("detail", containsString("HIGH-risk"));
    }

    @Test
    void shouldRejectInvalidChartersNamingTheField() {
        String charter = "/api/v1/projects/" + createProject(Tokens.alice(), uniqueName("invalid")) + "/charter";
        problem(as(Tokens.alice()).body(charterJson("LIMITED").replace("0.1}", "1.5}")).put(charter).then(), 400)
                .body("errors[0].field", equalTo("fairnessCriteria[0].threshold"));
        problem(as(Tokens.alice()).body(charterJson("LIMITED").replace("[\"female\", \"male\"]", "[\"female\"]"))
                .put(charter).then(), 400)
                .body("errors[0].field", equalTo("protectedAttributes[0].groups"));
        problem(as(Tokens.alice()).body(charterJson("EXTREME")).put(charter).then(), 400)
                .body("errors[0].field", equalTo("riskTier"));
        problem(as(Tokens.alice()).body(charterJson("LIMITED").replace("DEMOGRAPHIC_PARITY_RATIO",
                "DEMOGRAPHIC_PARITY_DIFFERENCE")).put(charter).then(), 400)
                .body("errors[0].field", equalTo("fairnessCriteria[1].metric"));
        problem(as(Tokens.alice()).body("{\"privacy\": \"x\"}").put(charter).then(), 400)
                .body("errors[0].field", equalTo("riskTier"));
        problem(as(Tokens.alice()).get(charter).then(), 404);
    }
}
