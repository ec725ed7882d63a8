package io.charter.dataset;

import static io.charter.dataset.DatasetApiTest.createDataset;
import static io.charter.dataset.DatasetApiTest.csv;
import static io.charter.support.Api.as;
import static io.charter.support.Api.awaitDone;
import static io.charter.support.Api.createProject;
import static io.charter.support.Api.problem;
import static io.charter.support.Api.uniqueName;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.charter.support.TestServices;
import io.charter.support.Tokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Validation rules run on every version; a failing version needs a data scientist's override to be used. */
@QuarkusTest
@QuarkusTestResource(TestServices.class)
class DatasetValidationTest {

    private static final String RULES = """
            {"rules": [
              {"kind": "NOT_NULL", "column": "income"},
              {"kind": "RANGE", "column": "age", "min": 18, "max": 100},
              {"kind": "ALLOWED_VALUES", "column": "gender", "values": ["female", "male"]},
              {"kind": "REGEX", "column": "customer_id", "pattern": "c[0-9]+"},
              {"kind": "UNIQUE", "column": "customer_id"},
              {"kind": "ROW_COUNT", "min": 5, "max": 1000},
              {"kind": "MAX_MISSING_PCT", "column": "income", "max": 10},
              {"kind": "TYPE", "column": "age", "type": "INTEGER"}
            ]}""";


    private static String putRules(String token, String dataset, String body) {
        String etag = as(token).get("/api/v1/datasets/" + dataset + "/rules").then().statusCode(200)
                .extract().header("ETag");
        return as(token).header("If-Match", etag).body(body).put("/api/v1/datasets/" + dataset + "/rules").then()
                .statusCode(200).extract().header("ETag");
    }

    @Test
    void shouldReportEachFailingRuleWithCountsAndExamplesAndAllowAnAuditedOverride() throws Exception {
        String project = createProject(Tokens.alice(), uniqueName("validation"));
        String dataset = createDataset(Tokens.alice(), project);
        putRules(Tokens.alice(), dataset, RULES);
        String file = """
                customer_id,age,income,gender
                c1,34,52000,female
                c2,17,,male
                c3,45,61000,other
                x4,200,48000,female
                c1,29,,male
                c6,41,39000,female
                """;
        String sha = csv(Tokens.alice()).body(file).post("/api/v1/datasets/" + dataset + "/versions").then()
                .statusCode(201).extract().path("id");
        String path = "/api/v1/datasets/" + dataset + "/versions/" + sha + "/validation";

        JsonPath v = awaitDone(Tokens.victor(), path);

        assertThat(v.getBoolean("passed")).isFalse();
        assertThat(v.getBoolean("usableForTraining")).isFalse();
        assertThat(v.getLong("report.rows")).isEqualTo(6);
        List<Map<String, Object>> results = v.getList("report.results");
        assertThat(results).extracting(r -> r.get("passed"))
                .containsExactly(false, false, false, false, false, true, false, true);
        assertThat(results).extracting(r -> ((Number) r.get("failing")).longValue())
                .containsExactly(2L, 2L, 1L, 1L, 1L, 0L, 2L, 0L);
        assertThat(v.getList("report.results[1].examples.row")).containsExactly(2, 4);
        assertThat(v.getList("report.results[1].examples.value")).containsExactly("17", "200");
        assertThat(v.getList("report.results[2].examples.value")).containsExactly("other");
        assertThat(v.getList("report.results[4].examples.row")).containsExactly(5);
        assertThat(v.getDouble("report.results[6].observed")).isEqualTo(100.0 * 2 / 6, within(1e-9));

        // only a data scientist may override, and only with a reason
        problem(as(Tokens.of("mel", "acme", "ml-engineer")).body("{\"reason\": \"known gaps, accepted by the team\"}")
                .post(path + "/override").then(), 403);
        problem(as(Tokens.alice()).body("{\"reason\": \"ok\"}").post(path + "/override").then(), 400)
                .body("errors.field", hasItem("reason"));
        as(Tokens.alice()).body("{\"reason\": \"missing incomes are imputed; ages checked by hand\"}")
                .post(path + "/override").then().statusCode(200)
                .body("usableForTraining", equalTo(true))
                .body("override.by", equalTo("alice"));
        as(Tokens.colin()).queryParam("entityId", sha).get("/api/v1/audit").then().statusCode(200)
                .body("items.action", hasItem("dataset.validation.override"));
        // another tenant sees nothing
        problem(as(Tokens.bob()).get(path).then(), 404);
        problem(as(Tokens.bob()).post(path).then(), 404);
        problem(as(Tokens.bob()).body("{\"reason\": \"trying to accept someone else's data\"}")
                .post(path + "/override").then(), 404);
    }

