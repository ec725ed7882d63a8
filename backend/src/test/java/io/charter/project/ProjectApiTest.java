package io.charter.project;

import io.charter.support.TestServices;
import io.charter.support.Tokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import static io.charter.support.Api.as;
import static io.charter.support.Api.createProject;
import static io.charter.support.Api.problem;
import static io.charter.support.Api.projectJson;
import static io.charter.support.Api.uniqueName;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
@QuarkusTestResource(TestServices.class)
class ProjectApiTest {

    @Test
    void shouldCreateReadUpdateAndDeleteProject() {
        String name = uniqueName("credit");
        String location = as(Tokens.alice()).body(projectJson(name)).post("/api/v1/projects")
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/projects/"))
                .header("ETag", "\"0\"")
                .body("id", notNullValue(), "version", equalTo(0), "name", equalTo(name),
                        "taskType", equalTo("BINARY_CLASSIFICATION"), "kpis[0].threshold", equalTo(0.75f),
                        "constraints.p99LatencyMs", equalTo(50), "createdBy", equalTo("alice"),
                        "status", equalTo("SCOPING"))
                .extract().header("Location");

        as(Tokens.victor()).get(location).then().statusCode(200).body("name", equalTo(name));

        String updated = projectJson(name).replace("Reduce write-offs by 10%", "Reduce write-offs by 20%");
        as(Tokens.carol()).header("If-Match", "\"0\"").body(updated).put(location)
                .then().statusCode(200).header("ETag", "\"1\"")
                .body("businessNeed", equalTo("Reduce write-offs by 20%"), "version", equalTo(1),
                        "updatedBy", equalTo("carol"), "createdBy", equalTo("alice"));

        as(Tokens.alice()).header("If-Match", "\"1\"").delete(location).then().statusCode(204);
        problem(as(Tokens.alice()).get(location).then(), 404);
    }

    @Test
    void shouldAnswer412ForStaleIfMatchAnd428WithoutPrecondition() {
        String id = createProject(Tokens.alice(), uniqueName("stale"));
        String body = projectJson(uniqueName("renamed"));
        as(Tokens.alice()).header("If-Match", "\"0\"").body(body).put("/api/v1/projects/" + id).then().statusCode(200);
        problem(as(Tokens.alice()).header("If-Match", "\"0\"").body(body).put("/api/v1/projects/" + id).then(), 412)
                .body("detail", containsString("version 1"));
        problem(as(Tokens.alice()).body(body).put("/api/v1/projects/" + id).then(), 428);
        problem(as(Tokens.alice()).header("If-Match", "\"0\"").delete("/api/v1/projects/" + id).then(), 412);
    }

    @Test
    void shouldAcceptVersionInBodyAsPreconditionAndIgnoreServerSetFields() {
        String id = createProject(Tokens.alice(), uniqueName("roundtrip"));
        String read = as(Tokens.alice()).get("/api/v1/projects/" + id).then().extract().asString();
        as(Tokens.alice()).body(read).put("/api/v1/projects/" + id).then().statusCode(200).body("version", equalTo(1));
        problem(as(Tokens.alice()).body(read).put("/api/v1/projects/" + id).then(), 412);
    }

    @Test
    void shouldRejectMissingRequiredFieldsNamingEachField() {
        problem(as(Tokens.alice()).body("{\"businessNeed\": \"x\"}").post("/api/v1/projects").then(), 400)
                .body("errors.field", hasItem("name"))
                .body("errors.field", hasItem("problemStatement"))
                .body("errors.field", hasItem("taskType"))
                .body("status", equalTo(400), "type", startsWith("https://"), "title", notNullValue());
    }

    @Test
    void shouldRejectUnknownEnumValueNamingFieldAndAllowedValues() {
        String body = projectJson(uniqueName("enum")).replace("BINARY_CLASSIFICATION", "TELEPATHY");
        problem(as(Tokens.alice()).body(body).post("/api/v1/projects").then(), 400)
                .body("errors[0].field", equalTo("taskType"))
                .body("errors[0].message", containsString("REGRESSION"));
        String kpi = projectJson(uniqueName("enum")).replace("MAXIMIZE", "UPWARDS");
        problem(as(Tokens.alice()).body(kpi).post("/api/v1/projects").then(), 400)
                .body("errors[0].field", equalTo("kpis[0].direction"));
    }

