package io.charter.support;

import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.Response;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

import java.util.UUID;

/** Small request builders shared by the slice tests. */
public final class Api {

    private Api() {
    }

    public static RequestSpecification as(String token) {
        return RestAssured.given().auth().oauth2(token).contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    public static String projectJson(String name) {
        return """
                {"name": "%s",
                 "problemStatement": "Predict loan default to price credit risk",
                 "businessNeed": "Reduce write-offs by 10%%",
                 "taskType": "BINARY_CLASSIFICATION",
                 "kpis": [{"metric": "f1", "direction": "MAXIMIZE", "threshold": 0.75}],
                 "constraints": {"p99LatencyMs": 50, "throughputRps": 200, "maxModelSizeMb": 100},
                 "scopeIn": "retail loans", "scopeOut": "mortgages",
                 "stakeholders": ["risk team", "compliance"],
                 "dataFeasibility": "5 years of loan book"}
                """.formatted(name);
    }

    public static String uniqueName(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Creates a project as the given user and answers its id. */
    public static String createProject(String token, String name) {
        return as(token).body(projectJson(name)).post("/api/v1/projects")
                .then().statusCode(201).extract().path("id");
    }

    public static String charterJson(String riskTier) {
        return """
                {"protectedAttributes": [{"column": "gender", "groups": ["female", "male"]}],
                 "fairnessCriteria": [{"metric": "DEMOGRAPHIC_PARITY_DIFFERENCE", "threshold": 0.1},
                                      {"metric": "DEMOGRAPHIC_PARITY_RATIO", "threshold": 0.8}],
                 "privacy": "pseudonymised ids", "transparency": "model card published",
                 "societalImpact": "credit access", "dualUse": "none known", "riskTier": "%s"}
                """.formatted(riskTier);
    }

    public static ValidatableResponse problem(ValidatableResponse response, int status) {
        return response.statusCode(status).contentType("application/problem+json");
    }

    /**
     * Polls a job's resource until it answers 200 (202 meanwhile), bounded at 60 s: a wait for
     * completion, not a timing assertion. Numbers read as doubles, so statistics compare exactly.
     */
    public static JsonPath awaitDone(String token, String path) throws InterruptedException {
        for (int i = 0; i < 240; i++) {
            Response r = as(token).get(path);
            if (r.statusCode() == 200) {
                return JsonPath.from(r.asString()).using(new JsonPathConfig(JsonPathConfig.NumberReturnType.DOUBLE));
            }
            if (r.statusCode() != 202) {
                throw new AssertionError(path + " answered " + r.statusCode() + ": " + r.asString());
            }
            Thread.sleep(250);
        }
        throw new AssertionError(path + " did not finish within 60 s");
    }
}