    @Test
    void shouldValidateTheNewestVersionAgainWhenTheRulesChange() throws Exception {
        String project = createProject(Tokens.alice(), uniqueName("validation"));
        String dataset = createDataset(Tokens.alice(), project);
        String sha = csv(Tokens.alice()).body("a,b\n1,x\n2,y\n3,\n").post("/api/v1/datasets/" + dataset + "/versions")
                .then().statusCode(201).extract().path("id");
        String path = "/api/v1/datasets/" + dataset + "/versions/" + sha + "/validation";
        assertThat(awaitDone(Tokens.alice(), path).getBoolean("passed")).as("no rules: passed").isTrue();

        putRules(Tokens.alice(), dataset, "{\"rules\": [{\"kind\": \"NOT_NULL\", \"column\": \"b\"}]}");
        JsonPath failed = awaitDone(Tokens.alice(), path);
        assertThat(failed.getBoolean("passed")).isFalse();
        assertThat(failed.getList("report.results.examples[0].row")).containsExactly(3);

        putRules(Tokens.alice(), dataset, "{\"rules\": [{\"kind\": \"NOT_NULL\", \"column\": \"a\"}, "
                + "{\"kind\": \"RANGE\", \"column\": \"missing_col\", \"min\": 0}]}");
        JsonPath again = awaitDone(Tokens.alice(), path);
        assertThat(again.getList("report.results.passed")).containsExactly(true, false);
        assertThat(again.getString("report.results[1].message")).contains("missing_col");
    }

    @Test
    void shouldRefuseBadRulesNamingTheFieldAndGuardConcurrentEdits() {
        String project = createProject(Tokens.alice(), uniqueName("validation"));
        String dataset = createDataset(Tokens.alice(), project);
        String rules = "/api/v1/datasets/" + dataset + "/rules";
        String etag = as(Tokens.alice()).get(rules).then().statusCode(200).extract().header("ETag");

        problem(as(Tokens.alice()).header("If-Match", etag)
                .body("{\"rules\": [{\"kind\": \"NOT_NULL\", \"column\": \"a\"}, "
                        + "{\"kind\": \"REGEX\", \"column\": \"a\", \"pattern\": \"(unclosed\"}]}")
                .put(rules).then(), 400).body("errors.field", hasItem("rules[1].pattern"));
        problem(as(Tokens.alice()).header("If-Match", etag).body("{\"rules\": [{\"kind\": \"SOMETIMES\"}]}")
                .put(rules).then(), 400);
        problem(as(Tokens.alice()).body("{\"rules\": []}").put(rules).then(), 428);
        problem(as(Tokens.alice()).header("If-Match", "\"999\"").body("{\"rules\": []}").put(rules).then(), 412);
        problem(as(Tokens.victor()).header("If-Match", etag).body("{\"rules\": []}").put(rules).then(), 403);
        // another tenant sees nothing
        problem(as(Tokens.bob()).get(rules).then(), 404);
        problem(as(Tokens.bob()).header("If-Match", etag).body("{\"rules\": []}").put(rules).then(), 404);
        as(Tokens.alice()).get(rules).then().statusCode(200).body("rules.size()", equalTo(0));
    }
}