    @Test
    void shouldRejectMalformedJsonWithLineAndColumn() {
        problem(as(Tokens.alice()).body("{\"name\": \"x\",, }").post("/api/v1/projects").then(), 400)
                .body("detail", containsString("line 1"));
    }

    @Test
    void shouldRejectTenantIdInBody() {
        String body = projectJson(uniqueName("spoof")).replaceFirst("\\{", "{\"tenantId\": \"globex\",");
        problem(as(Tokens.alice()).body(body).post("/api/v1/projects").then(), 400)
                .body("errors[0].field", equalTo("tenantId"));
    }

    @Test
    void shouldRejectOverLongStringsAndBadNumbers() {
        String body = projectJson("x".repeat(121));
        problem(as(Tokens.alice()).body(body).post("/api/v1/projects").then(), 400)
                .body("errors[0].field", equalTo("name"));
        String latency = projectJson(uniqueName("neg")).replace("\"p99LatencyMs\": 50", "\"p99LatencyMs\": -5");
        problem(as(Tokens.alice()).body(latency).post("/api/v1/projects").then(), 400)
                .body("errors[0].field", equalTo("constraints.p99LatencyMs"));
        String text = projectJson(uniqueName("type")).replace("\"threshold\": 0.75", "\"threshold\": \"high\"");
        problem(as(Tokens.alice()).body(text).post("/api/v1/projects").then(), 400)
                .body("errors[0].field", equalTo("kpis[0].threshold"));
    }

    @Test
    void shouldAnswer413ForOversizedBodyAnd415ForWrongContentType() {
        String huge = projectJson(uniqueName("big")).replace("retail loans", "x".repeat(300_000));
        problem(as(Tokens.alice()).body(huge).post("/api/v1/projects").then(), 413);
        problem(given().auth().oauth2(Tokens.alice()).contentType(ContentType.TEXT).body("name=x")
                .post("/api/v1/projects").then(), 415);
    }

    @Test
    void shouldRejectDuplicateNameInTenantWith409() {
        String name = uniqueName("dup");
        createProject(Tokens.alice(), name);
        problem(as(Tokens.carol()).body(projectJson(name.toUpperCase())).post("/api/v1/projects").then(), 409)
                .body("errors[0].field", equalTo("name"));
        // the same name in another tenant is fine
        createProject(Tokens.bob(), name);
    }

    @Test
    void shouldPageSortAndSearch() {
        String marker = uniqueName("paging");
        for (int i = 0; i < 5; i++) {
            createProject(Tokens.alice(), marker + "-" + i);
        }
        as(Tokens.alice()).queryParam("q", marker).queryParam("size", 2).queryParam("page", 1)
                .queryParam("sort", "name,asc").get("/api/v1/projects")
                .then().statusCode(200)
                .body("total", equalTo(5), "page", equalTo(1), "size", equalTo(2), "items", hasSize(2))
                .body("items[0].name", equalTo(marker + "-2"), "items[1].name", equalTo(marker + "-3"));
        as(Tokens.alice()).queryParam("q", marker.toUpperCase()).get("/api/v1/projects")
                .then().body("total", equalTo(5), "items.name", everyItem(startsWith(marker)));
        as(Tokens.alice()).get("/api/v1/projects").then().body("total", greaterThanOrEqualTo(5));
        problem(as(Tokens.alice()).queryParam("sort", "tenantId,asc").get("/api/v1/projects").then(), 400)
                .body("errors[0].field", equalTo("sort"));
        problem(as(Tokens.alice()).queryParam("size", 1000).get("/api/v1/projects").then(), 400)
                .body("errors[0].field", equalTo("size"));
    }

    @Test
    void shouldTreatLikeWildcardsInSearchLiterally() {
        String marker = uniqueName("wild");
        createProject(Tokens.alice(), marker + "-100%");
        createProject(Tokens.alice(), marker + "-1000");
        as(Tokens.alice()).queryParam("q", marker + "-100%").get("/api/v1/projects").then().body("total", equalTo(1));
    }

    @Test
    void shouldAnswerProblemJsonForUnknownPathAndBadId() {
        problem(as(Tokens.alice()).get("/api/v1/nothing-here").then(), 404);
        problem(as(Tokens.alice()).get("/api/v1/projects/not-a-uuid").then(), 404);
    }
}
